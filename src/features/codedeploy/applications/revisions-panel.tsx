import { useState } from 'react';
import { Link } from 'react-router';
import type { ComputePlatform } from '../../../api/codedeploy/control-types';
import { useApplicationRevisions } from '../../../api/codedeploy/list-application-revisions';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { errorText } from '../../../components/error-text';
import { formatDateTime } from '../../../components/format/time';
import { Loading } from '../../../components/loading';
import { Panel } from '../../../components/panel';
import { TableHead } from '../../../components/table-head';
import { groupPath } from '../shared/paths';
import { revisionLabel } from '../shared/revision-label';
import { RegisterRevisionDialog } from './register-revision-dialog';

const when = (seconds?: number) => (seconds ? formatDateTime(seconds * 1000) : '–');

/** ListApplicationRevisions with each revision's details, newest registration first; register another. */
export function RevisionsPanel({ applicationName, platform }: { applicationName: string; platform: ComputePlatform }) {
  const [registering, setRegistering] = useState(false);
  const revisions = useApplicationRevisions(applicationName);
  return (
    <Panel
      title={revisions.data ? `Revisions (${revisions.data.length})` : 'Revisions'}
      actions={
        <button type="button" className={buttonClass('normal')} onClick={() => setRegistering(true)}>
          Register revision
        </button>
      }
      flush
    >
      {revisions.isPending && (
        <div className="px-4">
          <Loading label="Reading revisions…" />
        </div>
      )}
      {revisions.error && (
        <p role="alert" className="px-4 py-3">
          {errorText(revisions.error)}
        </p>
      )}
      {revisions.data?.length === 0 && (
        <p className="px-4 py-3 text-zinc-600 dark:text-zinc-400">
          No revisions yet. CodeDeploy registers a revision when you deploy it; you can also register one first.
        </p>
      )}
      {revisions.data && revisions.data.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">Registered revisions</caption>
            <TableHead columns={['Revision', 'Description', 'Registered', 'Last used', 'Deployment groups']} />
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {revisions.data.map((r) => {
                const info = r.genericRevisionInfo;
                return (
                  <tr key={revisionLabel(r.revisionLocation) + (info?.registerTime ?? '')}>
                    <td className="px-4 py-2.5 font-mono text-xs break-all">{revisionLabel(r.revisionLocation)}</td>
                    <td className="px-4 py-2.5">{info?.description ?? '–'}</td>
                    <td className="px-4 py-2.5 whitespace-nowrap">{when(info?.registerTime)}</td>
                    <td className="px-4 py-2.5 whitespace-nowrap">{when(info?.lastUsedTime)}</td>
                    <td className="px-4 py-2.5">
                      {(info?.deploymentGroups ?? []).map((g) => (
                        <Link key={g} to={groupPath(applicationName, g)} className={`${linkClass} mr-2`}>
                          {g}
                        </Link>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {registering && (
        <RegisterRevisionDialog
          applicationName={applicationName}
          platform={platform}
          onClose={() => setRegistering(false)}
        />
      )}
    </Panel>
  );
}

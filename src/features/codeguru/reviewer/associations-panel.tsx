import { useState } from 'react';
import { Link } from 'react-router';
import { useRepositoryAssociation } from '../../../api/codeguru-reviewer/describe-repository-association';
import { useDisassociateRepository } from '../../../api/codeguru-reviewer/disassociate-repository';
import { useRepositoryAssociations } from '../../../api/codeguru-reviewer/list-repository-associations';
import { REVIEWER_ERROR_EXPLANATIONS } from '../../../api/codeguru-reviewer/service';
import { fromEpochSeconds } from '../../../api/codecommit/service';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { EmptyState } from '../../../components/empty-state';
import { ErrorCallout } from '../../../components/error-callout';
import { formatDateTime } from '../../../components/format/time';
import { Loading } from '../../../components/loading';
import { Panel } from '../../../components/panel';
import { TableHead } from '../../../components/table-head';
import { AssociateRepositoryDialog } from './associate-repository-dialog';
import { repositoryPath } from './paths';
import { StatePill } from './state-pill';

const COLUMNS = [
  'Repository',
  'Provider',
  'State',
  'Reason',
  'Last updated',
  { label: 'Actions', hidden: true },
] as const;

/** The summaries of ListRepositoryAssociations carry no reason; DescribeRepositoryAssociation does. */
function StateReason({ associationArn }: { associationArn: string }) {
  return <>{useRepositoryAssociation(associationArn).data?.StateReason ?? ''}</>;
}

/** ListRepositoryAssociations with Associate repository and Disassociate. */
export function AssociationsPanel() {
  const associations = useRepositoryAssociations();
  const disassociate = useDisassociateRepository();
  const [associating, setAssociating] = useState(false);
  const list = associations.data ?? [];
  return (
    <Panel
      title="Associated repositories"
      flush
      actions={
        <button type="button" className={buttonClass('primary')} onClick={() => setAssociating(true)}>
          Associate repository
        </button>
      }
    >
      {associations.isPending && <Loading label="Reading repository associations…" />}
      {associations.isError && (
        <div className="p-4">
          <ErrorCallout error={associations.error} explanations={REVIEWER_ERROR_EXPLANATIONS} />
        </div>
      )}
      {disassociate.error && (
        <div className="p-4">
          <ErrorCallout error={disassociate.error} explanations={REVIEWER_ERROR_EXPLANATIONS} />
        </div>
      )}
      {associations.isSuccess && list.length === 0 && (
        <EmptyState title="No repositories are associated">
          <p>Associate a CodeCommit repository: each pull request opened in it is then reviewed automatically.</p>
        </EmptyState>
      )}
      {list.length > 0 && (
        <table className="w-full text-left text-sm">
          <TableHead columns={COLUMNS} />
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {list.map((a) => (
              <tr key={a.AssociationArn}>
                <td className="px-4 py-2 font-semibold whitespace-nowrap">
                  <Link className={linkClass} to={repositoryPath(a.Name)}>
                    {a.Name}
                  </Link>
                </td>
                <td className="px-4 py-2">{a.ProviderType}</td>
                <td className="px-4 py-2">
                  <StatePill state={a.State} />
                </td>
                <td className="px-4 py-2 text-zinc-600 dark:text-zinc-400">
                  <StateReason associationArn={a.AssociationArn} />
                </td>
                <td className="px-4 py-2 whitespace-nowrap">
                  {formatDateTime(fromEpochSeconds(a.LastUpdatedTimeStamp).getTime())}
                </td>
                <td className="px-4 py-2 text-right">
                  {a.State === 'Associated' && (
                    <button
                      type="button"
                      className={buttonClass('normal')}
                      aria-label={`Disassociate ${a.Name}`}
                      onClick={() => disassociate.mutate(a.AssociationArn)}
                    >
                      Disassociate
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {associating && <AssociateRepositoryDialog associations={list} onClose={() => setAssociating(false)} />}
    </Panel>
  );
}

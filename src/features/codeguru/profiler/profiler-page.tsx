import { useState } from 'react';
import { Link } from 'react-router';
import { useProfilingGroups } from '../../../api/codeguru-profiler/profiling-groups';
import { useProfilerRefresh } from '../../../api/codeguru-profiler/use-profiler-refresh';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { EmptyState } from '../../../components/empty-state';
import { formatDateTime } from '../../../components/format/time';
import { ErrorCallout } from '../../../components/error-callout';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { TableHead } from '../../../components/table-head';
import { CODEGURU_PROFILER_ERROR_EXPLANATIONS } from '../../../engine/codeguru-profiler/errors';
import { CreateGroupDialog } from './create-group-dialog';
import { ProfilingStatus } from './profiling-status';

/** CodeGuru Profiler: the account's profiling groups and their status. */
export function ProfilerPage() {
  useProfilerRefresh();
  const groups = useProfilingGroups();
  const [creating, setCreating] = useState(false);
  return (
    <div>
      <PageHeader
        title="CodeGuru Profiler"
        description="Profiling groups collect what the agent inside your application samples: where it spends CPU time, its heap, and recommendations."
        actions={
          <button type="button" className={buttonClass('primary')} onClick={() => setCreating(true)}>
            Create profiling group
          </button>
        }
      />
      <Panel title={`Profiling groups${groups.data ? ` (${groups.data.length})` : ''}`} flush>
        {groups.isPending ? (
          <Loading />
        ) : groups.isError ? (
          <div className="p-4">
            <ErrorCallout error={groups.error} explanations={CODEGURU_PROFILER_ERROR_EXPLANATIONS} />
          </div>
        ) : groups.data.length === 0 ? (
          <EmptyState title="No profiling groups">
            <p>
              Create one, then start the agent in your application with AWS_CODEGURU_PROFILER_GROUP_NAME set to its name
              (in the simulator: put that line in a file of the revision you deploy).
            </p>
          </EmptyState>
        ) : (
          <table className="w-full text-left">
            <TableHead columns={['Name', 'Platform', 'Profiling', 'Status', 'Created']} />
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {groups.data.map((g) => (
                <tr key={g.name} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
                  <td className="px-4 py-2.5">
                    <Link className={linkClass} to={`/codeguru/profiler/groups/${encodeURIComponent(g.name)}`}>
                      {g.name}
                    </Link>
                  </td>
                  <td className="px-4 py-2.5">{g.computePlatform}</td>
                  <td className="px-4 py-2.5">
                    {g.agentOrchestrationConfig.profilingEnabled ? 'Enabled' : 'Disabled'}
                  </td>
                  <td className="px-4 py-2.5">
                    <ProfilingStatus group={g} />
                  </td>
                  <td className="px-4 py-2.5 whitespace-nowrap">{formatDateTime(Date.parse(g.createdAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
      {creating && <CreateGroupDialog onClose={() => setCreating(false)} />}
    </div>
  );
}

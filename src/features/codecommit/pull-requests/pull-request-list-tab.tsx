import { Link, useSearchParams } from 'react-router';
import type { PullRequestStatus } from '../../../api/codecommit/pull-request-types';
import { usePullRequests } from '../../../api/codecommit/list-pull-requests';
import { fromEpochSeconds } from '../../../api/codecommit/service';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { EmptyState } from '../../../components/empty-state';
import { ErrorPanel } from '../../../components/error-panel';
import { formatDateTime, formatRelative } from '../../../components/format/time';
import { Loading } from '../../../components/loading';
import { Panel } from '../../../components/panel';
import { useSimNow } from '../../../components/simulation/use-sim-now';
import { createPullRequestPath, pullRequestPath, repositoryPath } from '../paths';
import { useRepositoryParams } from '../use-repository-params';
import { principalName } from './principal-name';
import { PullRequestStatusBadge, branchOf } from './pull-request-status-badge';
import { TableHead } from '../../../components/table-head';

const FILTERS: { value: PullRequestStatus | 'ALL'; label: string }[] = [
  { value: 'OPEN', label: 'Open' },
  { value: 'CLOSED', label: 'Closed' },
  { value: 'ALL', label: 'All' },
];

const COLUMNS = ['Pull request', 'Author', 'Destination ← Source', 'Status', 'Created', 'Last activity'];

/** ListPullRequests for the repository, filtered by status like the console (Open by default). */
export function PullRequestListTab() {
  const { name } = useRepositoryParams();
  const [params, setParams] = useSearchParams();
  const filter = FILTERS.find((f) => f.value === params.get('status'))?.value ?? 'OPEN';
  const pullRequests = usePullRequests(name, filter === 'ALL' ? undefined : filter);
  const now = useSimNow();

  const create = (
    <Link to={createPullRequestPath(name)} className={buttonClass('primary', 'py-1 text-xs')}>
      Create pull request
    </Link>
  );
  if (pullRequests.isError) {
    return (
      <ErrorPanel
        error={pullRequests.error}
        subject="The pull request list"
        back={{ to: repositoryPath(name), label: 'Back to the code' }}
      />
    );
  }
  const when = (seconds: number) => {
    const ms = fromEpochSeconds(seconds).getTime();
    return now === undefined ? formatDateTime(ms) : formatRelative(ms, now);
  };

  return (
    <Panel title="Pull requests" actions={create} flush>
      <div className="flex items-center gap-3 border-b border-zinc-200 px-4 py-2 dark:border-zinc-800">
        <div
          role="group"
          aria-label="Status filter"
          className="flex rounded-full border border-zinc-400 p-0.5 dark:border-zinc-600"
        >
          {FILTERS.map((f) => (
            <button
              key={f.value}
              type="button"
              aria-pressed={filter === f.value}
              onClick={() => setParams(f.value === 'OPEN' ? {} : { status: f.value }, { replace: true })}
              className="rounded-full px-3 py-1 text-xs font-semibold text-zinc-700 aria-pressed:bg-accent aria-pressed:text-white dark:text-zinc-300 dark:aria-pressed:bg-accent-night dark:aria-pressed:text-zinc-950"
            >
              {f.label}
            </button>
          ))}
        </div>
      </div>
      {pullRequests.isPending && (
        <div className="px-4">
          <Loading label="Reading pull requests…" />
        </div>
      )}
      {pullRequests.data?.length === 0 && (
        <EmptyState title={filter === 'OPEN' ? 'No open pull requests' : 'No pull requests'} action={create}>
          <p>
            A pull request asks for the changes on a source branch to be reviewed and merged into a destination branch.
            Approval rules can require reviewers before it merges.
          </p>
        </EmptyState>
      )}
      {pullRequests.data && pullRequests.data.length > 0 && (
        <table className="w-full text-left">
          <caption className="sr-only">Pull requests of {name}, newest first</caption>
          <TableHead columns={COLUMNS} />
          <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {pullRequests.data.map((pr) => {
              const target = pr.pullRequestTargets[0];
              return (
                <tr key={pr.pullRequestId} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
                  <td className="px-4 py-2.5">
                    <Link to={pullRequestPath(name, pr.pullRequestId)} className={`${linkClass} font-semibold`}>
                      {pr.title}
                    </Link>{' '}
                    <span className="text-xs text-zinc-500">#{pr.pullRequestId}</span>
                  </td>
                  <td className="px-4 py-2.5 whitespace-nowrap">{principalName(pr.authorArn)}</td>
                  <td className="px-4 py-2.5 font-mono text-xs">
                    {target && `${branchOf(target.destinationReference)} ← ${branchOf(target.sourceReference)}`}
                  </td>
                  <td className="px-4 py-2.5">
                    <PullRequestStatusBadge pullRequest={pr} />
                  </td>
                  <td className="px-4 py-2.5 whitespace-nowrap">{when(pr.creationDate)}</td>
                  <td className="px-4 py-2.5 whitespace-nowrap">{when(pr.lastActivityDate)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

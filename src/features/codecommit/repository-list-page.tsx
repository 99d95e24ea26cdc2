import { Link, useSearchParams } from 'react-router';
import { useRepositoryMetadataList } from '../../api/codecommit/list-repository-metadata';
import { fromEpochSeconds } from '../../api/codecommit/service';
import { buttonClass, linkClass } from '../../components/button-styles';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { formatDateTime, formatRelative } from '../../components/format/time';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { Panel } from '../../components/panel';
import { useSimNow } from '../../components/simulation/use-sim-now';
import { CreateRepositoryDialog } from './create-repository-dialog';
import { repositoryPath, templatesPath } from './paths';
import { TableHead } from '../../components/table-head';

const byName = (a: { repositoryName: string }, b: { repositoryName: string }) =>
  a.repositoryName.localeCompare(b.repositoryName);

export function RepositoryListPage() {
  const { data, error, isPending } = useRepositoryMetadataList();
  const now = useSimNow();
  // `?create` opens the form, so the dashboard (or a bookmark) can link straight to it.
  const [params, setParams] = useSearchParams();
  const creating = params.has('create');
  const create = (
    <button type="button" className={buttonClass('primary')} onClick={() => setParams({ create: '' })}>
      Create repository
    </button>
  );

  if (error)
    return (
      <ErrorPanel error={error} subject="The repository list" back={{ to: '/', label: 'Back to the dashboard' }} />
    );

  return (
    <>
      <PageHeader
        title="Repositories"
        description="CodeCommit hosts private Git repositories. A push to a branch emits an event that can start a pipeline."
        actions={
          <>
            <Link to={templatesPath()} className={buttonClass('normal')}>
              Approval rule templates
            </Link>
            {create}
          </>
        }
      />
      <Panel title={data ? `Repositories (${data.length})` : 'Repositories'} flush>
        {isPending && (
          <div className="px-4">
            <Loading label="Reading repositories…" />
          </div>
        )}
        {data?.length === 0 && (
          <EmptyState title="No repositories" action={create}>
            <p>
              Create a repository to store code; then add files, branches and commits, and watch the events they cause.
            </p>
          </EmptyState>
        )}
        {data && data.length > 0 && (
          <table className="w-full text-left">
            <caption className="sr-only">Repositories</caption>
            <TableHead columns={['Name', 'Description', 'Last modified']} />
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {[...data].sort(byName).map((repo) => {
                const modified = fromEpochSeconds(repo.lastModifiedDate).getTime();
                return (
                  <tr key={repo.repositoryId} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
                    <td className="px-4 py-2.5">
                      <Link to={repositoryPath(repo.repositoryName)} className={`${linkClass} font-semibold`}>
                        {repo.repositoryName}
                      </Link>
                    </td>
                    <td
                      className="max-w-md truncate px-4 py-2.5 text-zinc-700 dark:text-zinc-300"
                      title={repo.repositoryDescription}
                    >
                      {repo.repositoryDescription ?? <span className="text-zinc-400">–</span>}
                    </td>
                    <td className="px-4 py-2.5 whitespace-nowrap" title={formatDateTime(modified)}>
                      {now === undefined ? formatDateTime(modified) : formatRelative(modified, now)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Panel>
      {creating && <CreateRepositoryDialog onClose={() => setParams({}, { replace: true })} />}
    </>
  );
}

import { Link } from 'react-router';
import { useProjects } from '../../../api/codebuild/batch-get-projects';
import { useProjectNames } from '../../../api/codebuild/list-projects';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { EmptyState } from '../../../components/empty-state';
import { ErrorPanel } from '../../../components/error-panel';
import { formatDateTime } from '../../../components/format/time';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { BuildBadge, badgeStatusOf } from '../shared/build-badge';
import { buildHistoryPath, buildPath, createProjectPath, projectPath } from '../shared/paths';
import { SourceLabel } from '../shared/source-label';
import { StatusPill } from '../shared/status-badge';
import { useLatestBuilds } from '../shared/use-latest-builds';
import { TableHead } from '../../../components/table-head';

/** CodeBuild's home: the build projects with their source, last build and badge. */
export function ProjectListPage() {
  const names = useProjectNames();
  const projects = useProjects(names.data);
  const { latestByProject } = useLatestBuilds();
  const error = names.error ?? projects.error;
  const create = (
    <Link to={createProjectPath()} className={buttonClass('primary')}>
      Create build project
    </Link>
  );
  if (error)
    return (
      <ErrorPanel error={error} subject="The build project list" back={{ to: '/', label: 'Back to the dashboard' }} />
    );

  return (
    <>
      <PageHeader
        title="Build projects"
        description="A build project says where the source comes from, which image runs the buildspec, and where artifacts and reports go."
        actions={
          <>
            <Link to={buildHistoryPath()} className={buttonClass('normal')}>
              Build history
            </Link>
            {create}
          </>
        }
      />
      <Panel title={projects.data ? `Build projects (${projects.data.length})` : 'Build projects'} flush>
        {(names.isPending || (names.data && names.data.length > 0 && projects.isPending)) && (
          <div className="px-4">
            <Loading label="Reading build projects…" />
          </div>
        )}
        {names.data?.length === 0 && (
          <EmptyState title="No build projects" action={create}>
            <p>Create a project to build a CodeCommit repository with a buildspec, on demand or on every push.</p>
          </EmptyState>
        )}
        {projects.data && projects.data.length > 0 && (
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <caption className="sr-only">Build projects</caption>
              <TableHead columns={['Name', 'Source', 'Last build status', 'Badge', 'Last modified']} />
              <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {projects.data.map((p) => {
                  const latest = latestByProject.get(p.name);
                  return (
                    <tr key={p.name} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
                      <td className="px-4 py-2.5">
                        <Link to={projectPath(p.name)} className={`${linkClass} font-semibold`}>
                          {p.name}
                        </Link>
                        {p.description && (
                          <p className="max-w-sm truncate text-xs text-zinc-600 dark:text-zinc-400">{p.description}</p>
                        )}
                      </td>
                      <td className="px-4 py-2.5">
                        <SourceLabel source={p.source} version={p.sourceVersion} />
                      </td>
                      <td className="px-4 py-2.5">
                        {latest ? (
                          <Link
                            to={buildPath(latest.id)}
                            aria-label={`Build #${latest.buildNumber}: ${latest.buildStatus}`}
                          >
                            <StatusPill status={latest.buildStatus} />
                          </Link>
                        ) : (
                          <span className="text-zinc-500">No builds yet</span>
                        )}
                      </td>
                      <td className="px-4 py-2.5">
                        {p.badge.badgeEnabled ? (
                          <BuildBadge status={badgeStatusOf(latest)} />
                        ) : (
                          <span className="text-zinc-500">–</span>
                        )}
                      </td>
                      <td className="px-4 py-2.5 whitespace-nowrap">{formatDateTime(p.lastModified * 1000)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
    </>
  );
}

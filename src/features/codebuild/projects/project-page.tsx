import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useBuilds } from '../../../api/codebuild/batch-get-builds';
import { useProject } from '../../../api/codebuild/batch-get-projects';
import { useProjectBuildIds } from '../../../api/codebuild/list-builds-for-project';
import { useStartBuild } from '../../../api/codebuild/start-build';
import type { Project } from '../../../api/codebuild/types';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { CopyButton } from '../../../components/copy-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorPanel } from '../../../components/error-panel';
import { errorText } from '../../../components/error-text';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { BuildBadge, badgeStatusOf } from '../shared/build-badge';
import { BuildTable } from '../shared/build-table';
import { buildPath, codebuildHome, editProjectPath, simulationRulesPath } from '../shared/paths';
import { Tabs } from '../shared/tabs';
import { DeleteProjectDialog } from './delete-project-dialog';
import { ProjectDetails } from './project-details';
import { StartBuildDialog } from './start-build-dialog';

const TABS = [
  { id: 'history', label: 'Build history' },
  { id: 'details', label: 'Project details' },
] as const;

function ProjectHistory({ project }: { project: Project }) {
  const ids = useProjectBuildIds(project.name);
  const builds = useBuilds(ids.data);
  const latest = builds.data?.[0];
  return (
    <div className="space-y-4">
      {project.badge.badgeEnabled && (
        <Panel title="Build badge">
          <div className="flex flex-wrap items-center gap-4">
            <BuildBadge status={badgeStatusOf(latest)} />
            <code className="min-w-0 flex-1 text-xs break-all">{project.badge.badgeRequestUrl}</code>
            {project.badge.badgeRequestUrl && (
              <CopyButton text={project.badge.badgeRequestUrl} label="Copy badge URL" />
            )}
          </div>
        </Panel>
      )}
      <Panel title={builds.data ? `Build history (${builds.data.length})` : 'Build history'} flush>
        {(ids.isPending || builds.isPending) && (
          <div className="px-4">
            <Loading label="Reading builds…" />
          </div>
        )}
        {(ids.error ?? builds.error) && (
          <p role="alert" className="px-4 py-3 font-mono text-xs text-red-700 dark:text-red-300">
            {errorText(ids.error ?? builds.error)}
          </p>
        )}
        {builds.data?.length === 0 && (
          <EmptyState title="No builds yet">
            <p>Start a build, or push to a branch the project's triggers watch.</p>
          </EmptyState>
        )}
        {builds.data && builds.data.length > 0 && (
          <BuildTable builds={builds.data} caption={`Builds of ${project.name}`} showProject={false} />
        )}
      </Panel>
    </div>
  );
}

/** One build project: start builds, its history and badge, its configuration; edit or delete it. */
export function ProjectPage() {
  const { name = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const { data: project, error, isPending } = useProject(name);
  const start = useStartBuild();
  const [dialog, setDialog] = useState<'start' | 'delete'>();
  const tab = params.get('tab') === 'details' ? 'details' : 'history';

  if (error)
    return (
      <ErrorPanel
        error={error}
        subject={`Build project ${name}`}
        back={{ to: codebuildHome(), label: 'Build projects' }}
      />
    );
  if (isPending || !project) return <Loading label="Reading the project…" />;

  return (
    <>
      <PageHeader
        title={project.name}
        description={
          <>
            {project.description && <span className="block">{project.description}</span>}
            <span className="text-sm">
              Builds run in a simulated shell;{' '}
              <Link to={simulationRulesPath()} className={linkClass}>
                see how builds are simulated
              </Link>{' '}
              (what each tool does, how long it takes, what makes it fail).
            </span>
          </>
        }
        actions={
          <>
            <button type="button" className={buttonClass('danger')} onClick={() => setDialog('delete')}>
              Delete
            </button>
            <Link to={editProjectPath(project.name)} className={buttonClass('normal')}>
              Edit
            </Link>
            <button type="button" className={buttonClass('normal')} onClick={() => setDialog('start')}>
              Start build with overrides
            </button>
            <button
              type="button"
              className={buttonClass('primary')}
              aria-disabled={start.isPending}
              onClick={() =>
                !start.isPending &&
                start.mutate({ projectName: project.name }, { onSuccess: (b) => void navigate(buildPath(b.id)) })
              }
            >
              Start build
            </button>
          </>
        }
      />
      {start.isError && (
        <p role="alert" className="mb-4 font-mono text-xs text-red-700 dark:text-red-300">
          {errorText(start.error)}
        </p>
      )}
      <Tabs
        label="Project"
        tabs={TABS}
        current={tab}
        onSelect={(t) => setParams(t === 'history' ? {} : { tab: t }, { replace: true })}
      />
      <div role="tabpanel" aria-label={tab === 'history' ? 'Build history' : 'Project details'}>
        {tab === 'history' ? (
          <ProjectHistory project={project} />
        ) : (
          <Panel>
            <ProjectDetails project={project} />
          </Panel>
        )}
      </div>
      {dialog === 'start' && <StartBuildDialog project={project} onClose={() => setDialog(undefined)} />}
      {dialog === 'delete' && <DeleteProjectDialog name={project.name} onClose={() => setDialog(undefined)} />}
    </>
  );
}

import { lazy } from 'react';
import { createHashRouter, type RouteObject } from 'react-router';
import { ConsoleLayout } from './layout/console-layout';
import { NotFoundPage } from './layout/not-found-page';

/* Every page is its own chunk, so the first paint only needs the console shell. */
const DashboardPage = lazy(() =>
  import('../features/dashboard/dashboard-page').then((m) => ({ default: m.DashboardPage })),
);
const EventsPage = lazy(() => import('../features/events/events-page').then((m) => ({ default: m.EventsPage })));
const RepositoryListPage = lazy(() =>
  import('../features/codecommit/repository-list-page').then((m) => ({ default: m.RepositoryListPage })),
);
const RepositoryLayout = lazy(() =>
  import('../features/codecommit/repository-layout').then((m) => ({ default: m.RepositoryLayout })),
);
const CodeTab = lazy(() => import('../features/codecommit/code-tab').then((m) => ({ default: m.CodeTab })));
const FileView = lazy(() => import('../features/codecommit/file-view').then((m) => ({ default: m.FileView })));
const CommitsTab = lazy(() => import('../features/codecommit/commits-tab').then((m) => ({ default: m.CommitsTab })));
const CommitView = lazy(() => import('../features/codecommit/commit-view').then((m) => ({ default: m.CommitView })));
const EditFilePage = lazy(() =>
  import('../features/codecommit/edit/edit-file-page').then((m) => ({ default: m.EditFilePage })),
);
const NewFilePage = lazy(() =>
  import('../features/codecommit/edit/new-file-page').then((m) => ({ default: m.NewFilePage })),
);
const UploadFilesPage = lazy(() =>
  import('../features/codecommit/edit/upload-files-page').then((m) => ({ default: m.UploadFilesPage })),
);
const SettingsTab = lazy(() => import('../features/codecommit/settings-tab').then((m) => ({ default: m.SettingsTab })));
const PullRequestListTab = lazy(() =>
  import('../features/codecommit/pull-requests/pull-request-list-tab').then((m) => ({ default: m.PullRequestListTab })),
);
const CreatePullRequestPage = lazy(() =>
  import('../features/codecommit/pull-requests/create-pull-request-page').then((m) => ({
    default: m.CreatePullRequestPage,
  })),
);
const PullRequestPage = lazy(() =>
  import('../features/codecommit/pull-requests/pull-request-page').then((m) => ({ default: m.PullRequestPage })),
);
const BranchesTab = lazy(() =>
  import('../features/codecommit/branches/branches-tab').then((m) => ({ default: m.BranchesTab })),
);
const ComparePage = lazy(() =>
  import('../features/codecommit/diff/compare-page').then((m) => ({ default: m.ComparePage })),
);
const TemplatesPage = lazy(() =>
  import('../features/codecommit/approval-rule-templates/templates-page').then((m) => ({ default: m.TemplatesPage })),
);
const TemplateDetailPage = lazy(() =>
  import('../features/codecommit/approval-rule-templates/template-detail-page').then((m) => ({
    default: m.TemplateDetailPage,
  })),
);
const CodeArtifactPage = lazy(() =>
  import('../features/codeartifact/codeartifact-page').then((m) => ({ default: m.CodeArtifactPage })),
);
const CodeArtifactDomainPage = lazy(() =>
  import('../features/codeartifact/domain/domain-page').then((m) => ({ default: m.DomainPage })),
);
const CodeArtifactRepositoryPage = lazy(() =>
  import('../features/codeartifact/repository/repository-page').then((m) => ({ default: m.RepositoryPage })),
);
const CodeArtifactPackagePage = lazy(() =>
  import('../features/codeartifact/package/package-page').then((m) => ({ default: m.PackagePage })),
);
const ProjectListPage = lazy(() =>
  import('../features/codebuild/projects/project-list-page').then((m) => ({ default: m.ProjectListPage })),
);
const ProjectPage = lazy(() =>
  import('../features/codebuild/projects/project-page').then((m) => ({ default: m.ProjectPage })),
);
const CreateProjectPage = lazy(() =>
  import('../features/codebuild/projects/project-form-page').then((m) => ({ default: m.CreateProjectPage })),
);
const EditProjectPage = lazy(() =>
  import('../features/codebuild/projects/project-form-page').then((m) => ({ default: m.EditProjectPage })),
);
const BuildHistoryPage = lazy(() =>
  import('../features/codebuild/build-history-page').then((m) => ({ default: m.BuildHistoryPage })),
);
const BuildPage = lazy(() => import('../features/codebuild/build/build-page').then((m) => ({ default: m.BuildPage })));
const SimulationRulesPage = lazy(() =>
  import('../features/codebuild/simulation/simulation-rules-page').then((m) => ({ default: m.SimulationRulesPage })),
);
const ParametersPage = lazy(() =>
  import('../features/parameters/parameters-page').then((m) => ({ default: m.ParametersPage })),
);
const CodeDeployPage = lazy(() =>
  import('../features/codedeploy/codedeploy-page').then((m) => ({ default: m.CodeDeployPage })),
);
const ApplicationPage = lazy(() =>
  import('../features/codedeploy/applications/application-page').then((m) => ({ default: m.ApplicationPage })),
);
const CreateGroupPage = lazy(() =>
  import('../features/codedeploy/groups/group-form-page').then((m) => ({ default: m.CreateGroupPage })),
);
const EditGroupPage = lazy(() =>
  import('../features/codedeploy/groups/group-form-page').then((m) => ({ default: m.EditGroupPage })),
);
const GroupPage = lazy(() =>
  import('../features/codedeploy/groups/group-page').then((m) => ({ default: m.GroupPage })),
);
const CreateDeploymentPage = lazy(() =>
  import('../features/codedeploy/create-deployment/create-deployment-page').then((m) => ({
    default: m.CreateDeploymentPage,
  })),
);
const DeploymentConfigsPage = lazy(() =>
  import('../features/codedeploy/configs/configs-page').then((m) => ({ default: m.ConfigsPage })),
);
const FleetPage = lazy(() => import('../features/codedeploy/fleet/fleet-page').then((m) => ({ default: m.FleetPage })));
const DeploymentPage = lazy(() =>
  import('../features/codedeploy/deployment/deployment-page').then((m) => ({ default: m.DeploymentPage })),
);
const DeploymentComparePage = lazy(() =>
  import('../features/codedeploy/compare/compare-page').then((m) => ({ default: m.ComparePage })),
);
const DeploymentSimulationRulesPage = lazy(() =>
  import('../features/codedeploy/simulation/simulation-rules-page').then((m) => ({ default: m.SimulationRulesPage })),
);
const CodePipelinePage = lazy(() =>
  import('../features/codepipeline/codepipeline-page').then((m) => ({ default: m.CodePipelinePage })),
);
const PipelinePage = lazy(() =>
  import('../features/codepipeline/pipeline/pipeline-page').then((m) => ({ default: m.PipelinePage })),
);
const CreatePipelinePage = lazy(() =>
  import('../features/codepipeline/designer/designer-pages').then((m) => ({ default: m.CreatePipelinePage })),
);
const EditPipelinePage = lazy(() =>
  import('../features/codepipeline/designer/designer-pages').then((m) => ({ default: m.EditPipelinePage })),
);
const PipelineExecutionPage = lazy(() =>
  import('../features/codepipeline/executions/execution-page').then((m) => ({ default: m.ExecutionPage })),
);
const PipelineTemplatesPage = lazy(() =>
  import('../features/codepipeline/templates/templates-page').then((m) => ({ default: m.TemplatesPage })),
);
const CodeGuruPage = lazy(() =>
  import('../features/codeguru/codeguru-page').then((m) => ({ default: m.CodeGuruPage })),
);
const ProfilerPage = lazy(() =>
  import('../features/codeguru/profiler/profiler-page').then((m) => ({ default: m.ProfilerPage })),
);
const ProfilingGroupPage = lazy(() =>
  import('../features/codeguru/profiler/group-page').then((m) => ({ default: m.GroupPage })),
);
const ReviewerPage = lazy(() =>
  import('../features/codeguru/reviewer/reviewer-page').then((m) => ({ default: m.ReviewerPage })),
);
const CodeReviewPage = lazy(() =>
  import('../features/codeguru/reviewer/code-review-page').then((m) => ({ default: m.CodeReviewPage })),
);
const LabsPage = lazy(() => import('../features/labs/labs-page').then((m) => ({ default: m.LabsPage })));
const TerminalPage = lazy(() =>
  import('../features/terminal/terminal-page').then((m) => ({ default: m.TerminalPage })),
);

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    Component: ConsoleLayout,
    children: [
      { index: true, Component: DashboardPage },
      { path: 'events', Component: EventsPage },
      { path: 'codecommit', Component: RepositoryListPage },
      {
        path: 'codecommit/repositories/:name',
        Component: RepositoryLayout,
        children: [
          { index: true, Component: CodeTab },
          { path: 'browse/:ref/*', Component: CodeTab },
          { path: 'file/:ref/*', Component: FileView },
          { path: 'edit/:ref/*', Component: EditFilePage },
          { path: 'new/:ref/*', Component: NewFilePage },
          { path: 'upload/:ref/*', Component: UploadFilesPage },
          { path: 'commits', Component: CommitsTab },
          { path: 'commits/:ref', Component: CommitsTab },
          { path: 'commit/:id', Component: CommitView },
          { path: 'settings', Component: SettingsTab },
          { path: 'pull-requests', Component: PullRequestListTab },
          { path: 'pull-requests/create', Component: CreatePullRequestPage },
          { path: 'pull-requests/:id/:tab?', Component: PullRequestPage },
          { path: 'branches', Component: BranchesTab },
          { path: 'compare', Component: ComparePage },
          { path: 'compare/:before/:after', Component: ComparePage },
        ],
      },
      { path: 'codecommit/approval-rule-templates', Component: TemplatesPage },
      { path: 'codecommit/approval-rule-templates/:templateName', Component: TemplateDetailPage },
      { path: 'codeartifact', Component: CodeArtifactPage },
      { path: 'codeartifact/domains/:domain', Component: CodeArtifactDomainPage },
      { path: 'codeartifact/domains/:domain/repositories/:repository', Component: CodeArtifactRepositoryPage },
      {
        path: 'codeartifact/domains/:domain/repositories/:repository/packages/:format/:package',
        Component: CodeArtifactPackagePage,
      },
      { path: 'codebuild', Component: ProjectListPage },
      { path: 'codebuild/create-project', Component: CreateProjectPage },
      { path: 'codebuild/projects/:name', Component: ProjectPage },
      { path: 'codebuild/projects/:name/edit', Component: EditProjectPage },
      { path: 'codebuild/builds', Component: BuildHistoryPage },
      { path: 'codebuild/builds/:id', Component: BuildPage },
      { path: 'codebuild/simulation', Component: SimulationRulesPage },
      { path: 'parameters', Component: ParametersPage },
      { path: 'terminal', Component: TerminalPage },
      { path: 'codedeploy', Component: CodeDeployPage },
      { path: 'codedeploy/applications/:name', Component: ApplicationPage },
      { path: 'codedeploy/applications/:name/create-group', Component: CreateGroupPage },
      { path: 'codedeploy/applications/:name/groups/:group', Component: GroupPage },
      { path: 'codedeploy/applications/:name/groups/:group/edit', Component: EditGroupPage },
      { path: 'codedeploy/applications/:name/create-deployment', Component: CreateDeploymentPage },
      { path: 'codedeploy/deployment-configs', Component: DeploymentConfigsPage },
      { path: 'codedeploy/fleet', Component: FleetPage },
      { path: 'codedeploy/deployments/:id', Component: DeploymentPage },
      { path: 'codedeploy/compare', Component: DeploymentComparePage },
      { path: 'codedeploy/simulation', Component: DeploymentSimulationRulesPage },
      { path: 'codepipeline', Component: CodePipelinePage },
      { path: 'codepipeline/pipelines/:name', Component: PipelinePage },
      { path: 'codepipeline/pipelines/:name/executions/:executionId', Component: PipelineExecutionPage },
      { path: 'codepipeline/new', Component: CreatePipelinePage },
      { path: 'codepipeline/templates', Component: PipelineTemplatesPage },
      { path: 'codepipeline/pipelines/:name/edit', Component: EditPipelinePage },
      { path: 'codeguru', Component: CodeGuruPage },
      { path: 'codeguru/profiler', Component: ProfilerPage },
      { path: 'codeguru/profiler/groups/:name', Component: ProfilingGroupPage },
      { path: 'codeguru/reviewer', Component: ReviewerPage },
      { path: 'codeguru/reviewer/code-reviews/:codeReviewArn', Component: CodeReviewPage },
      { path: 'labs', Component: LabsPage },
      { path: '*', Component: NotFoundPage },
    ],
  },
];

/** Routes live in the URL hash so the static build works on any host without rewrite rules. */
export const createAppRouter = () => createHashRouter(appRoutes);

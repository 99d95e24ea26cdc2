/** Console paths of the Pipeline area; names may contain `.@-_`, so each part is encoded. */
const e = encodeURIComponent;

export const codepipelineHome = () => '/codepipeline';
export const pipelinePath = (name: string) => `/codepipeline/pipelines/${e(name)}`;
export const executionPath = (pipelineName: string, executionId: string) =>
  `${pipelinePath(pipelineName)}/executions/${e(executionId)}`;
/** The designer (a new pipeline, or the pipeline's latest declaration). */
export const newPipelinePath = () => '/codepipeline/new';
export const editPipelinePath = (name: string) => `${pipelinePath(name)}/edit`;
export const templatesPath = () => '/codepipeline/templates';
/** The pipeline page with the review dialog of a manual approval open. */
export const reviewPath = (pipelineName: string, stageName: string, actionName: string) =>
  `${pipelinePath(pipelineName)}?review=${e(stageName)}&action=${e(actionName)}`;
/** The Events view showing this pipeline's state changes. */
export const pipelineEventsPath = (pipelineName: string) => `/events?source=aws.codepipeline&text=${e(pipelineName)}`;
export const buildPath = (buildId: string) => `/codebuild/builds/${e(buildId)}`;
export const deploymentPath = (deploymentId: string) => `/codedeploy/deployments/${e(deploymentId)}`;
export const commitPath = (repositoryName: string, commitId: string) =>
  `/codecommit/repositories/${e(repositoryName)}/commit/${e(commitId)}`;

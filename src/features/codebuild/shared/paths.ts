/** Console paths; build IDs contain `:` (`project:uuid`), so every ID is encoded. */
export const codebuildHome = () => '/codebuild';
export const projectPath = (name: string) => `/codebuild/projects/${encodeURIComponent(name)}`;
export const editProjectPath = (name: string) => `${projectPath(name)}/edit`;
export const createProjectPath = () => '/codebuild/create-project';
export const buildPath = (id: string, tab?: string) =>
  `/codebuild/builds/${encodeURIComponent(id)}${tab ? `?tab=${tab}` : ''}`;
export const buildHistoryPath = () => '/codebuild/builds';
export const simulationRulesPath = () => '/codebuild/simulation';
export const parametersPath = () => '/parameters';
export const commitPath = (repository: string, commitId: string) =>
  `/codecommit/repositories/${encodeURIComponent(repository)}/commit/${encodeURIComponent(commitId)}`;

/** `https://git-codecommit.<region>.amazonaws.com/v1/repos/<name>` → `<name>`. */
export const repositoryOfLocation = (location?: string) =>
  location ? decodeURIComponent(location.slice(location.lastIndexOf('/') + 1)) : undefined;

export const cloneUrl = (region: string, repository: string) =>
  `https://git-codecommit.${region}.amazonaws.com/v1/repos/${repository}`;

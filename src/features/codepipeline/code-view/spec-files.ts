import type { ActionDeclaration, PipelineDeclaration } from '../../../engine/specs/pipeline/types';

/** The repository and branch a CodeCommit source action hands to the actions downstream. */
export interface SourceRepository {
  repositoryName: string;
  branchName: string;
}

export type SpecFileRequest =
  | { kind: 'buildspec'; actionName: string; projectName: string; source?: SourceRepository }
  | {
      kind: 'appspec';
      actionName: string;
      applicationName: string;
      deploymentGroupName: string;
      /** Where CodeDeploy looks for the file in the revision, in order. */
      paths: string[];
      source?: SourceRepository;
    };

/** What the export needs to know from the simulated account. */
export interface SpecFileReader {
  /** A build project's `source.buildspec` (inline YAML or a path; empty means `buildspec.yml`), or undefined if there is no such project. */
  buildspecOf(projectName: string): Promise<{ buildspec: string | undefined } | undefined>;
  /** A file's text at the tip of a branch, or undefined if there is none. */
  fileText(repositoryName: string, branchName: string, path: string): Promise<string | undefined>;
}

export interface SpecFile {
  path: string;
  text: string;
}

export interface CollectedSpecFiles {
  files: SpecFile[];
  /** One line per file that could not be read, and why. */
  missing: string[];
}

const config = (action: ActionDeclaration, key: string): string | undefined => {
  const value = action.configuration?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** Output artifact name → the action that produces it. */
function producers(declaration: PipelineDeclaration): Map<string, ActionDeclaration> {
  const byArtifact = new Map<string, ActionDeclaration>();
  for (const stage of declaration.stages) {
    for (const action of stage.actions) {
      for (const output of action.outputArtifacts ?? []) byArtifact.set(output.name, action);
    }
  }
  return byArtifact;
}

/**
 * The CodeCommit repository an artifact comes from: its producer if that is a CodeCommit source, else (a build's
 * output) whatever that producer was given, first input first.
 */
function repositoryOf(
  artifact: string | undefined,
  byArtifact: Map<string, ActionDeclaration>,
  seen = new Set<string>(),
): SourceRepository | undefined {
  if (artifact === undefined || seen.has(artifact)) return undefined;
  seen.add(artifact);
  const producer = byArtifact.get(artifact);
  if (!producer) return undefined;
  const { category, provider } = producer.actionTypeId;
  if (category === 'Source') {
    const repositoryName = config(producer, 'RepositoryName');
    const branchName = config(producer, 'BranchName');
    return provider === 'CodeCommit' && repositoryName && branchName ? { repositoryName, branchName } : undefined;
  }
  for (const input of producer.inputArtifacts ?? []) {
    const found = repositoryOf(input.name, byArtifact, seen);
    if (found) return found;
  }
  return undefined;
}

const withSource = <T extends object>(request: T, source: SourceRepository | undefined) =>
  source ? { ...request, source } : request;

/**
 * The buildspec and AppSpec files the pipeline's CodeBuild and CodeDeploy actions use, and the repository each is
 * read from (the CodeCommit source behind the action's input artifact). One request per project or deployment group.
 */
export function specFilesFor(declaration: PipelineDeclaration): SpecFileRequest[] {
  const byArtifact = producers(declaration);
  const requests = new Map<string, SpecFileRequest>();
  for (const stage of declaration.stages) {
    for (const action of stage.actions) {
      const { owner, category, provider } = action.actionTypeId;
      if (owner !== 'AWS') continue;
      if ((category === 'Build' || category === 'Test') && provider === 'CodeBuild') {
        const projectName = config(action, 'ProjectName');
        if (!projectName || requests.has(`build:${projectName}`)) continue;
        // With several inputs the buildspec comes from the primary source (CodeBuild's PrimarySource key).
        const primary = config(action, 'PrimarySource') ?? action.inputArtifacts?.[0]?.name;
        requests.set(
          `build:${projectName}`,
          withSource({ kind: 'buildspec', actionName: action.name, projectName }, repositoryOf(primary, byArtifact)),
        );
      } else if (category === 'Deploy' && (provider === 'CodeDeploy' || provider === 'CodeDeployToECS')) {
        const applicationName = config(action, 'ApplicationName');
        const deploymentGroupName = config(action, 'DeploymentGroupName');
        if (!applicationName || !deploymentGroupName) continue;
        const key = `deploy:${applicationName}/${deploymentGroupName}`;
        if (requests.has(key)) continue;
        const ecs = provider === 'CodeDeployToECS';
        const artifact = ecs ? config(action, 'AppSpecTemplateArtifact') : action.inputArtifacts?.[0]?.name;
        const paths = ecs
          ? [config(action, 'AppSpecTemplatePath') ?? 'appspec.yaml']
          : ['appspec.yml', 'appspec.yaml', 'appspec.json'];
        requests.set(
          key,
          withSource(
            { kind: 'appspec', actionName: action.name, applicationName, deploymentGroupName, paths },
            repositoryOf(artifact, byArtifact),
          ),
        );
      }
    }
  }
  return [...requests.values()];
}

const safe = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '_');

/** A buildspec held in the project itself rather than named as a file. */
const isInline = (buildspec: string) => buildspec.includes('\n');

async function readBuildspec(
  request: Extract<SpecFileRequest, { kind: 'buildspec' }>,
  reader: SpecFileReader,
): Promise<SpecFile | string> {
  const project = await reader.buildspecOf(request.projectName);
  if (!project) return `Build project ${request.projectName} (action ${request.actionName}) does not exist.`;
  const path = `buildspecs/${safe(request.projectName)}.yml`;
  const buildspec = project.buildspec?.trim() ? project.buildspec : 'buildspec.yml';
  if (isInline(buildspec)) return { path, text: buildspec };
  if (!request.source) {
    return `${buildspec} of build project ${request.projectName}: the action's source is not a CodeCommit repository.`;
  }
  const { repositoryName, branchName } = request.source;
  const text = await reader.fileText(repositoryName, branchName, buildspec);
  return text === undefined
    ? `${buildspec} of build project ${request.projectName}: no such file on branch ${branchName} of ${repositoryName}.`
    : { path, text };
}

async function readAppspec(
  request: Extract<SpecFileRequest, { kind: 'appspec' }>,
  reader: SpecFileReader,
): Promise<SpecFile | string> {
  const group = `${request.applicationName}/${request.deploymentGroupName}`;
  if (!request.source) return `AppSpec file of ${group}: the action's input is not from a CodeCommit repository.`;
  const { repositoryName, branchName } = request.source;
  for (const candidate of request.paths) {
    const text = await reader.fileText(repositoryName, branchName, candidate);
    const extension = candidate.slice(candidate.lastIndexOf('.'));
    if (text !== undefined) {
      return {
        path: `appspecs/${safe(request.applicationName)}-${safe(request.deploymentGroupName)}${extension}`,
        text,
      };
    }
  }
  return `AppSpec file of ${group}: none of ${request.paths.join(', ')} on branch ${branchName} of ${repositoryName}.`;
}

/** Reads every requested file from the simulated account; what cannot be read is listed, never silently left out. */
export async function collectSpecFiles(
  requests: readonly SpecFileRequest[],
  reader: SpecFileReader,
): Promise<CollectedSpecFiles> {
  const results = await Promise.all(
    requests.map((request) =>
      request.kind === 'buildspec' ? readBuildspec(request, reader) : readAppspec(request, reader),
    ),
  );
  return {
    files: results.filter((r): r is SpecFile => typeof r !== 'string'),
    missing: results.filter((r): r is string => typeof r === 'string'),
  };
}

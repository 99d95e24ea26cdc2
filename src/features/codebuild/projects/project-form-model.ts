import type { EnvironmentVariable, Project, ProjectInput, WebhookFilter } from '../../../api/codebuild/types';

/** What the project form holds: strings as typed, so nothing the user entered is lost on a refused save. */
export interface ProjectForm {
  name: string;
  description: string;
  sourceType: 'CODECOMMIT' | 'NO_SOURCE';
  /** The repository's HTTPS clone URL (CodeBuild's `source.location`). */
  repositoryUrl: string;
  sourceVersion: string;
  buildspecMode: 'file' | 'inline';
  buildspecPath: string;
  buildspecText: string;
  image: string;
  computeType: string;
  environmentType: string;
  privilegedMode: boolean;
  variables: EnvironmentVariable[];
  serviceRole: string;
  timeout: string;
  queuedTimeout: string;
  artifactsType: 'NO_ARTIFACTS' | 'S3';
  artifactsBucket: string;
  artifactsName: string;
  artifactsPath: string;
  packaging: 'ZIP' | 'NONE';
  namespaceType: 'BUILD_ID' | 'NONE';
  cacheType: 'NO_CACHE' | 'S3' | 'LOCAL';
  cacheLocation: string;
  badgeEnabled: boolean;
  buildOnPush: boolean;
  /** HEAD_REF regular expression for push builds; empty = every branch. */
  pushBranchFilter: string;
  buildOnPullRequest: boolean;
}

export const DEFAULT_BUILDSPEC = `version: 0.2

phases:
  build:
    commands:
      - echo Hello from CodeBuild
`;

export const emptyProjectForm = (): ProjectForm => ({
  name: '',
  description: '',
  sourceType: 'CODECOMMIT',
  repositoryUrl: '',
  sourceVersion: '',
  buildspecMode: 'file',
  buildspecPath: '',
  buildspecText: DEFAULT_BUILDSPEC,
  image: 'aws/codebuild/standard:7.0',
  computeType: 'BUILD_GENERAL1_SMALL',
  environmentType: 'LINUX_CONTAINER',
  privilegedMode: false,
  variables: [],
  serviceRole: '',
  timeout: '60',
  queuedTimeout: '480',
  artifactsType: 'NO_ARTIFACTS',
  artifactsBucket: '',
  artifactsName: '',
  artifactsPath: '',
  packaging: 'ZIP',
  namespaceType: 'BUILD_ID',
  cacheType: 'NO_CACHE',
  cacheLocation: '',
  badgeEnabled: false,
  buildOnPush: false,
  pushBranchFilter: '',
  buildOnPullRequest: false,
});

/** The console's default role name for a new project. */
export const defaultServiceRole = (name: string) => `service-role/codebuild-${name || '<project>'}-service-role`;

const PR_EVENTS = 'PULL_REQUEST_CREATED, PULL_REQUEST_UPDATED';

/** A number as typed: integers pass as numbers; anything else goes as typed, for the service to refuse. */
const numberOrText = (s: string): number | undefined => (s.trim() === '' ? undefined : (Number(s.trim()) as number));

/** The form as CreateProject/UpdateProject input. Values are sent as typed; CodeBuild decides what is valid. */
export function toProjectInput(form: ProjectForm): ProjectInput {
  const inline = form.buildspecMode === 'inline' || form.sourceType === 'NO_SOURCE';
  const buildspec = inline ? form.buildspecText : form.buildspecPath.trim();
  const timeout = numberOrText(form.timeout);
  const queued = numberOrText(form.queuedTimeout);
  return {
    name: form.name,
    ...(form.description !== '' && { description: form.description }),
    source: {
      type: form.sourceType,
      ...(form.sourceType === 'CODECOMMIT' && { location: form.repositoryUrl }),
      ...(buildspec !== '' && { buildspec }),
    },
    ...(form.sourceType === 'CODECOMMIT' &&
      form.sourceVersion.trim() !== '' && { sourceVersion: form.sourceVersion.trim() }),
    environment: {
      type: form.environmentType,
      image: form.image,
      computeType: form.computeType,
      privilegedMode: form.privilegedMode,
      environmentVariables: form.variables.map((v) => ({ name: v.name, value: v.value, type: v.type ?? 'PLAINTEXT' })),
    },
    serviceRole: form.serviceRole.trim() || defaultServiceRole(form.name),
    ...(timeout !== undefined && { timeoutInMinutes: timeout }),
    ...(queued !== undefined && { queuedTimeoutInMinutes: queued }),
    artifacts:
      form.artifactsType === 'S3'
        ? {
            type: 'S3',
            location: form.artifactsBucket,
            ...(form.artifactsName !== '' && { name: form.artifactsName }),
            ...(form.artifactsPath !== '' && { path: form.artifactsPath }),
            packaging: form.packaging,
            namespaceType: form.namespaceType,
          }
        : { type: 'NO_ARTIFACTS' },
    cache:
      form.cacheType === 'S3'
        ? { type: 'S3', location: form.cacheLocation }
        : form.cacheType === 'LOCAL'
          ? { type: 'LOCAL', modes: ['LOCAL_CUSTOM_CACHE'] }
          : { type: 'NO_CACHE' },
    badgeEnabled: form.badgeEnabled,
  };
}

/** The webhook's filter groups for the chosen triggers; empty when the project builds only on demand. */
export function toFilterGroups(form: ProjectForm): WebhookFilter[][] {
  const groups: WebhookFilter[][] = [];
  if (form.buildOnPush) {
    groups.push([
      { type: 'EVENT', pattern: 'PUSH' },
      ...(form.pushBranchFilter.trim() ? [{ type: 'HEAD_REF', pattern: form.pushBranchFilter.trim() }] : []),
    ]);
  }
  if (form.buildOnPullRequest) groups.push([{ type: 'EVENT', pattern: PR_EVENTS }]);
  return groups;
}

/** An existing project in the form, for editing. */
export function fromProject(project: Project): ProjectForm {
  const base = emptyProjectForm();
  const buildspec = project.source.buildspec ?? '';
  const inline = buildspec.includes('\n') || project.source.type === 'NO_SOURCE';
  const groups = project.webhook?.filterGroups ?? [];
  const events = (g: WebhookFilter[]) => g.find((f) => f.type === 'EVENT')?.pattern ?? '';
  const push = groups.find((g) => events(g).includes('PUSH'));
  const a = project.artifacts;
  return {
    ...base,
    name: project.name,
    description: project.description ?? '',
    sourceType: project.source.type === 'NO_SOURCE' ? 'NO_SOURCE' : 'CODECOMMIT',
    repositoryUrl: project.source.location ?? '',
    sourceVersion: project.sourceVersion ?? '',
    buildspecMode: inline ? 'inline' : 'file',
    buildspecPath: inline ? '' : buildspec,
    buildspecText: inline ? buildspec : base.buildspecText,
    image: project.environment.image,
    computeType: project.environment.computeType,
    environmentType: project.environment.type,
    privilegedMode: project.environment.privilegedMode ?? false,
    variables: project.environment.environmentVariables ?? [],
    serviceRole: project.serviceRole,
    timeout: String(project.timeoutInMinutes),
    queuedTimeout: String(project.queuedTimeoutInMinutes),
    artifactsType: a.type === 'S3' ? 'S3' : 'NO_ARTIFACTS',
    artifactsBucket: a.location ?? '',
    artifactsName: a.name ?? '',
    artifactsPath: a.path ?? '',
    packaging: a.packaging ?? 'NONE',
    namespaceType: a.namespaceType ?? 'NONE',
    cacheType: project.cache?.type ?? 'NO_CACHE',
    cacheLocation: project.cache?.location ?? '',
    badgeEnabled: project.badge.badgeEnabled,
    buildOnPush: push !== undefined,
    pushBranchFilter: push?.find((f) => f.type === 'HEAD_REF')?.pattern ?? '',
    buildOnPullRequest: groups.some((g) => events(g).includes('PULL_REQUEST')),
  };
}

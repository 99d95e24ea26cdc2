import { nextInt } from '../../core/rng';
import type { SimContext } from '../../core/simulation';
import { codebuildErrors as errors } from '../errors';
import type {
  Build,
  BuildArtifacts,
  BuildRequest,
  EnvironmentVariable,
  Project,
  ProjectArtifacts,
  ProjectSource,
  WebhookTrigger,
} from '../state';
import { QUEUE_LIMIT, submit } from './lifecycle';

/**
 * An empty record in dictionary mode. Records keyed by paths that differ from build to build would otherwise
 * make the JavaScript engine build a new hidden class for every key of every build.
 */
export const dictionary = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

/** How a build is asked for: StartBuild (a person), a trigger, a retry, or a pipeline. */
export interface StartBuildOptions {
  request: BuildRequest;
  initiator: string;
  webhook?: WebhookTrigger;
  /** The commit to build when the trigger already knows it (push or pull request). */
  resolvedSourceVersion?: string;
  pullRequestId?: string;
  revisionId?: string;
  /** Source files supplied by the caller (CodePipeline input artifact). */
  inputFiles?: Record<string, string>;
  pipelineArtifact?: { bucket: string; key: string };
}

function mergeVariables(
  base: EnvironmentVariable[],
  overrides: EnvironmentVariable[] | undefined,
): EnvironmentVariable[] {
  if (!overrides || overrides.length === 0) return base;
  const names = new Set(overrides.map((v) => v.name));
  return [...base.filter((v) => !names.has(v.name)), ...overrides];
}

const sameEnvironment = (r: BuildRequest) =>
  r.imageOverride === undefined &&
  r.computeTypeOverride === undefined &&
  r.environmentTypeOverride === undefined &&
  r.privilegedModeOverride === undefined &&
  r.environmentVariablesOverride === undefined;

function environmentFor(project: Project, r: BuildRequest): Build['environment'] {
  return {
    ...project.environment,
    ...(r.imageOverride !== undefined && { image: r.imageOverride }),
    ...(r.computeTypeOverride !== undefined && { computeType: r.computeTypeOverride }),
    ...(r.environmentTypeOverride !== undefined && { type: r.environmentTypeOverride }),
    ...(r.privilegedModeOverride !== undefined && { privilegedMode: r.privilegedModeOverride }),
    environmentVariables: mergeVariables(project.environment.environmentVariables, r.environmentVariablesOverride),
  };
}

/** Where an S3 artifact will land: `arn:aws:s3:::<bucket>/<path>/<build-id?>/<name>`. */
function artifactLocation(artifacts: ProjectArtifacts, projectName: string, buildUuid: string): BuildArtifacts {
  if (artifacts.type !== 'S3') return {};
  const key = [
    artifacts.path,
    artifacts.namespaceType === 'BUILD_ID' ? buildUuid : undefined,
    artifacts.name ?? projectName,
  ]
    .filter((p) => p !== undefined && p !== '')
    .join('/');
  return { location: `arn:aws:s3:::${artifacts.location}/${key}` };
}

/** A pipeline's build reads its input artifact whatever source the project names: CodePipeline overrides it. */
const pipelineSource = (s: ProjectSource): ProjectSource =>
  s.type === 'CODEPIPELINE'
    ? s
    : {
        type: 'CODEPIPELINE',
        insecureSsl: s.insecureSsl,
        ...(s.buildspec !== undefined && { buildspec: s.buildspec }),
      };

/** The project's builds that hold a slot or wait for one. */
function activeBuilds(ctx: SimContext, projectName: string): number {
  const state = ctx.world.account.codebuild;
  return [...state.running, ...state.queue].filter((id) => state.builds[id]?.projectName === projectName).length;
}

/** Starts a build of a project: checks the limits, records the build and sets its lifecycle going. */
export function startBuild(ctx: SimContext, project: Project, options: StartBuildOptions): Build {
  const state = ctx.world.account.codebuild;
  if (project.concurrentBuildLimit !== undefined && activeBuilds(ctx, project.name) >= project.concurrentBuildLimit) {
    throw errors.projectBuildLimit(project.concurrentBuildLimit);
  }
  if (state.running.length + state.queue.length >= state.accountConcurrentBuildLimit + QUEUE_LIMIT) {
    throw errors.accountBuildLimit(state.accountConcurrentBuildLimit + QUEUE_LIMIT);
  }
  const r = options.request;
  const uuid = ctx.uuid();
  const id = `${project.name}:${uuid}`;
  project.buildCounter += 1;
  const srcDir = `/codebuild/output/src${nextInt(ctx.world.rng, 100_000_000, 2_147_483_647)}/src`;
  const artifacts = r.artifactsOverride ?? project.artifacts;
  const fromPipeline = options.inputFiles !== undefined;
  const sourceVersion = r.sourceVersion ?? (fromPipeline ? undefined : project.sourceVersion);
  const source = fromPipeline ? pipelineSource(project.source) : project.source;
  const build: Build = {
    id,
    arn: ctx.arn('codebuild', `build/${id}`),
    buildNumber: project.buildCounter,
    projectName: project.name,
    startTime: ctx.now,
    currentPhase: 'SUBMITTED',
    buildStatus: 'IN_PROGRESS',
    buildComplete: false,
    initiator: options.initiator,
    ...(sourceVersion !== undefined && { sourceVersion }),
    ...(options.resolvedSourceVersion !== undefined && { resolvedSourceVersion: options.resolvedSourceVersion }),
    // Without overrides the build shares the project's (never mutated) settings objects.
    source: r.buildspecOverride === undefined ? source : { ...source, buildspec: r.buildspecOverride },
    environment: sameEnvironment(r) ? project.environment : environmentFor(project, r),
    artifacts,
    secondaryArtifacts: project.secondaryArtifacts,
    artifactResults: artifactLocation(artifacts, project.name, uuid),
    secondaryArtifactResults: project.secondaryArtifacts.map((a) => ({
      ...artifactLocation(a, project.name, uuid),
      ...(a.artifactIdentifier && { artifactIdentifier: a.artifactIdentifier }),
    })),
    cache: r.cacheOverride ?? project.cache,
    serviceRole: project.serviceRole,
    timeoutInMinutes: r.timeoutInMinutesOverride ?? project.timeoutInMinutes,
    queuedTimeoutInMinutes: r.queuedTimeoutInMinutesOverride ?? project.queuedTimeoutInMinutes,
    encryptionKey: project.encryptionKey,
    logStreamName: uuid,
    phases: [],
    reportArns: [],
    exportedEnvironmentVariables: [],
    request: r,
    ...(options.webhook && { webhook: options.webhook }),
    ...(options.pullRequestId !== undefined && { pullRequestId: options.pullRequestId }),
    ...(options.revisionId !== undefined && { revisionId: options.revisionId }),
    ...(options.inputFiles && { inputFiles: options.inputFiles }),
    ...(options.pipelineArtifact && { pipelineArtifact: options.pipelineArtifact }),
    run: {
      token: 0,
      srcDir,
      // Keyed by absolute paths unique to the build: dictionary objects from the start (see dictionary()).
      files: dictionary(),
      dirs: dictionary(),
      shell: { env: {}, vars: {}, cwd: srcDir, errexit: false, pipefail: false },
      masks: [],
      exportBlocked: [],
      failed: false,
      cacheRestored: false,
      runtimes: {},
      docker: { images: [], logins: [] },
    },
  };
  // Build IDs are `<project>:<uuid>`, never a special key, so plain assignment is safe (and cheap).
  state.builds[id] = build;
  state.buildOrder.push(id);
  submit(ctx, build);
  return build;
}

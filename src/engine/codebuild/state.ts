import type { SimMillis } from '../core/time';

export const PHASE_TYPES = [
  'SUBMITTED',
  'QUEUED',
  'PROVISIONING',
  'DOWNLOAD_SOURCE',
  'INSTALL',
  'PRE_BUILD',
  'BUILD',
  'POST_BUILD',
  'UPLOAD_ARTIFACTS',
  'FINALIZING',
  'COMPLETED',
] as const;
export type PhaseType = (typeof PHASE_TYPES)[number];

export const STATUS_TYPES = ['SUCCEEDED', 'FAILED', 'FAULT', 'TIMED_OUT', 'IN_PROGRESS', 'STOPPED'] as const;
export type StatusType = (typeof STATUS_TYPES)[number];

export type SourceType = 'CODECOMMIT' | 'CODEPIPELINE' | 'NO_SOURCE' | 'S3';
export type EnvironmentVariableType = 'PLAINTEXT' | 'PARAMETER_STORE' | 'SECRETS_MANAGER';

export interface EnvironmentVariable {
  name: string;
  value: string;
  type: EnvironmentVariableType;
}

export interface ProjectSource {
  type: SourceType;
  location?: string;
  /** Inline buildspec text, a path relative to the source root, or an S3 object ARN; absent = buildspec.yml. */
  buildspec?: string;
  gitCloneDepth?: number;
  insecureSsl: boolean;
  sourceIdentifier?: string;
}

export interface ProjectEnvironment {
  type: string;
  image: string;
  computeType: string;
  privilegedMode: boolean;
  environmentVariables: EnvironmentVariable[];
  imagePullCredentialsType: 'CODEBUILD' | 'SERVICE_ROLE';
}

export interface ProjectArtifacts {
  type: 'NO_ARTIFACTS' | 'S3' | 'CODEPIPELINE';
  location?: string;
  path?: string;
  namespaceType?: 'NONE' | 'BUILD_ID';
  name?: string;
  packaging?: 'NONE' | 'ZIP';
  overrideArtifactName?: boolean;
  encryptionDisabled?: boolean;
  artifactIdentifier?: string;
}

export interface ProjectCache {
  type: 'NO_CACHE' | 'S3' | 'LOCAL';
  location?: string;
  modes?: string[];
}

export interface WebhookFilter {
  type: string;
  pattern: string;
  excludeMatchedPattern?: boolean;
}

export interface Webhook {
  url: string;
  payloadUrl: string;
  filterGroups: WebhookFilter[][];
  buildType: 'BUILD' | 'BUILD_BATCH';
  lastModifiedSecret: SimMillis;
}

export interface Project {
  name: string;
  arn: string;
  description?: string;
  source: ProjectSource;
  sourceVersion?: string;
  artifacts: ProjectArtifacts;
  secondaryArtifacts: ProjectArtifacts[];
  cache: ProjectCache;
  environment: ProjectEnvironment;
  serviceRole: string;
  timeoutInMinutes: number;
  queuedTimeoutInMinutes: number;
  encryptionKey: string;
  tags: { key: string; value: string }[];
  created: SimMillis;
  lastModified: SimMillis;
  badgeEnabled: boolean;
  /** The opaque `uuid` of the badge URL. */
  badgeUuid: string;
  webhook?: Webhook;
  concurrentBuildLimit?: number;
  /** Builds started so far; the next build number is this plus one. */
  buildCounter: number;
}

export interface PhaseContext {
  statusCode: string;
  message: string;
}

export interface BuildPhase {
  phaseType: PhaseType;
  phaseStatus?: StatusType;
  startTime: SimMillis;
  endTime?: SimMillis;
  durationInSeconds?: number;
  contexts?: PhaseContext[];
}

export interface BuildArtifacts {
  location?: string;
  md5sum?: string;
  sha256sum?: string;
  overrideArtifactName?: boolean;
  artifactIdentifier?: string;
}

/** How a build was asked for, kept so RetryBuild can ask again. */
export interface BuildRequest {
  sourceVersion?: string;
  buildspecOverride?: string;
  environmentVariablesOverride?: EnvironmentVariable[];
  timeoutInMinutesOverride?: number;
  queuedTimeoutInMinutesOverride?: number;
  imageOverride?: string;
  computeTypeOverride?: string;
  environmentTypeOverride?: string;
  privilegedModeOverride?: boolean;
  artifactsOverride?: ProjectArtifacts;
  cacheOverride?: ProjectCache;
}

/** What started a webhook-style build (CODEBUILD_WEBHOOK_* variables). */
export interface WebhookTrigger {
  event: string;
  headRef: string;
  baseRef?: string;
  trigger: string;
  prevCommit?: string;
  actorAccountId: string;
}

/** The in-build shell's state: what persists from one command (and, in 0.2, one phase) to the next. */
export interface ShellState {
  /** Exported variables (the environment of the commands). */
  env: Record<string, string>;
  /** Shell variables set without `export`. */
  vars: Record<string, string>;
  cwd: string;
  errexit: boolean;
  pipefail: boolean;
}

/** The build container while the build runs; dropped when it completes. */
export interface BuildRun {
  /** Bumped whenever the build leaves a phase early (stop, timeout), so the phase's own timer is ignored. */
  token: number;
  srcDir: string;
  buildspecText?: string;
  /** Absolute path → UTF-8 content: the source, then whatever commands write. */
  files: Record<string, string>;
  /** Directories made with mkdir (others exist because files are in them). */
  dirs: Record<string, true>;
  shell: ShellState;
  /** Values shown as `***` in the log (parameter-store and secrets-manager variables). */
  masks: string[];
  /** Variable name → 'parameter-store' | 'secrets-manager' | 'plaintext'. Project-level secrets are not exportable. */
  exportBlocked: string[];
  /** Some phase failed (CODEBUILD_BUILD_SUCCEEDING=0 from then on). */
  failed: boolean;
  /** When the build times out (virtual time). */
  deadline?: SimMillis;
  /** The phase in progress: how it ends unless the build is stopped or times out first. */
  pending?: {
    status: StatusType;
    contexts: PhaseContext[];
    endsAt: SimMillis;
    /** Objects `aws s3 cp` writes, applied when the phase gets that far. */
    s3Writes: { at: SimMillis; bucket: string; key: string; body: string }[];
  };
  /** Why the build is ending early. */
  ending?: 'STOPPED' | 'TIMED_OUT';
  /** Cache paths restored at DOWNLOAD_SOURCE (tools that find their cache run faster). */
  cacheRestored: boolean;
  /** Runtime → version selected by `runtime-versions` (or the image default). */
  runtimes: Record<string, string>;
  /** Docker state inside the container: images built or pulled, registries logged in to. */
  docker: { images: string[]; logins: string[] };
}

export interface Build {
  id: string;
  arn: string;
  buildNumber: number;
  projectName: string;
  startTime: SimMillis;
  endTime?: SimMillis;
  currentPhase: PhaseType;
  buildStatus: StatusType;
  buildComplete: boolean;
  initiator: string;
  sourceVersion?: string;
  resolvedSourceVersion?: string;
  source: ProjectSource;
  environment: ProjectEnvironment;
  artifacts: ProjectArtifacts;
  secondaryArtifacts: ProjectArtifacts[];
  artifactResults: BuildArtifacts;
  secondaryArtifactResults: BuildArtifacts[];
  cache: ProjectCache;
  serviceRole: string;
  timeoutInMinutes: number;
  queuedTimeoutInMinutes: number;
  encryptionKey: string;
  logStreamName: string;
  phases: BuildPhase[];
  reportArns: string[];
  exportedEnvironmentVariables: { name: string; value: string }[];
  request: BuildRequest;
  webhook?: WebhookTrigger;
  /** Pull-request validation builds: which pull request and revision this build checked. */
  pullRequestId?: string;
  revisionId?: string;
  /** Source files when a caller (CodePipeline) supplies them instead of a repository: path → content. */
  inputFiles?: Record<string, string>;
  /** Where CODEPIPELINE artifacts go when a pipeline starts the build. */
  pipelineArtifact?: { bucket: string; key: string };
  run?: BuildRun;
}

export type ReportType = 'TEST' | 'CODE_COVERAGE';

export interface ReportGroup {
  arn: string;
  name: string;
  type: ReportType;
  created: SimMillis;
  lastModified: SimMillis;
  tags: { key: string; value: string }[];
}

export interface TestCase {
  testRawDataPath: string;
  prefix: string;
  name: string;
  status: 'SUCCEEDED' | 'FAILED' | 'ERROR' | 'SKIPPED' | 'UNKNOWN';
  durationInNanoSeconds: number;
  message?: string;
  testSuiteName?: string;
}

export interface CodeCoverage {
  id: string;
  filePath: string;
  lineCoveragePercentage: number;
  linesCovered: number;
  linesMissed: number;
  branchCoveragePercentage?: number;
  branchesCovered?: number;
  branchesMissed?: number;
}

export interface Report {
  arn: string;
  type: ReportType;
  name: string;
  reportGroupArn: string;
  executionId: string;
  status: 'GENERATING' | 'SUCCEEDED' | 'FAILED' | 'INCOMPLETE' | 'DELETING';
  created: SimMillis;
  expired: SimMillis;
  testCases: TestCase[];
  coverage: CodeCoverage[];
  statusMessage?: string;
}

/** A fault the scenario (or a later fault-injection panel) injects: the hook the build engine checks. */
export interface BuildFault {
  kind: 'fail-phase';
  /** Only builds of this project; all projects when absent. */
  project?: string;
  phase: PhaseType;
  /** How many more builds it hits; forever when absent. */
  remaining?: number;
  message?: string;
}

export interface CodeBuildState {
  projects: Record<string, Project>;
  /** Keyed by build ID (`<project>:<uuid>`). */
  builds: Record<string, Build>;
  /** Build IDs in the order the builds started (oldest first). */
  buildOrder: string[];
  /** Builds waiting for capacity, oldest first. */
  queue: string[];
  /** Builds holding a slot (PROVISIONING to COMPLETED). */
  running: string[];
  /** The account's concurrent build limit. */
  accountConcurrentBuildLimit: number;
  reportGroups: Record<string, ReportGroup>;
  reports: Record<string, Report>;
  /** LOCAL caches by project name: path → content. */
  localCaches: Record<string, Record<string, string>>;
  faults: BuildFault[];
}

export const DEFAULT_ACCOUNT_CONCURRENT_BUILD_LIMIT = 20;

export const emptyCodeBuildState = (): CodeBuildState => ({
  projects: {},
  builds: {},
  buildOrder: [],
  queue: [],
  running: [],
  accountConcurrentBuildLimit: DEFAULT_ACCOUNT_CONCURRENT_BUILD_LIMIT,
  reportGroups: {},
  reports: {},
  localCaches: {},
  faults: [],
});

/** CodeBuild's wire shapes (JSON 1.1; times are epoch seconds). */
export type BuildStatus = 'SUCCEEDED' | 'FAILED' | 'FAULT' | 'TIMED_OUT' | 'IN_PROGRESS' | 'STOPPED';
export type EnvironmentVariableType = 'PLAINTEXT' | 'PARAMETER_STORE' | 'SECRETS_MANAGER';

export interface EnvironmentVariable {
  name: string;
  value: string;
  type?: EnvironmentVariableType;
}

export interface ProjectSource {
  type: string;
  location?: string;
  buildspec?: string;
  gitCloneDepth?: number;
  insecureSsl?: boolean;
}

export interface ProjectEnvironment {
  type: string;
  image: string;
  computeType: string;
  privilegedMode?: boolean;
  environmentVariables?: EnvironmentVariable[];
  imagePullCredentialsType?: string;
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

export interface Project {
  name: string;
  arn: string;
  description?: string;
  source: ProjectSource;
  sourceVersion?: string;
  artifacts: ProjectArtifacts;
  cache?: ProjectCache;
  environment: ProjectEnvironment;
  serviceRole: string;
  timeoutInMinutes: number;
  queuedTimeoutInMinutes: number;
  created: number;
  lastModified: number;
  webhook?: { url: string; filterGroups?: WebhookFilter[][]; buildType?: string };
  badge: { badgeEnabled: boolean; badgeRequestUrl?: string };
  concurrentBuildLimit?: number;
}

export interface PhaseContext {
  statusCode?: string;
  message?: string;
}

export interface BuildPhase {
  phaseType: string;
  phaseStatus?: BuildStatus;
  startTime: number;
  endTime?: number;
  durationInSeconds?: number;
  contexts?: PhaseContext[];
}

export interface Build {
  id: string;
  arn: string;
  buildNumber: number;
  startTime: number;
  endTime?: number;
  currentPhase: string;
  buildStatus: BuildStatus;
  sourceVersion?: string;
  resolvedSourceVersion?: string;
  projectName: string;
  phases: BuildPhase[];
  source: ProjectSource;
  artifacts?: { location?: string; md5sum?: string; sha256sum?: string };
  environment: ProjectEnvironment;
  serviceRole?: string;
  logs?: { groupName?: string; streamName?: string; deepLink?: string };
  timeoutInMinutes: number;
  queuedTimeoutInMinutes: number;
  buildComplete: boolean;
  initiator?: string;
  exportedEnvironmentVariables?: { name: string; value: string }[];
  reportArns?: string[];
  /** Simulator additions for pull-request builds (docs/codebuild-simulation.md). */
  pullRequestId?: string;
  revisionId?: string;
}

export type TestCaseStatus = 'SUCCEEDED' | 'FAILED' | 'ERROR' | 'SKIPPED' | 'UNKNOWN';

export interface Report {
  arn: string;
  type: 'TEST' | 'CODE_COVERAGE';
  name: string;
  reportGroupArn: string;
  executionId: string;
  status: string;
  created: number;
  testSummary?: { total: number; statusCounts: Record<string, number>; durationInNanoSeconds: number };
  codeCoverageSummary?: {
    lineCoveragePercentage: number;
    linesCovered: number;
    linesMissed: number;
    branchCoveragePercentage?: number;
    branchesCovered?: number;
    branchesMissed?: number;
  };
}

export interface TestCase {
  reportArn: string;
  testRawDataPath?: string;
  prefix?: string;
  name: string;
  status: TestCaseStatus;
  durationInNanoSeconds?: number;
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
}

/** The fields CreateProject and UpdateProject take. */
export interface ProjectInput {
  name: string;
  description?: string;
  source: ProjectSource;
  sourceVersion?: string;
  artifacts: ProjectArtifacts;
  cache?: ProjectCache;
  environment: ProjectEnvironment;
  serviceRole: string;
  timeoutInMinutes?: number;
  queuedTimeoutInMinutes?: number;
  badgeEnabled?: boolean;
}

import type { Timer } from './core/queue';
import type { RngState } from './core/rng';
import type { SimMillis } from './core/time';
import type { CodeArtifactState } from './codeartifact/state';
import type { CodeBuildState } from './codebuild/state';
import type { CodeCommitState } from './codecommit/state';
import type { CodeDeployState } from './codedeploy/state';
import type { CodeGuruProfilerState } from './codeguru-profiler/state';
import type { CodeGuruReviewerState } from './codeguru-reviewer/state';
import type { CodePipelineState } from './codepipeline/state';
import type { FleetState } from './fleet/state';
import type { IamState } from './iam/state';
import type { LogsState } from './logs/state';
import type { S3State } from './s3/state';
import type { SecretsManagerState } from './secretsmanager/state';
import type { SsmState } from './ssm/state';

/** Bumped whenever the shape below changes; scenario snapshots carry it (see scenario/migrate.ts). */
export const WORLD_FORMAT_VERSION = 1;

/** The simulated AWS account: one region, each service's resources in its own slice. */
export interface Account {
  accountId: string;
  region: string;
  iam: IamState;
  codecommit: CodeCommitState;
  codebuild: CodeBuildState;
  ssm: SsmState;
  secretsmanager: SecretsManagerState;
  logs: LogsState;
  s3: S3State;
  fleet: FleetState;
  codedeploy: CodeDeployState;
  codepipeline: CodePipelineState;
  codeguruProfiler: CodeGuruProfilerState;
  codeguruReviewer: CodeGuruReviewerState;
  codeartifact: CodeArtifactState;
}

/**
 * The whole simulated world as plain, serialisable data. Everything that decides what happens
 * next is in here (clock, PRNG state, pending timers), so a snapshot restored later runs on
 * exactly as the original would have.
 */
export interface World {
  formatVersion: number;
  scenarioName: string;
  seed: number;
  /** The wall-clock instant virtual time 0 stands for (ISO-8601). */
  startTime: string;
  startEpochMs: number;
  now: SimMillis;
  rng: RngState;
  /** Next tie-breaker for timers scheduled at the same instant. */
  timerSeq: number;
  /** Number of events emitted so far; the next event's `seq`. */
  eventSeq: number;
  queue: Timer[];
  account: Account;
}

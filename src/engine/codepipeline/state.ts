import type { SimMillis } from '../core/time';
import type { ActionTypeId, PipelineDeclaration } from '../specs/pipeline/types';

/**
 * CodePipeline's slice of the world (aws-facts §1). The declaration is kept exactly as it was created or
 * last updated (JSON, camelCase, `version` included), so GetPipeline answers what was put.
 */
export interface CodePipelineState {
  pipelines: Record<string, Pipeline>;
  executions: Record<string, PipelineExecution>;
  /** Pipeline name → its execution IDs, oldest first (ListPipelineExecutions answers newest first). */
  executionOrder: Record<string, string[]>;
  actionExecutions: Record<string, ActionExecution>;
  /**
   * What an Invoke action (Lambda, Step Functions) or another action the simulator cannot really run answers:
   * set by the user ahead of time (`<pipeline>/<stage>/<action>` → outcome); absent means success.
   */
  actionOutcomes: Record<string, SimulatedOutcome>;
  /** CodeStar connections the account has (ConnectionArn → provider and status); their repositories are CodeCommit ones. */
  connections: Record<string, Connection>;
}

export interface Pipeline {
  declaration: PipelineDeclaration;
  pipelineArn: string;
  created: SimMillis;
  updated: SimMillis;
  tags: { key: string; value: string }[];
  /** Stage name → the transition into it, present only while it is disabled. */
  disabledTransitions: Record<string, DisabledTransition>;
  /** Stage name → which executions hold or wait for it (rules of the execution mode, aws-facts §1.5). */
  stages: Record<string, StageRuntime>;
  /** V1-style change detection: the commit / object each source action last started an execution for. */
  lastSeenSourceRevisions: Record<string, string>;
  /** The declarations of the versions before the current one, oldest first (GetPipeline with `version`). */
  previousVersions?: PipelineDeclaration[];
}

export interface DisabledTransition {
  reason: string;
  lastChangedBy: string;
  lastChangedAt: SimMillis;
}

export interface StageRuntime {
  /** The execution the stage last ran or is running (GetPipelineState's `latestExecution`). */
  latestExecutionId?: string;
  /** Executions inside the stage now: one for SUPERSEDED and QUEUED, any number for PARALLEL. */
  runningExecutionIds: string[];
  /** Executions waiting to enter, oldest first (`inboundExecutions`); SUPERSEDED keeps at most one. */
  inboundExecutionIds: string[];
}

export type PipelineExecutionStatus =
  'Cancelled' | 'InProgress' | 'Stopped' | 'Stopping' | 'Succeeded' | 'Superseded' | 'Failed';
export type StageExecutionStatus =
  'Cancelled' | 'InProgress' | 'Failed' | 'Stopped' | 'Stopping' | 'Succeeded' | 'Skipped';
export type ActionExecutionStatus = 'InProgress' | 'Abandoned' | 'Succeeded' | 'Failed';
export type TriggerType =
  | 'CreatePipeline'
  | 'StartPipelineExecution'
  | 'PollForSourceChanges'
  | 'Webhook'
  | 'CloudWatchEvent'
  | 'PutActionRevision'
  | 'WebhookV2'
  | 'ManualRollback'
  | 'AutomatedRollback';

export interface ArtifactLocation {
  bucket: string;
  key: string;
}

export interface SourceRevision {
  actionName: string;
  revisionId: string;
  revisionSummary?: string;
  revisionUrl?: string;
}

export interface PipelineExecution {
  pipelineExecutionId: string;
  pipelineName: string;
  /** The declaration version the execution runs (it keeps running it if the pipeline is updated). */
  pipelineVersion: number;
  status: PipelineExecutionStatus;
  statusSummary?: string;
  executionMode: 'SUPERSEDED' | 'QUEUED' | 'PARALLEL';
  executionType: 'STANDARD' | 'ROLLBACK';
  trigger: { triggerType: TriggerType; triggerDetail: string };
  startTime: SimMillis;
  lastUpdateTime: SimMillis;
  /** A copy of the declaration it runs, so later updates do not change a running execution. */
  declaration: PipelineDeclaration;
  sourceRevisions: SourceRevision[];
  /** Pipeline-level variables (`#{variables.name}`) with the values this execution resolved. */
  variables: { name: string; resolvedValue: string }[];
  /** Namespace → output variables of the action that declared it (`#{SourceVariables.CommitId}`). */
  outputVariables: Record<string, Record<string, string>>;
  /** Artifact name → where the action that produced it stored it in the artifact store. */
  artifacts: Record<string, ArtifactLocation>;
  /** Stage name → this execution's run of it; absent until the execution reaches the stage. */
  stages: Record<string, StageRun>;
  /** Index of the stage the execution is in or waiting for (stages.length once it is done). */
  stageIndex: number;
  /** Waiting in front of `stageIndex` (a locked stage or a disabled transition) rather than inside it. */
  waiting: boolean;
  stopTrigger?: { reason: string; abandon: boolean };
  /** Set when the execution ended `Superseded`: the execution that replaced it. */
  supersededBy?: string;
  /** ROLLBACK executions: the execution whose stage is rolled back. */
  rollbackMetadata?: { rollbackTargetPipelineExecution: string };
  /** Release change overrides: source action name → revision it was started with. */
  sourceRevisionOverrides?: {
    actionName: string;
    revisionType: 'COMMIT_ID' | 'IMAGE_DIGEST' | 'S3_OBJECT_VERSION_ID' | 'S3_OBJECT_KEY';
    revisionValue: string;
  }[];
  /** StartPipelineExecution's idempotency token: the same token starts no second execution. */
  clientRequestToken?: string;
}

export interface StageRun {
  status: StageExecutionStatus;
  /** Each retry of the stage is a new attempt; its action executions are new too. */
  attempt: number;
  startTime: SimMillis;
  endTime?: SimMillis;
  /** Action name → the action execution of the current attempt. */
  actionExecutionIds: Record<string, string>;
  /** The runOrder group currently running (actions of lower runOrder are done). */
  runOrder: number;
  /** Retries of the stage so far (GetPipelineState's `retryStageMetadata`); absent until the first retry. */
  retryStageMetadata?: {
    autoStageRetryAttempt: number;
    manualStageRetryAttempt: number;
    latestRetryTrigger: 'AutomatedStageRetry' | 'ManualStageRetry';
  };
  /** The stage's conditions evaluated in this run (V2 `beforeEntry`, `onSuccess`, `onFailure`). */
  conditions?: Partial<
    Record<
      'beforeEntry' | 'onSuccess' | 'onFailure',
      { status: 'Succeeded' | 'Failed'; summary: string; lastStatusChange: SimMillis }
    >
  >;
}

export interface ActionExecution {
  actionExecutionId: string;
  pipelineExecutionId: string;
  pipelineName: string;
  pipelineVersion: number;
  stageName: string;
  actionName: string;
  actionTypeId: ActionTypeId;
  runOrder: number;
  status: ActionExecutionStatus;
  startTime: SimMillis;
  lastUpdateTime: SimMillis;
  /** Who approved/rejected (Manual), or the pipeline's service role otherwise. */
  updatedBy?: string;
  input: {
    configuration: Record<string, string>;
    /** The configuration with `#{...}` variables resolved. */
    resolvedConfiguration: Record<string, string>;
    inputArtifacts: { name: string; location: ArtifactLocation }[];
    region: string;
    namespace?: string;
    roleArn?: string;
  };
  output: {
    outputArtifacts: { name: string; location: ArtifactLocation }[];
    outputVariables: Record<string, string>;
    executionResult?: {
      externalExecutionId?: string;
      externalExecutionSummary?: string;
      externalExecutionUrl?: string;
      errorDetails?: { code: string; message: string };
    };
  };
  /** What the action is waiting on in another service, so that service's events complete it. */
  external?: { kind: 'build'; buildId: string } | { kind: 'deployment'; deploymentId: string } | { kind: 'timer' };
  /** Manual approval: the token PutApprovalResult must quote, and when the approval times out. */
  approval?: { token: string; expiresAt: SimMillis; summary?: string; status?: 'Approved' | 'Rejected' };
}

export interface SimulatedOutcome {
  result: 'Succeeded' | 'Failed';
  /** Virtual seconds the action takes. */
  durationSeconds: number;
  message?: string;
  outputVariables?: Record<string, string>;
}

export interface Connection {
  connectionName: string;
  providerType: 'GitHub' | 'GitHubEnterpriseServer' | 'Bitbucket' | 'GitLab';
  connectionStatus: 'AVAILABLE' | 'PENDING' | 'ERROR';
  /** `owner` of `owner/repo`: a FullRepositoryId `owner/name` reads the CodeCommit repository `name`. */
  ownerId: string;
}

export const emptyCodePipelineState = (): CodePipelineState => ({
  pipelines: {},
  executions: {},
  executionOrder: {},
  actionExecutions: {},
  actionOutcomes: {},
  connections: {},
});

/**
 * A CodePipeline declaration as `get-pipeline` prints it and `create-pipeline` takes it (aws-facts §1.3).
 * Plain JSON: whatever the designer does not model (conditions, triggers, fields of newer API versions)
 * travels along untouched, which is why every shape is open.
 */
export interface PipelineDeclaration {
  name: string;
  roleArn: string;
  artifactStore?: ArtifactStore;
  artifactStores?: Record<string, ArtifactStore>;
  stages: StageDeclaration[];
  version?: number;
  executionMode?: 'SUPERSEDED' | 'QUEUED' | 'PARALLEL';
  pipelineType?: 'V1' | 'V2';
  variables?: PipelineVariableDeclaration[];
  triggers?: PipelineTriggerDeclaration[];
  [field: string]: unknown;
}

export interface ArtifactStore {
  type: 'S3';
  location: string;
  encryptionKey?: { id: string; type: 'KMS' };
  [field: string]: unknown;
}

export interface StageDeclaration {
  name: string;
  blockers?: { name: string; type: 'Schedule' }[];
  actions: ActionDeclaration[];
  onFailure?: FailureConditions;
  onSuccess?: { conditions: Condition[]; [field: string]: unknown };
  beforeEntry?: { conditions: Condition[]; [field: string]: unknown };
  [field: string]: unknown;
}

export interface FailureConditions {
  result?: 'ROLLBACK' | 'FAIL' | 'RETRY' | 'SKIP';
  retryConfiguration?: { retryMode: 'ALL_ACTIONS' | 'FAILED_ACTIONS' };
  conditions?: Condition[];
  [field: string]: unknown;
}

export interface Condition {
  result?: 'ROLLBACK' | 'FAIL' | 'RETRY' | 'SKIP';
  rules?: {
    name: string;
    ruleTypeId: { category: 'Rule'; owner?: 'AWS'; provider: string; version?: string };
    configuration?: Record<string, string>;
    inputArtifacts?: { name: string }[];
    roleArn?: string;
    region?: string;
    timeoutInMinutes?: number;
    commands?: string[];
  }[];
  [field: string]: unknown;
}

export interface ActionTypeId {
  category: 'Source' | 'Build' | 'Deploy' | 'Test' | 'Invoke' | 'Approval' | 'Compute';
  owner: 'AWS' | 'ThirdParty' | 'Custom';
  provider: string;
  version: string;
}

export interface ActionDeclaration {
  name: string;
  actionTypeId: ActionTypeId;
  runOrder?: number;
  configuration?: Record<string, string>;
  commands?: string[];
  outputArtifacts?: { name: string; files?: string[] }[];
  inputArtifacts?: { name: string }[];
  outputVariables?: string[];
  roleArn?: string;
  region?: string;
  namespace?: string;
  timeoutInMinutes?: number;
  environmentVariables?: { name: string; value: string; type?: 'PLAINTEXT' | 'SECRETS_MANAGER' }[];
  [field: string]: unknown;
}

export interface PipelineVariableDeclaration {
  name: string;
  defaultValue?: string;
  description?: string;
}

export interface GitFilter {
  includes?: string[];
  excludes?: string[];
}

export interface PipelineTriggerDeclaration {
  providerType: 'CodeStarSourceConnection';
  gitConfiguration: {
    sourceActionName: string;
    push?: { tags?: GitFilter; branches?: GitFilter; filePaths?: GitFilter }[];
    pullRequest?: {
      events?: ('OPEN' | 'UPDATED' | 'CLOSED')[];
      branches?: GitFilter;
      filePaths?: GitFilter;
    }[];
  };
}

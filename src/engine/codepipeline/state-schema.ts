import { z } from 'zod';

/**
 * CodePipeline's slice of a saved world; mirrors state.ts. The records the execution core keeps growing (pipelines,
 * executions, stage runs, action executions) are loose: a field it adds later passes through rather than making an
 * older build refuse a newer world. Declarations are open JSON (fields of newer API versions travel along).
 */

const time = z.number();
const stringMap = z.record(z.string(), z.string());

const actionTypeId = z.strictObject({
  category: z.enum(['Source', 'Build', 'Deploy', 'Test', 'Invoke', 'Approval', 'Compute']),
  owner: z.enum(['AWS', 'ThirdParty', 'Custom']),
  provider: z.string(),
  version: z.string(),
});

const declaration = z.looseObject({
  name: z.string(),
  roleArn: z.string(),
  stages: z.array(
    z.looseObject({
      name: z.string(),
      actions: z.array(z.looseObject({ name: z.string(), actionTypeId: z.looseObject({}) })),
    }),
  ),
  version: z.number().int().optional(),
  executionMode: z.enum(['SUPERSEDED', 'QUEUED', 'PARALLEL']).optional(),
  pipelineType: z.enum(['V1', 'V2']).optional(),
});

const artifactLocation = z.strictObject({ bucket: z.string(), key: z.string() });

const pipeline = z.looseObject({
  declaration,
  pipelineArn: z.string(),
  created: time,
  updated: time,
  tags: z.array(z.strictObject({ key: z.string(), value: z.string() })),
  disabledTransitions: z.record(
    z.string(),
    z.strictObject({ reason: z.string(), lastChangedBy: z.string(), lastChangedAt: time }),
  ),
  stages: z.record(
    z.string(),
    z.looseObject({
      latestExecutionId: z.string().optional(),
      runningExecutionIds: z.array(z.string()),
      inboundExecutionIds: z.array(z.string()),
    }),
  ),
  lastSeenSourceRevisions: stringMap,
  previousVersions: z.array(declaration).optional(),
});

const stageRun = z.looseObject({
  status: z.enum(['Cancelled', 'InProgress', 'Failed', 'Stopped', 'Stopping', 'Succeeded', 'Skipped']),
  attempt: z.number().int(),
  startTime: time,
  endTime: time.optional(),
  actionExecutionIds: stringMap,
  runOrder: z.number().int(),
});

const execution = z.looseObject({
  pipelineExecutionId: z.string(),
  pipelineName: z.string(),
  pipelineVersion: z.number().int(),
  status: z.enum(['Cancelled', 'InProgress', 'Stopped', 'Stopping', 'Succeeded', 'Superseded', 'Failed']),
  statusSummary: z.string().optional(),
  executionMode: z.enum(['SUPERSEDED', 'QUEUED', 'PARALLEL']),
  executionType: z.enum(['STANDARD', 'ROLLBACK']),
  trigger: z.strictObject({ triggerType: z.string(), triggerDetail: z.string() }),
  startTime: time,
  lastUpdateTime: time,
  declaration,
  sourceRevisions: z.array(
    z.strictObject({
      actionName: z.string(),
      revisionId: z.string(),
      revisionSummary: z.string().optional(),
      revisionUrl: z.string().optional(),
    }),
  ),
  variables: z.array(z.strictObject({ name: z.string(), resolvedValue: z.string() })),
  outputVariables: z.record(z.string(), stringMap),
  artifacts: z.record(z.string(), artifactLocation),
  stages: z.record(z.string(), stageRun),
  stageIndex: z.number().int(),
  waiting: z.boolean(),
  stopTrigger: z.strictObject({ reason: z.string(), abandon: z.boolean() }).optional(),
  supersededBy: z.string().optional(),
  rollbackMetadata: z.strictObject({ rollbackTargetPipelineExecution: z.string() }).optional(),
  sourceRevisionOverrides: z
    .array(
      z.strictObject({
        actionName: z.string(),
        revisionType: z.enum(['COMMIT_ID', 'IMAGE_DIGEST', 'S3_OBJECT_VERSION_ID', 'S3_OBJECT_KEY']),
        revisionValue: z.string(),
      }),
    )
    .optional(),
});

const namedArtifact = z.strictObject({ name: z.string(), location: artifactLocation });

const actionExecution = z.looseObject({
  actionExecutionId: z.string(),
  pipelineExecutionId: z.string(),
  pipelineName: z.string(),
  pipelineVersion: z.number().int(),
  stageName: z.string(),
  actionName: z.string(),
  actionTypeId,
  runOrder: z.number().int(),
  status: z.enum(['InProgress', 'Abandoned', 'Succeeded', 'Failed']),
  startTime: time,
  lastUpdateTime: time,
  updatedBy: z.string().optional(),
  input: z.looseObject({
    configuration: stringMap,
    resolvedConfiguration: stringMap,
    inputArtifacts: z.array(namedArtifact),
    region: z.string(),
    namespace: z.string().optional(),
    roleArn: z.string().optional(),
  }),
  output: z.looseObject({
    outputArtifacts: z.array(namedArtifact),
    outputVariables: stringMap,
    executionResult: z
      .looseObject({
        externalExecutionId: z.string().optional(),
        externalExecutionSummary: z.string().optional(),
        externalExecutionUrl: z.string().optional(),
        errorDetails: z.strictObject({ code: z.string(), message: z.string() }).optional(),
      })
      .optional(),
  }),
  external: z
    .discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('build'), buildId: z.string() }),
      z.strictObject({ kind: z.literal('deployment'), deploymentId: z.string() }),
      z.strictObject({ kind: z.literal('timer') }),
    ])
    .optional(),
  approval: z
    .looseObject({
      token: z.string(),
      expiresAt: time,
      summary: z.string().optional(),
      status: z.enum(['Approved', 'Rejected']).optional(),
    })
    .optional(),
});

export const SimulatedOutcomeSchema = z.strictObject({
  result: z.enum(['Succeeded', 'Failed']),
  durationSeconds: z.number().nonnegative(),
  message: z.string().optional(),
  outputVariables: stringMap.optional(),
});

export const ConnectionSchema = z.strictObject({
  connectionName: z.string(),
  providerType: z.enum(['GitHub', 'GitHubEnterpriseServer', 'Bitbucket', 'GitLab']),
  connectionStatus: z.enum(['AVAILABLE', 'PENDING', 'ERROR']),
  ownerId: z.string(),
});

export const CodePipelineStateSchema = z.strictObject({
  pipelines: z.record(z.string(), pipeline),
  executions: z.record(z.string(), execution),
  executionOrder: z.record(z.string(), z.array(z.string())),
  actionExecutions: z.record(z.string(), actionExecution),
  actionOutcomes: z.record(z.string(), SimulatedOutcomeSchema),
  connections: z.record(z.string(), ConnectionSchema),
});

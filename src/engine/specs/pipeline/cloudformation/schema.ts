/**
 * The properties of `AWS::CodePipeline::Pipeline` and its nested types, in the key order an exported template
 * writes them. A property's API name is its CloudFormation name with the first letter lowered
 * (`ActionTypeId` → `actionTypeId`), except where `ArtifactStores` turns a list into a map.
 */
export type Shape =
  | { kind: 'string' }
  | { kind: 'integer' }
  | { kind: 'boolean' }
  /** `Configuration`: a JSON object whose values CloudFormation passes on as strings. */
  | { kind: 'json' }
  | { kind: 'list'; items: Shape }
  | { kind: 'object'; name: string; fields: Readonly<Record<string, Shape>>; required?: readonly string[] }
  /** `ArtifactStores`: a list of `{Region, ArtifactStore}` in the template, a Region → store map in the API. */
  | { kind: 'storeMap' };

const string: Shape = { kind: 'string' };
const integer: Shape = { kind: 'integer' };
const strings: Shape = { kind: 'list', items: string };
const object = (name: string, fields: Record<string, Shape>, required?: readonly string[]): Shape => ({
  kind: 'object',
  name,
  fields,
  required,
});
const list = (items: Shape): Shape => ({ kind: 'list', items });

const typeId = (name: string) => object(name, { Category: string, Owner: string, Provider: string, Version: string });
const inputArtifacts = list(object('InputArtifact', { Name: string }));
const filter = object('GitBranchFilterCriteria', { Includes: strings, Excludes: strings });

export const ARTIFACT_STORE = object('ArtifactStore', {
  Type: string,
  Location: string,
  EncryptionKey: object('EncryptionKey', { Id: string, Type: string }),
});

const rule = object('RuleDeclaration', {
  Name: string,
  RuleTypeId: typeId('RuleTypeId'),
  Configuration: { kind: 'json' },
  InputArtifacts: inputArtifacts,
  RoleArn: string,
  Region: string,
  TimeoutInMinutes: integer,
  Commands: strings,
});
const conditions = list(object('Condition', { Result: string, Rules: list(rule) }));

const action = object('ActionDeclaration', {
  Name: string,
  ActionTypeId: typeId('ActionTypeId'),
  RunOrder: integer,
  Configuration: { kind: 'json' },
  InputArtifacts: inputArtifacts,
  OutputArtifacts: list(object('OutputArtifact', { Name: string, Files: strings })),
  Namespace: string,
  Region: string,
  RoleArn: string,
  TimeoutInMinutes: integer,
  Commands: strings,
  OutputVariables: strings,
  EnvironmentVariables: list(object('EnvironmentVariable', { Name: string, Value: string, Type: string })),
});

const stage = object('StageDeclaration', {
  Name: string,
  Actions: list(action),
  Blockers: list(object('BlockerDeclaration', { Name: string, Type: string })),
  OnFailure: object('FailureConditions', {
    Result: string,
    RetryConfiguration: object('RetryConfiguration', { RetryMode: string }),
    Conditions: conditions,
  }),
  OnSuccess: object('SuccessConditions', { Conditions: conditions }),
  BeforeEntry: object('BeforeEntryConditions', { Conditions: conditions }),
});

const trigger = object('PipelineTriggerDeclaration', {
  ProviderType: string,
  GitConfiguration: object('GitConfiguration', {
    SourceActionName: string,
    Push: list(object('GitPushFilter', { Tags: filter, Branches: filter, FilePaths: filter })),
    PullRequest: list(object('GitPullRequestFilter', { Events: strings, Branches: filter, FilePaths: filter })),
  }),
});

export const PIPELINE = object('AWS::CodePipeline::Pipeline', {
  Name: string,
  RoleArn: string,
  ArtifactStore: ARTIFACT_STORE,
  ArtifactStores: { kind: 'storeMap' },
  PipelineType: string,
  ExecutionMode: string,
  Variables: list(object('VariableDeclaration', { Name: string, DefaultValue: string, Description: string })),
  Triggers: list(trigger),
  RestartExecutionOnUpdate: { kind: 'boolean' },
  DisableInboundStageTransitions: list(
    object('StageTransition', { StageName: string, Reason: string }, ['StageName', 'Reason']),
  ),
  Stages: list(stage),
  Tags: list(object('Tag', { Key: string, Value: string }, ['Key', 'Value'])),
}) as Extract<Shape, { kind: 'object' }>;

/** Properties CloudFormation has and the pipeline declaration does not: kept beside the declaration. */
export const TEMPLATE_ONLY_PROPERTIES = ['RestartExecutionOnUpdate', 'DisableInboundStageTransitions', 'Tags'] as const;

export const apiName = (property: string) => property.charAt(0).toLowerCase() + property.slice(1);
export const propertyName = (api: string) => api.charAt(0).toUpperCase() + api.slice(1);

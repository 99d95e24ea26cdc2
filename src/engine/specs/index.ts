export type { Diagnostic, DiagnosticSeverity, SourceRange } from './diagnostics';
export { hasErrors, sortDiagnostics } from './diagnostics';
export { loadYaml, MAX_ALIAS_COUNT, MAX_DEPTH, MAX_FILE_BYTES } from './yaml/load-yaml';
export type { LoadYamlOptions, YamlFile } from './yaml/load-yaml';
export { parseBuildspec, splitSecretReference } from './buildspec/parse-buildspec';
export { buildspecYamlFileError } from './buildspec/yaml-file-error';
export { buildspecJsonSchema } from './buildspec/json-schema';
export type { JsonSchema } from './buildspec/json-schema';
export { parseOnFailure } from './buildspec/on-failure';
export { locationMatchesAny } from './buildspec/glob';
export {
  buildspecKeyDoc,
  COVERAGE_REPORT_FORMATS,
  PHASE_NAMES,
  REPORT_FORMATS,
  SHELLS,
  TEST_REPORT_FORMATS,
} from './buildspec/keys';
export type { BuildspecVersion, PhaseName } from './buildspec/keys';
export type {
  BatchEnv,
  BatchTask,
  Buildspec,
  BuildspecArtifacts,
  BuildspecArtifactSet,
  BuildspecBatch,
  BuildspecCache,
  BuildspecCommand,
  BuildspecContext,
  BuildspecEnv,
  BuildspecParseResult,
  BuildspecPhase,
  BuildspecReportGroup,
  OnFailure,
} from './buildspec/types';
export { parseAppSpec, APPSPEC_CONTEXT_ERROR_CODES } from './appspec/parse-appspec';
export type { ParseAppSpecOptions } from './appspec/parse-appspec';
export { appspecJsonSchema, combinedAppspecJsonSchema } from './appspec/json-schema';
export {
  APPSPEC_HOOK_DOCS,
  APPSPEC_HOOK_EVENTS,
  APPSPEC_LIFECYCLE_EVENTS,
  APPSPEC_RESERVED_EVENTS,
  MAX_EVENT_TIMEOUT_SECONDS,
  TASK_DEFINITION_PLACEHOLDER,
} from './appspec/keys';
export type {
  AppSpec,
  AppSpecContext,
  AppSpecFile,
  AppSpecHookScript,
  AppSpecParseResult,
  AppSpecPermission,
  AppSpecPlatform,
  EcsAppSpec,
  LambdaAppSpec,
  ServerAppSpec,
} from './appspec/types';
export { parsePipeline } from './pipeline/parse-pipeline';
export type { ParsePipelineOptions, PipelineParseResult } from './pipeline/parse-pipeline';
export { ACTION_CATEGORIES, ACTION_OWNERS, ACTION_TYPES } from './pipeline/providers';
export type { ActionTypeRule, ArtifactCount } from './pipeline/providers';
export type { CheckDeclarationOptions } from './pipeline/parse-pipeline';
export { pipelineToJson } from './pipeline/pipeline-json';
export { parseCloudFormationPipelines, PIPELINE_RESOURCE_TYPE } from './pipeline/cloudformation/parse-template';
export type {
  CloudFormationParseResult,
  CloudFormationPipeline,
  ParseCloudFormationOptions,
} from './pipeline/cloudformation/parse-template';
export { pipelineToCloudFormation } from './pipeline/cloudformation/export';
export type { PipelineToCloudFormationOptions } from './pipeline/cloudformation/export';
export { updateCloudFormationTemplate } from './pipeline/cloudformation/update-template';
export { INTRINSIC_FUNCTIONS, isIntrinsic } from './pipeline/cloudformation/intrinsics';

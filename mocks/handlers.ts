import type { EngineClient } from '../src/worker/protocol';
import { json11Handler } from './protocol/json-1.1';
import { restJsonHandler } from './protocol/rest-json';
import type { RestJsonServiceApi } from '../src/engine/core/rest-json';
import { codeartifactApi } from '../src/engine/codeartifact/http-bindings';
import { codeguruReviewerApi } from '../src/engine/codeguru-reviewer/http-bindings';
import { codeguruProfilerApi } from '../src/engine/codeguru-profiler/http-bindings';
import { restS3Handler } from './protocol/rest-s3';
import { codebuildApi } from './services/codebuild';
import { codecommitApi, codecommitSimulatorApi } from './services/codecommit';
import { codedeployApi, codedeploySimulatorApi } from './services/codedeploy';
import { codepipelineApi, codepipelineSimulatorApi } from './services/codepipeline';
import { FLEET_APIS } from './services/fleet';
import { iamApi } from './services/iam';
import { logsApi } from './services/logs';
import { secretsmanagerApi } from './services/secretsmanager';
import { ssmApi } from './services/ssm';

export const SERVICE_APIS = [
  codecommitApi,
  codecommitSimulatorApi,
  iamApi,
  codebuildApi,
  ssmApi,
  secretsmanagerApi,
  logsApi,
  codedeployApi,
  codedeploySimulatorApi,
  codepipelineApi,
  codepipelineSimulatorApi,
  ...FLEET_APIS,
] as const;

/** The REST-JSON services (CodeArtifact, CodeGuru Reviewer, CodeGuru Profiler). */
export const REST_JSON_APIS: readonly RestJsonServiceApi[] = [
  codeartifactApi,
  codeguruReviewerApi,
  codeguruProfilerApi,
];

/** Every mocked service endpoint, answering from the engine the getter returns. */
export const createHandlers = (engine: () => EngineClient | undefined) => [
  ...SERVICE_APIS.map((api) => json11Handler(api, engine)),
  ...REST_JSON_APIS.map((api) => restJsonHandler(api, engine)),
  restS3Handler(engine),
];

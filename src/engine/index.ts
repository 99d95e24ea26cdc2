/**
 * The engine's public surface: build a world from a scenario, run it, snapshot it. Everything
 * here is pure and deterministic (see README.md).
 */
import { codeartifact } from './codeartifact';
import { emptyCodeArtifactState } from './codeartifact/state';
import { codebuild } from './codebuild';
import { emptyCodeBuildState } from './codebuild/state';
import { codecommit } from './codecommit';
import { codedeploy } from './codedeploy';
import { emptyCodeDeployState } from './codedeploy/state';
import { codeguruProfiler } from './codeguru-profiler';
import { emptyCodeGuruProfilerState } from './codeguru-profiler/state';
import { codeguruReviewer } from './codeguru-reviewer';
import { emptyCodeGuruReviewerState } from './codeguru-reviewer/state';
import { codepipeline } from './codepipeline';
import { emptyCodePipelineState } from './codepipeline/state';
import { Simulation, type ServiceModule } from './core/simulation';
import { FLEET_SERVICES } from './fleet';
import { emptyFleetState } from './fleet/state';
import { iam } from './iam';
import { logs } from './logs';
import { emptyLogsState } from './logs/state';
import { s3 } from './s3';
import { emptyS3State } from './s3/state';
import { secretsmanager } from './secretsmanager';
import { emptySecretsManagerState } from './secretsmanager/state';
import { ssm } from './ssm';
import { emptySsmState } from './ssm/state';
import type { World } from './world';

export const SERVICES: readonly ServiceModule[] = [
  codecommit,
  iam,
  codebuild,
  ssm,
  secretsmanager,
  logs,
  s3,
  ...FLEET_SERVICES,
  codedeploy,
  codepipeline,
  codeguruProfiler,
  codeguruReviewer,
  codeartifact,
];

/** Worlds saved before a service existed lack its slice: it starts empty. */
function withAllSlices(world: World): World {
  const account = world.account as Partial<World['account']> & World['account'];
  account.codebuild ??= emptyCodeBuildState();
  account.ssm ??= emptySsmState();
  account.secretsmanager ??= emptySecretsManagerState();
  account.logs ??= emptyLogsState();
  account.s3 ??= emptyS3State();
  account.fleet ??= emptyFleetState();
  account.codedeploy ??= emptyCodeDeployState();
  account.codepipeline ??= emptyCodePipelineState();
  account.codeguruProfiler ??= emptyCodeGuruProfilerState();
  account.codeguruReviewer ??= emptyCodeGuruReviewerState();
  account.codeartifact ??= emptyCodeArtifactState();
  account.fleet.generator ??= emptyFleetState().generator;
  return world;
}

export const createSimulation = (world: World) => new Simulation(withAllSlices(world), SERVICES);

export { Simulation } from './core/simulation';
export type { Command, CommandResult, ServiceModule, SimContext } from './core/simulation';
export { toEventBridge, SIMULATOR_SOURCE, type EventBridgeEvent, type SimEvent } from './core/events';
export type { AwsErrorShape } from './core/aws-error';
export { formatDuration, parseDuration, simMillis, type SimMillis } from './core/time';
export { createWorld } from './scenario/create-world';
export {
  describeProblem,
  loadScenario,
  MAX_SCENARIO_BYTES,
  type ScenarioLoadResult,
  type ScenarioProblem,
} from './scenario/load';
export {
  ScenarioSchema,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  type Scenario,
  type ScenarioInput,
} from './scenario/schema';
export type { World } from './world';

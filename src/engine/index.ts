/**
 * The engine's public surface: build a world from a scenario, run it, snapshot it. Everything
 * here is pure and deterministic (see README.md).
 */
import { codecommit } from './codecommit';
import { Simulation, type ServiceModule } from './core/simulation';
import { iam } from './iam';
import type { World } from './world';

export const SERVICES: readonly ServiceModule[] = [codecommit, iam];

export const createSimulation = (world: World) => new Simulation(world, SERVICES);

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

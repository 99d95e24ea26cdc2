import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createSimulation,
  createWorld,
  loadScenario,
  parseDuration,
  toEventBridge,
  type Command,
  type EventBridgeEvent,
  type ScenarioInput,
  type Simulation,
} from '../index';

// Resolved from this file's path, not a URL, so it also works under jsdom (where URLs are http:).
const DEMO_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/scenarios/demo.json');

export const demoScenarioText = () => readFileSync(DEMO_PATH, 'utf8');

/** A minimal valid scenario, with overrides. */
export function scenario(overrides: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    format: 'cicdlab-scenario',
    version: 1,
    name: 'test',
    seed: 1,
    startTime: '2026-01-05T09:00:00Z',
    account: { accountId: '123456789012', region: 'us-east-1', codecommit: { repositories: [] } },
    script: [],
    ...overrides,
  };
}

/**
 * Test driver with a manual clock: `sim.advance('5m')`, `sim.call(...)`, and the event log as
 * EventBridge JSON, exactly what `npm run sim` would print.
 */
export class SimDriver {
  readonly sim: Simulation;
  readonly log: EventBridgeEvent[] = [];

  constructor(sim: Simulation) {
    this.sim = sim;
  }

  static fromText(text: string, seed?: number): SimDriver {
    const loaded = loadScenario(text);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    return new SimDriver(createSimulation(createWorld(loaded.scenario, seed)));
  }

  static from(input: ScenarioInput, seed?: number): SimDriver {
    return SimDriver.fromText(JSON.stringify(input), seed);
  }

  advance(duration: string): this {
    const ms = parseDuration(duration);
    if (ms === undefined) throw new Error(`bad duration ${duration}`);
    this.sim.advanceTo(this.sim.now + ms, (events) => this.record(events));
    return this;
  }

  call(service: string, operation: string, input: Command['input'] = {}) {
    const result = this.sim.execute({ service, operation, input });
    this.record(result.events);
    return result;
  }

  /** The output of a call that must succeed. */
  ok<T = Record<string, unknown>>(service: string, operation: string, input: Command['input'] = {}): T {
    const result = this.call(service, operation, input);
    if (!result.ok) throw new Error(`${operation} failed: ${result.error.type}: ${result.error.message}`);
    return result.output as T;
  }

  logText(): string {
    return this.log.map((e) => JSON.stringify(e)).join('\n');
  }

  private record(events: Parameters<Parameters<Simulation['advanceTo']>[1]>[0]): void {
    for (const e of events) this.log.push(toEventBridge(this.sim.world, e));
  }
}

import {
  createSimulation,
  createWorld,
  describeProblem,
  loadScenario,
  toEventBridge,
  type Command,
  type EventBridgeEvent,
  type Scenario,
  type SimEvent,
  type Simulation,
} from '../engine';
import { WORLD_FORMAT_VERSION } from '../engine/world';
import type {
  BootResult,
  ClockStatus,
  ExecuteResult,
  ImportResult,
  ScenarioSource,
  Speed,
  StreamListener,
  StreamMessage,
} from './protocol';
import type { SavedWorld, WorldStorage } from './storage';

/** Wall-clock services the host needs; injected so tests can drive it by hand. */
export interface HostClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface HostOptions {
  clock: HostClock;
  storage: WorldStorage;
  /** Wall milliseconds between clock ticks (and event batches): about one frame. */
  tickMs?: number;
  /** How many recent events are kept for the Events view and saved with the world. */
  maxRecentEvents?: number;
}

const AUTOSAVE_WALL_MS = 3000;
/** A tab in the background may not tick for a while; virtual time does not leap to catch up. */
const MAX_TICK_WALL_MS = 1000;
/** "As fast as possible": wall time spent simulating per tick, and the longest single jump. */
const MAX_SPEED_BUDGET_MS = 25;
const MAX_SPEED_JUMP_MS = 10 * 60 * 1000;

const READ_ONLY = /^(Get|List|Describe|BatchGet|Evaluate)/;

/**
 * Runs one world against the wall clock at the chosen speed: the imperative shell around the
 * pure engine. It streams events in batches (one per tick), keeps recent events, and saves the
 * world after every change and every few seconds while it runs.
 */
export class EngineHost {
  private sim: Simulation | undefined;
  private origin: ScenarioSource | undefined;
  private speed: Speed = 1;
  private recent: EventBridgeEvent[] = [];
  private outbox: EventBridgeEvent[] = [];
  private readonly listeners = new Set<StreamListener>();
  private timer: unknown;
  private lastWall = 0;
  private carry = 0;
  private lastSave = 0;
  private readonly tickMs: number;
  private readonly maxRecent: number;

  constructor(private readonly options: HostOptions) {
    this.tickMs = options.tickMs ?? 16;
    this.maxRecent = options.maxRecentEvents ?? 5000;
  }

  async boot(scenario: ScenarioSource, requested: boolean): Promise<BootResult> {
    const saved = await this.options.storage.load();
    const usable = saved && saved.world.formatVersion === WORLD_FORMAT_VERSION ? saved : undefined;
    if (usable && requested && usable.origin.name !== scenario.name) {
      return {
        state: 'conflict',
        savedScenario: usable.origin.name,
        savedNow: usable.world.now,
        requestedScenario: scenario.name,
      };
    }
    if (usable) {
      this.install(createSimulation(usable.world), usable.origin, usable.speed, usable.recentEvents);
    } else {
      const result = this.replaceWith(scenario);
      if (!result.ok)
        throw new Error(`The scenario ${scenario.name} could not be loaded:\n${result.problems.join('\n')}`);
      await this.save();
    }
    return { state: 'running', ownership: 'owner' };
  }

  async execute(command: Command): Promise<ExecuteResult> {
    const sim = this.requireSim();
    const result = sim.execute(command);
    this.collect(result.events);
    this.flush();
    if (result.ok && !READ_ONLY.test(command.operation)) await this.save();
    return result.ok ? { ok: true, output: result.output } : { ok: false, error: result.error };
  }

  async setSpeed(speed: Speed): Promise<void> {
    this.requireSim();
    this.speed = speed;
    this.restartLoop();
    this.publish({ type: 'clock', clock: this.clockStatus() });
    await this.save();
  }

  async step(): Promise<void> {
    const sim = this.requireSim();
    this.speed = 'paused';
    this.restartLoop();
    this.collect(sim.step());
    this.flush(true);
    await this.save();
  }

  async advance(ms: number): Promise<void> {
    const sim = this.requireSim();
    sim.advanceTo(sim.now + Math.max(0, ms), (events) => this.collect(events));
    this.flush(true);
    await this.save();
  }

  async status(): Promise<ClockStatus> {
    return this.clockStatus();
  }

  async exportScenario(): Promise<string> {
    const sim = this.requireSim();
    const origin = this.originScenario();
    return `${JSON.stringify({ ...origin, snapshot: sim.snapshot() }, null, 2)}\n`;
  }

  async importScenario(text: string, byteSize: number): Promise<ImportResult> {
    const result = this.replaceWith({ name: '', text }, byteSize);
    if (result.ok) await this.save();
    return result;
  }

  async reset(): Promise<void> {
    if (!this.origin) return;
    this.replaceWith(this.origin);
    await this.save();
  }

  subscribe(listener: StreamListener): () => void {
    this.listeners.add(listener);
    if (this.sim) listener({ type: 'world', events: [...this.recent], clock: this.clockStatus() });
    return () => this.listeners.delete(listener);
  }

  /** Stops the clock and saves, so another tab can take the world over. */
  async suspend(): Promise<void> {
    if (this.timer !== undefined) this.options.clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (this.sim) await this.save();
    this.sim = undefined;
  }

  publish(message: StreamMessage): void {
    for (const l of this.listeners) l(message);
  }

  /** Validates a scenario file and, only if it is good, makes it the world. */
  private replaceWith(source: ScenarioSource, byteSize = source.text.length): ImportResult {
    const loaded = loadScenario(source.text, byteSize);
    if (!loaded.ok) return { ok: false, problems: loaded.problems.map(describeProblem) };
    const origin = { name: source.name || loaded.scenario.name, text: source.text };
    this.install(createSimulation(createWorld(loaded.scenario)), origin, this.sim ? this.speed : 1, []);
    return { ok: true };
  }

  private install(sim: Simulation, origin: ScenarioSource, speed: Speed, recent: EventBridgeEvent[]): void {
    this.sim = sim;
    this.origin = origin;
    this.speed = speed;
    this.recent = recent;
    this.outbox = [];
    this.carry = 0;
    this.publish({ type: 'world', events: [...recent], clock: this.clockStatus() });
    this.restartLoop();
  }

  private originScenario(): Omit<Scenario, 'snapshot'> {
    const loaded = this.origin && loadScenario(this.origin.text);
    if (!loaded || !loaded.ok) throw new Error('The world has no origin scenario');
    const { snapshot: _ignored, ...rest } = loaded.scenario;
    return rest;
  }

  private restartLoop(): void {
    const { clock } = this.options;
    if (this.timer !== undefined) clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.lastWall = clock.now();
    if (this.speed !== 'paused') this.timer = clock.setTimeout(this.tick, this.tickMs);
  }

  private readonly tick = () => {
    const sim = this.sim;
    if (!sim) return;
    const { clock } = this.options;
    const wall = clock.now();
    const elapsed = Math.min(wall - this.lastWall, MAX_TICK_WALL_MS);
    this.lastWall = wall;
    const onEvents = (events: SimEvent[]) => this.collect(events);
    if (this.speed === 'max') {
      const deadline = wall + MAX_SPEED_BUDGET_MS;
      do {
        const next = sim.nextAt();
        if (next === undefined) {
          // Nothing left to happen: idle rather than race the clock through empty time.
          this.speed = 'paused';
          break;
        }
        sim.advanceTo(Math.min(next, sim.now + MAX_SPEED_JUMP_MS), onEvents);
      } while (clock.now() < deadline);
    } else if (this.speed !== 'paused') {
      const virtual = elapsed * this.speed + this.carry;
      const whole = Math.floor(virtual);
      this.carry = virtual - whole;
      sim.advanceTo(sim.now + whole, onEvents);
    }
    this.flush(true);
    if (wall - this.lastSave >= AUTOSAVE_WALL_MS || this.speed === 'paused') void this.save();
    this.timer = this.speed === 'paused' ? undefined : clock.setTimeout(this.tick, this.tickMs);
  };

  private collect(events: SimEvent[]): void {
    const sim = this.sim;
    if (!sim || events.length === 0) return;
    for (const e of events) this.outbox.push(toEventBridge(sim.world, e));
  }

  private flush(withClock = false): void {
    if (this.outbox.length > 0) {
      const events = this.outbox;
      this.outbox = [];
      this.recent.push(...events);
      if (this.recent.length > this.maxRecent) this.recent.splice(0, this.recent.length - this.maxRecent);
      this.publish({ type: 'events', events, clock: this.clockStatus() });
    } else if (withClock) {
      this.publish({ type: 'clock', clock: this.clockStatus() });
    }
  }

  private async save(): Promise<void> {
    const sim = this.sim;
    if (!sim || !this.origin) return;
    this.lastSave = this.options.clock.now();
    const saved: SavedWorld = { world: sim.world, speed: this.speed, recentEvents: this.recent, origin: this.origin };
    await this.options.storage.save(saved);
  }

  private clockStatus(): ClockStatus {
    const sim = this.requireSim();
    return {
      now: sim.now,
      startEpochMs: sim.world.startEpochMs,
      speed: this.speed,
      nextAt: sim.nextAt() ?? null,
      scenarioName: this.origin?.name ?? sim.world.scenarioName,
    };
  }

  private requireSim(): Simulation {
    if (!this.sim) throw new Error('The world is not running in this tab');
    return this.sim;
  }
}

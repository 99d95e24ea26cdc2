import type { AwsErrorShape, Command, EventBridgeEvent } from '../engine';

/**
 * The one interface the main thread uses to reach the engine, whether it runs in a Web Worker
 * (browser) or in-process (Node tests, CLI). Bump PROTOCOL_VERSION when a message changes shape.
 */
export const PROTOCOL_VERSION = 1;

export const SPEEDS = ['paused', 1, 10, 60, 600, 'max'] as const;
export type Speed = (typeof SPEEDS)[number];

export interface ClockStatus {
  /** Virtual milliseconds since the world began. */
  now: number;
  startEpochMs: number;
  speed: Speed;
  /** Virtual time of the next scheduled timer, or null when nothing is scheduled. */
  nextAt: number | null;
  scenarioName: string;
}

/** Whether this tab runs the world or another tab does (only one may, so saves never collide). */
export type Ownership = 'owner' | 'standby';

export type StreamMessage =
  | { type: 'events'; events: EventBridgeEvent[]; clock: ClockStatus }
  | { type: 'clock'; clock: ClockStatus }
  /** The world was replaced (boot, reset, import): drop cached data; `events` is the backlog. */
  | { type: 'world'; events: EventBridgeEvent[]; clock: ClockStatus }
  | { type: 'ownership'; ownership: Ownership };

export type StreamListener = (message: StreamMessage) => void;

/** An operation's answer; the events it caused arrive on the stream. */
export type ExecuteResult = { ok: true; output: unknown } | { ok: false; error: AwsErrorShape };

export type ImportResult = { ok: true } | { ok: false; problems: string[] };

/** Asked at boot when the page requests a scenario different from the saved world's. */
export type BootResult =
  | { state: 'running'; ownership: Ownership }
  | { state: 'conflict'; savedScenario: string; savedNow: number; requestedScenario: string };

export interface ScenarioSource {
  name: string;
  text: string;
}

export interface EngineClient {
  readonly protocolVersion: number;
  /**
   * Starts the world: the saved one if there is one, else `scenario`. When the page asked for a
   * different scenario than the saved world's, returns a conflict and changes nothing.
   */
  boot(scenario: ScenarioSource, requested: boolean): Promise<BootResult>;
  execute(command: Command): Promise<ExecuteResult>;
  setSpeed(speed: Speed): Promise<void>;
  /** Fires timers until something happens (or nothing is left) and pauses. */
  step(): Promise<void>;
  /** Moves the clock forward by `ms` of virtual time, firing everything due on the way. */
  advance(ms: number): Promise<void>;
  status(): Promise<ClockStatus>;
  /** The world as a scenario file (with its saved state) for Export world. */
  exportScenario(): Promise<string>;
  /** Replaces the world with a scenario file's; on any problem the current world is untouched. */
  importScenario(text: string, byteSize: number): Promise<ImportResult>;
  /** Back to the start of the scenario this world came from. */
  reset(): Promise<void>;
  /** Asks the tab that runs the world to hand it over, and runs it here. */
  takeOver(): Promise<void>;
  subscribe(listener: StreamListener): () => void;
}

/** What the engine worker exposes over its message port (see worker-client.ts). */
export interface WorkerApi extends Omit<EngineClient, 'subscribe' | 'protocolVersion'> {
  subscribe(listener: StreamListener): void;
  ping(): 'pong';
}

import { createStore } from 'zustand/vanilla';
import type { EventBridgeEvent } from '../../engine';
import type { ClockStatus, EngineClient, Ownership } from '../../worker/protocol';

export type BootState =
  | { phase: 'starting' }
  | { phase: 'running' }
  /** The page asked for a scenario other than the saved world's; the user chooses. */
  | { phase: 'conflict'; savedScenario: string; savedNow: number; requestedScenario: string }
  | { phase: 'failed'; message: string };

/** How many events the Events view keeps in memory (the engine host keeps the same number). */
export const MAX_EVENTS = 5000;

export interface EngineState {
  client: EngineClient | undefined;
  boot: BootState;
  ownership: Ownership;
  clock: ClockStatus | undefined;
  /** Oldest first. */
  events: EventBridgeEvent[];
  /** Bumped when the world is replaced (reset, import), so views can drop local state. */
  worldGeneration: number;
  /** A problem the app met while starting that did not stop it (e.g. an unknown ?scenario). */
  notice: string | undefined;
}

/** UI-side mirror of the engine: connection, clock, recent events. Fed by connect.ts. */
export const engineStore = createStore<EngineState>(() => ({
  client: undefined,
  boot: { phase: 'starting' },
  ownership: 'owner',
  clock: undefined,
  events: [],
  worldGeneration: 0,
  notice: undefined,
}));

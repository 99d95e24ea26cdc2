import type { EventBridgeEvent, World } from '../engine';
import type { Speed } from './protocol';

/** What survives a reload: the world, how fast it was running, recent events, and its origin. */
export interface SavedWorld {
  world: World;
  speed: Speed;
  recentEvents: EventBridgeEvent[];
  /** The scenario file the world started from; Reset world goes back to it. */
  origin: { name: string; text: string };
}

export interface WorldStorage {
  load(): Promise<SavedWorld | undefined>;
  save(saved: SavedWorld): Promise<void>;
}

/** For Node and tests: keeps the saved world in memory. */
export function memoryStorage(): WorldStorage & { saved: SavedWorld | undefined } {
  return {
    saved: undefined,
    async load() {
      return this.saved && (JSON.parse(JSON.stringify(this.saved)) as SavedWorld);
    },
    async save(saved) {
      this.saved = JSON.parse(JSON.stringify(saved)) as SavedWorld;
    },
  };
}

import { openDB } from 'idb';
import type { SavedWorld, WorldStorage } from './storage';

const DB_NAME = 'cicdlab';
const STORE = 'worlds';
const KEY = 'current';

/** The browser's saved world, in IndexedDB (one record, replaced on every save). */
export function indexedDbStorage(): WorldStorage {
  const db = openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
  });
  return {
    async load() {
      return (await (await db).get(STORE, KEY)) as SavedWorld | undefined;
    },
    async save(saved) {
      await (await db).put(STORE, saved, KEY);
    },
  };
}

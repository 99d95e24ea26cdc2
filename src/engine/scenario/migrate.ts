import { SCENARIO_VERSION } from './schema';

/**
 * Upgrades an older scenario document one version at a time. `migrations[n]` turns version n
 * into n + 1; version 1 is the first published format, so there is none yet, but every future
 * format change adds one here so old files and share links keep loading.
 */
const migrations: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

export function migrateScenario(doc: Record<string, unknown>): Record<string, unknown> {
  let current = doc;
  for (let v = current.version as number; v < SCENARIO_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`No migration from scenario version ${v}`);
    current = { ...step(current), version: v + 1 };
  }
  return current;
}

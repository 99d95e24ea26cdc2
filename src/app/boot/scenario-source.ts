import type { ScenarioSource } from '../../worker/protocol';

export const DEFAULT_SCENARIO = 'demo';
const SCENARIO_NAME = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/i;

/** Reads `public/scenarios/<name>.json` from the app's own origin. */
export async function fetchScenario(name: string): Promise<ScenarioSource> {
  if (!SCENARIO_NAME.test(name)) {
    throw new Error(`"${name}" is not a scenario name: use letters, digits, "-" and "/" only, as in ?scenario=demo.`);
  }
  const response = await fetch(new URL(`scenarios/${name}.json`, document.baseURI));
  if (!response.ok)
    throw new Error(`There is no scenario named "${name}" (scenarios/${name}.json answered ${response.status}).`);
  return { name, text: await response.text() };
}

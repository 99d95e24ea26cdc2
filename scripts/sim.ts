/**
 * `npm run sim -- <scenario.json> [--until 45m] [--seed n]`: runs a scenario headless and prints
 * its event log as JSON Lines (one EventBridge event per line). Same input, same bytes.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  createSimulation,
  createWorld,
  describeProblem,
  loadScenario,
  parseDuration,
  toEventBridge,
} from '../src/engine';

const DEFAULT_UNTIL = '1h';

function usage(message: string): never {
  process.stderr.write(
    `${message}\nUsage: npm run sim -- <scenario.json> [--until <duration, e.g. 45m>] [--seed <n>]\n`,
  );
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { until: { type: 'string' }, seed: { type: 'string' } },
});
const file = positionals[0];
if (!file || positionals.length > 1) usage('Give exactly one scenario file.');
const until = parseDuration(values.until ?? DEFAULT_UNTIL);
if (until === undefined) usage(`--until ${values.until}: expected a duration such as 90s, 45m or 1h30m.`);
const seed = values.seed === undefined ? undefined : Number(values.seed);
if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed <= 4294967295)) {
  usage(`--seed ${values.seed}: expected an integer from 0 to 4294967295.`);
}

let text: string;
let size: number;
try {
  size = statSync(file).size;
  text = size > 100 * 1024 * 1024 ? '' : readFileSync(file, 'utf8');
} catch (e) {
  process.stderr.write(`${file}: ${(e as Error).message}\n`);
  process.exit(1);
}
const loaded = loadScenario(text, size);
if (!loaded.ok) {
  for (const p of loaded.problems) process.stderr.write(`${file}: ${describeProblem(p)}\n`);
  process.exit(1);
}
if (seed !== undefined && loaded.scenario.snapshot) {
  process.stderr.write(`${file}: note: --seed is ignored for a saved world, which carries its own PRNG state.\n`);
}

const world = createWorld(loaded.scenario, seed);
const sim = createSimulation(world);
const lines: string[] = [];
const flush = () => {
  if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  lines.length = 0;
};
sim.advanceTo(until, (events) => {
  for (const e of events) lines.push(JSON.stringify(toEventBridge(world, e)));
  if (lines.length >= 1000) flush();
});
flush();

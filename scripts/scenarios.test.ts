import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../src/engine';
import { scenarioJsonSchema } from './scenario-json-schema';

const root = new URL('..', import.meta.url).pathname;
const scenariosDir = join(root, 'public/scenarios');

function* jsonFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsonFiles(path);
    else if (entry.name.endsWith('.json')) yield path;
  }
}

describe('published scenarios', () => {
  it.each([...jsonFiles(scenariosDir)].map((p) => [relative(scenariosDir, p)]))(
    '%s loads, and its name matches its file',
    (file) => {
      const result = loadScenario(readFileSync(join(scenariosDir, file), 'utf8'));
      expect(result.ok && result.scenario.name).toBe(file.replace(/\.json$/, ''));
    },
  );

  it('docs/scenario.schema.json is what the scenario format generates (run npm run schema)', () => {
    expect(readFileSync(join(root, 'docs/scenario.schema.json'), 'utf8')).toBe(scenarioJsonSchema());
  });
});

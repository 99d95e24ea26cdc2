import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIMULATED_TEST_RULES, SIMULATED_TOOL_RULES } from './rules';

const doc = readFileSync(new URL('../../../../../docs/codebuild-simulation.md', import.meta.url), 'utf8');

/** The cells of a Markdown table row; `\|` is a pipe inside a cell. */
const cells = (row: string) =>
  row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));

describe('the simulated-tool rules', () => {
  it('are the table docs/codebuild-simulation.md shows, row for row', () => {
    const section = doc.slice(doc.indexOf('## Simulated tools'), doc.indexOf('### Tests'));
    const rows = section
      .split('\n')
      .filter((l) => l.startsWith('|'))
      .slice(2)
      .map(cells);
    expect(rows).toEqual(
      SIMULATED_TOOL_RULES.map((r) => [r.commands.map((c) => `\`${c}\``).join(', '), r.does, r.failsWhen, r.duration]),
    );
  });

  it('decide test outcomes as the doc says', () => {
    const section = doc.slice(doc.indexOf('### Tests'), doc.indexOf('## Reports'));
    const bullets = section
      .split('\n')
      .filter((l) => l.startsWith('- '))
      .map((l) => l.slice(2));
    expect(bullets).toEqual(SIMULATED_TEST_RULES);
  });
});

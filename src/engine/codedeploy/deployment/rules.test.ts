import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIMULATED_DEPLOYMENT_RULES, TRAFFIC_RULES, spoken } from './rules';

const doc = readFileSync(new URL('../../../../docs/codedeploy-simulation.md', import.meta.url), 'utf8');

/** The cells of a Markdown table row; `\|` is a pipe inside a cell. */
const cells = (row: string) =>
  row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));

describe('the simulated deployment rules', () => {
  const section = doc.slice(doc.indexOf('<!-- BEGIN rules table'), doc.indexOf('<!-- END rules table'));

  it('are the table docs/codedeploy-simulation.md shows, row for row', () => {
    const rows = section
      .split('\n')
      .filter((l) => l.startsWith('|'))
      .slice(2)
      .map(cells);
    expect(rows).toEqual(SIMULATED_DEPLOYMENT_RULES.map((r) => [r.subject, r.rule, r.duration]));
  });

  it("include the fleet's traffic rule in the doc", () => {
    expect(section).toContain(TRAFFIC_RULES);
  });

  it('state the waits CodeDeploy documents', () => {
    const byName = new Map(SIMULATED_DEPLOYMENT_RULES.map((r) => [r.subject, r]));
    expect(byName.get('Instance stopped or gone')?.duration).toBe('5 minutes');
    expect(byName.get('Lambda and ECS hooks')?.duration).toBe('window 1 hour');
    expect(byName.get('Script timeout')?.rule).toContain('default 3600 s');
  });

  it('say virtual time the way people do', () => {
    expect([spoken(10), spoken(2000), spoken(300_000), spoken(3_600_000), spoken(7_200_000)]).toEqual([
      '10 ms',
      '2 s',
      '5 minutes',
      '1 hour',
      '2 hours',
    ]);
  });
});

import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test/temp-dir';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const sim = (...args: string[]) => run('npx', ['tsx', 'scripts/sim.ts', ...args], { cwd: root });

describe('npm run sim', () => {
  it('prints the event log as JSON Lines, identical bytes on every run', async () => {
    const [a, b] = await Promise.all([
      sim('public/scenarios/demo.json', '--until', '45m'),
      sim('public/scenarios/demo.json', '--until', '45m'),
    ]);
    expect(a.stdout).toBe(b.stdout);
    const events = a.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const pushes = events.filter((e) => e.source === 'aws.codecommit');
    expect(pushes.map((e) => [e.time, e['detail-type']])).toEqual([
      ['2026-01-05T09:03:00Z', 'CodeCommit Repository State Change'],
      ['2026-01-05T09:09:00Z', 'CodeCommit Repository State Change'],
    ]);
    // The push to main builds demo-webapp-build twice, by the project's webhook and by demo-pipeline's Build
    // action; the push to feature/dark-mode builds nothing.
    const builds = events.filter((e) => e['detail-type'] === 'CodeBuild Build State Change');
    expect(builds.map((e) => (e.detail as Record<string, unknown>)['build-status'])).toEqual([
      'IN_PROGRESS',
      'IN_PROGRESS',
      'SUCCEEDED',
      'SUCCEEDED',
    ]);
    // demo-pipeline then waits at its manual approval.
    const stages = events.filter((e) => e['detail-type'] === 'CodePipeline Stage Execution State Change');
    expect(
      stages.map(
        (e) =>
          `${String((e.detail as Record<string, unknown>).stage)} ${String((e.detail as Record<string, unknown>).state)}`,
      ),
    ).toEqual(['Source STARTED', 'Source SUCCEEDED', 'Build STARTED', 'Build SUCCEEDED', 'Approval STARTED']);
    expect(Object.keys(events[0] ?? {})).toEqual([
      'version',
      'id',
      'detail-type',
      'source',
      'account',
      'time',
      'region',
      'resources',
      'detail',
    ]);
  }, 30_000);

  it('stops at --until and takes --seed', async () => {
    const early = await sim('public/scenarios/demo.json', '--until', '2m59s');
    expect(early.stdout).toBe('');
    const first = (stdout: string) =>
      JSON.parse(stdout.trim().split('\n')[0] as string) as { id: string; time: string };
    const atPush = await sim('public/scenarios/demo.json', '--until', '5m');
    const reseeded = await sim('public/scenarios/demo.json', '--until', '5m', '--seed', '7');
    expect(first(atPush.stdout).time).toBe('2026-01-05T09:03:00Z');
    expect(first(reseeded.stdout).id).not.toBe(first(atPush.stdout).id);
  }, 30_000);

  it('exits non-zero naming the problem for a bad scenario', async () => {
    const dir = tempDir('sim-');
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"format": "cicdlab-scenario", "version": 1, "name": "x", "seed": -1}');
    const failure = await sim(file).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('Line 1, column 59 (seed): Too small');
    expect(failure?.stderr).toContain('(startTime): Missing required field "startTime".');
  }, 30_000);
});

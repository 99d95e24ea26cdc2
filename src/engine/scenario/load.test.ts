import { describe, expect, it } from 'vitest';
import { demoScenarioText, scenario } from '../testing/driver';
import { describeProblem, loadScenario, MAX_SCENARIO_BYTES } from './load';

const problems = (text: string, size?: number) => {
  const result = loadScenario(text, size);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems.map(describeProblem);
};

describe('loading a scenario file', () => {
  it('accepts the demo world', () => {
    expect(loadScenario(demoScenarioText()).ok).toBe(true);
  });

  it('points at a JSON syntax error by line and column', () => {
    expect(problems('{\n  "format": "cicdlab-scenario",\n  "version": 1,\n  "name": "x"\n  "seed": 1\n}')[0]).toBe(
      'Line 5, column 3: Not valid JSON: comma expected.',
    );
  });

  it('names an unknown field and where it is', () => {
    const text = JSON.stringify({ ...scenario(), colour: 'red' }, null, 2);
    expect(problems(text)).toEqual(['Line 15, column 3 (colour): Unrecognized key: "colour"']);
  });

  it('names a bad value by its path', () => {
    const bad = scenario({
      account: { accountId: '123', region: 'us-east-1', codecommit: { repositories: [{ name: 'bad name' }] } },
    });
    expect(problems(JSON.stringify(bad, null, 2))).toEqual([
      'Line 8, column 5 (account.accountId): An AWS account ID is 12 digits',
      expect.stringMatching(
        /^Line 13, column 11 \(account\.codecommit\.repositories\[0\]\.name\): Repository names are 1-100/,
      ),
    ]);
  });

  it('refuses a file of a newer version and says which versions it reads', () => {
    expect(problems(JSON.stringify({ ...scenario(), version: 7 }))[0]).toMatch(
      /Scenario version 7 is not one this build reads \(versions 1 to 1\)/,
    );
  });

  it('refuses something that is not a scenario at all', () => {
    expect(problems('[1, 2, 3]')).toEqual(['Line 1, column 1: A scenario is a JSON object, not an array.']);
    expect(problems('{"hello": "world"}')[0]).toMatch(/This is not a CI\/CD Lab scenario/);
    expect(problems('')).toEqual(['The file is empty: a scenario is a JSON object.']);
  });

  it('refuses 50 MB of junk without reading it', () => {
    expect(problems('x', 50 * 1024 * 1024)).toEqual([
      `The file is 50.0 MB; a scenario file can be at most ${MAX_SCENARIO_BYTES / 1024 / 1024}.0 MB.`,
    ]);
  });

  it('survives deeply nested junk', () => {
    expect(problems('['.repeat(200_000)).length).toBeGreaterThan(0);
  });

  it('checks a saved world for broken references', () => {
    const base = scenario();
    const text = JSON.stringify({
      ...base,
      snapshot: {
        formatVersion: 1,
        scenarioName: 't',
        seed: 1,
        startTime: '2026-01-05T09:00:00.000Z',
        startEpochMs: 0,
        now: 0,
        rng: { a: 1, b: 2, c: 3, d: 4 },
        timerSeq: 0,
        eventSeq: 0,
        queue: [],
        account: {
          accountId: '123456789012',
          region: 'us-east-1',
          iam: { users: {}, roles: {}, defaultUser: 'cicdlab-user' },
          codecommit: {
            repositories: {
              r: {
                repositoryId: 'x',
                repositoryName: 'r',
                creationDate: 0,
                lastModifiedDate: 0,
                branches: { main: 'a'.repeat(40) },
                tags: {},
                objects: { blobs: {}, trees: {}, commits: {} },
                triggers: [],
                triggersConfigurationId: '',
              },
            },
            pullRequests: {},
            nextPullRequestId: 1,
            approvalRuleTemplates: {},
          },
          codebuild: {
            projects: {},
            builds: {},
            buildOrder: [],
            queue: [],
            running: [],
            accountConcurrentBuildLimit: 20,
            reportGroups: {},
            reports: {},
            localCaches: {},
            faults: [],
          },
          ssm: { parameters: {} },
          secretsmanager: { secrets: {} },
          logs: { groups: {} },
          s3: { buckets: {} },
        },
      },
    });
    expect(problems(text)[0]).toMatch(
      /snapshot\.account\.codecommit\.repositories\.r\.branches\.main\): Branch main points at commit a{40}, which is not in the repository/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { SimDriver } from '../testing/driver';
import { pullRequestBuilds } from './public';
import { buildLog, buildspec, getBuild, testWorld, type WireBuild } from './test-world';

const author = { name: 'Ada', email: 'ada@example.com' };
const push = (at: string, branch: string, files: Record<string, string>) => ({
  at,
  push: { repository: 'app', branch, message: `change at ${at}`, author, files, deletes: [] },
});

const SPEC = buildspec({
  build: [
    'echo "trigger=$CODEBUILD_WEBHOOK_TRIGGER head=$CODEBUILD_WEBHOOK_HEAD_REF base=$CODEBUILD_WEBHOOK_BASE_REF version=$CODEBUILD_SOURCE_VERSION"',
    'cat feature.txt || true',
  ],
});

const world = (webhook: unknown, script: ReturnType<typeof push>[] = []) =>
  SimDriver.from(testWorld({ files: { 'buildspec.yml': SPEC }, project: { webhook }, script }));

const builds = (sim: SimDriver) =>
  sim
    .ok<{ ids: string[] }>('codebuild', 'ListBuildsForProject', { projectName: 'app-build', sortOrder: 'ASCENDING' })
    .ids.map((id) => getBuild(sim, id));

describe('webhook triggers on CodeCommit events', () => {
  const mainOnly = {
    filterGroups: [
      [
        { type: 'EVENT', pattern: 'PUSH' },
        { type: 'HEAD_REF', pattern: '^refs/heads/main$' },
      ],
    ],
  };

  it('builds the pushed commit when a push matches a filter group, and nothing else', () => {
    const sim = world(mainOnly, [
      push('1m', 'main', { 'a.txt': 'a' }),
      push('2m', 'feature/x', { 'b.txt': 'b' }),
    ]).advance('1h');
    const [build, ...others] = builds(sim);
    expect(others).toHaveLength(0);
    const pushEvent = sim.log.find((e) => e.source === 'aws.codecommit');
    expect(build).toMatchObject({
      buildStatus: 'SUCCEEDED',
      initiator: 'codecommit-webhook/app',
      sourceVersion: pushEvent?.detail.commitId,
      resolvedSourceVersion: pushEvent?.detail.commitId,
    });
    expect(buildLog(sim, build as WireBuild)).toContain(
      `trigger=branch/main head=refs/heads/main base= version=${String(pushEvent?.detail.commitId)}\n`,
    );
    // The build starts at the push, on the event bus right after it.
    const started = sim.log.find((e) => e['detail-type'] === 'CodeBuild Build State Change');
    expect(started?.time).toBe('2026-01-05T09:01:00Z');
  });

  it('applies FILE_PATH and excluded patterns', () => {
    const docsIgnored = {
      filterGroups: [
        [
          { type: 'EVENT', pattern: 'PUSH' },
          { type: 'FILE_PATH', pattern: '^docs/', excludeMatchedPattern: true },
        ],
      ],
    };
    const sim = world(docsIgnored, [
      push('1m', 'main', { 'docs/guide.md': 'x' }),
      push('2m', 'main', { 'src/app.js': 'y' }),
    ]).advance('1h');
    expect(builds(sim).map((b) => b.buildNumber)).toEqual([1]);
  });

  it('validates pull requests: a build per new revision, with pr/<id> and the pull request it checked', () => {
    const prFilter = {
      filterGroups: [
        [
          { type: 'EVENT', pattern: 'PULL_REQUEST_CREATED, PULL_REQUEST_UPDATED' },
          { type: 'BASE_REF', pattern: '^refs/heads/main$' },
        ],
      ],
    };
    const sim = world(prFilter, [push('1m', 'feature/x', { 'feature.txt': 'v1\n' })]).advance('2m');
    const { pullRequest } = sim.ok<{ pullRequest: { pullRequestId: string; revisionId: string } }>(
      'codecommit',
      'CreatePullRequest',
      {
        title: 'Add feature',
        targets: [{ repositoryName: 'app', sourceReference: 'feature/x', destinationReference: 'main' }],
      },
    );
    sim.advance('10m');
    const [first] = builds(sim);
    expect(first).toMatchObject({
      sourceVersion: `pr/${pullRequest.pullRequestId}`,
      pullRequestId: pullRequest.pullRequestId,
      revisionId: pullRequest.revisionId,
      buildStatus: 'SUCCEEDED',
    });
    const log = buildLog(sim, first as WireBuild);
    expect(log).toContain(
      `trigger=pr/${pullRequest.pullRequestId} head=refs/heads/feature/x base=refs/heads/main version=pr/${pullRequest.pullRequestId}\n`,
    );
    expect(log).toContain('v1\n');

    sim.ok('codecommit', 'PutFile', {
      repositoryName: 'app',
      branchName: 'feature/x',
      parentCommitId: first?.resolvedSourceVersion,
      filePath: 'feature.txt',
      fileContent: Buffer.from('v2\n').toString('base64'),
    });
    sim.advance('10m');
    const second = builds(sim)[1] as WireBuild;
    const revision = sim.ok<{ pullRequest: { revisionId: string } }>('codecommit', 'GetPullRequest', {
      pullRequestId: pullRequest.pullRequestId,
    }).pullRequest.revisionId;
    expect(second.revisionId).toBe(revision);
    expect(buildLog(sim, second)).toContain('v2\n');
    expect(pullRequestBuilds(sim.sim.world, pullRequest.pullRequestId).map((b) => b.id)).toEqual([second.id]);
  });
});

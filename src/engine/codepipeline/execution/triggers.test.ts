import { describe, expect, it } from 'vitest';
import type { PipelineDeclaration, PipelineTriggerDeclaration } from '../../specs/pipeline/types';
import { SimDriver } from '../../testing/driver';
import {
  CONNECTION_ARN,
  action,
  actionsOf,
  codeCommitSource,
  executions,
  pipeline,
  pipelineScenario,
  push,
} from './actions/test-world';

const notify = () => action('Notify', 'Invoke', 'Lambda', { FunctionName: 'notify' }, { in: ['SourceArtifact'] });

const connectionSource = (configuration: Record<string, string> = {}) =>
  action(
    'Source',
    'Source',
    'CodeStarSourceConnection',
    { ConnectionArn: CONNECTION_ARN, FullRepositoryId: 'octo/app', BranchName: 'main', ...configuration },
    { out: ['SourceArtifact'], namespace: 'SourceVariables' },
  );

const connectionPipeline = (
  triggers: PipelineTriggerDeclaration['gitConfiguration'][] | undefined,
  configuration: Record<string, string> = {},
): PipelineDeclaration =>
  pipeline(
    [
      { name: 'Source', actions: [connectionSource(configuration)] },
      { name: 'Notify', actions: [notify()] },
    ],
    {
      pipelineType: 'V2',
      ...(triggers && {
        triggers: triggers.map((gitConfiguration) => ({ providerType: 'CodeStarSourceConnection', gitConfiguration })),
      }),
    },
  );

const withConnection = { codepipeline: { connections: [{ connectionName: 'github', ownerId: 'octo' }] } };

const pushedCommits = (driver: SimDriver) =>
  Object.fromEntries(
    driver.log
      .filter((e) => e['detail-type'] === 'CodeCommit Repository State Change')
      .map((e) => [String(e.time), e.detail.commitId as string]),
  );

/** The commit each execution's source action ran, with its trigger type. */
const runs = (driver: SimDriver) =>
  executions(driver.sim.world).map((x) => `${x.trigger.triggerType}:${x.sourceRevisions[0]?.revisionId ?? '-'}`);

describe('V2 triggers on connection sources', () => {
  it('start on pushes whose branch and changed files pass the filters, with the pushed commit', () => {
    const driver = SimDriver.from(
      pipelineScenario(
        [
          connectionPipeline([
            {
              sourceActionName: 'Source',
              push: [
                {
                  branches: { includes: ['main', 'release/**'], excludes: ['release/old*'] },
                  filePaths: { includes: ['src/**'], excludes: ['src/**/*.md'] },
                },
              ],
            },
          ]),
        ],
        {
          ...withConnection,
          script: [
            push('1m', 'main', { 'README.md': 'docs only\n' }),
            push('2m', 'main', { 'src/app.js': 'v2\n' }),
            push('3m', 'release/1.0', { 'src/a.js': 'a\n' }),
            push('4m', 'release/old-1', { 'src/b.js': 'b\n' }),
            push('5m', 'main', { 'src/notes.md': 'notes\n' }),
            push('6m', 'feature/x', { 'src/c.js': 'c\n' }),
          ],
        },
      ),
    ).advance('30m');
    const commits = pushedCommits(driver);
    expect(runs(driver)).toEqual([
      `WebhookV2:${commits['2026-01-05T09:02:00Z'] as string}`,
      `WebhookV2:${commits['2026-01-05T09:03:00Z'] as string}`,
    ]);
    const [, release] = executions(driver.sim.world);
    const source = release && actionsOf(driver.sim.world, release).Source;
    expect(source?.output.outputVariables).toMatchObject({
      FullRepositoryName: 'octo/app',
      ConnectionArn: CONNECTION_ARN,
      BranchName: 'main',
    });
    expect(release?.trigger.triggerDetail).toBe(CONNECTION_ARN);
  });

  it('start on pull requests into an included branch, with the source branch commit', () => {
    const driver = SimDriver.from(
      pipelineScenario(
        [
          connectionPipeline([
            {
              sourceActionName: 'Source',
              pullRequest: [{ events: ['OPEN', 'CLOSED'], branches: { includes: ['main'] } }],
            },
          ]),
        ],
        { ...withConnection, script: [push('1m', 'feature/x', { 'src/x.js': 'x\n' })] },
      ),
    ).advance('2m');
    const featureCommit = Object.values(pushedCommits(driver))[0] as string;
    expect(runs(driver)).toEqual([]);
    const { pullRequest } = driver.ok<{ pullRequest: { pullRequestId: string } }>('codecommit', 'CreatePullRequest', {
      title: 'Add x',
      targets: [{ repositoryName: 'app', sourceReference: 'feature/x', destinationReference: 'main' }],
    });
    driver.advance('5m');
    expect(runs(driver)).toEqual([`WebhookV2:${featureCommit}`]);
    driver.ok('codecommit', 'UpdatePullRequestStatus', {
      pullRequestId: pullRequest.pullRequestId,
      pullRequestStatus: 'CLOSED',
    });
    driver.advance('5m');
    expect(runs(driver)).toEqual([`WebhookV2:${featureCommit}`, `WebhookV2:${featureCommit}`]);
  });

  it('without triggers follow DetectChanges on the action branch', () => {
    const scenario = (detect: string) =>
      pipelineScenario([connectionPipeline(undefined, { DetectChanges: detect })], {
        ...withConnection,
        script: [push('1m', 'feature/x', { 'a.txt': 'a\n' }), push('2m', 'main', { 'b.txt': 'b\n' })],
      });
    const detecting = SimDriver.from(scenario('true')).advance('10m');
    expect(runs(detecting)).toEqual([`Webhook:${pushedCommits(detecting)['2026-01-05T09:02:00Z'] as string}`]);
    expect(runs(SimDriver.from(scenario('false')).advance('10m'))).toEqual([]);
  });

  it('read nothing through a connection that is not available', () => {
    const driver = SimDriver.from(
      pipelineScenario([connectionPipeline(undefined)], {
        codepipeline: { connections: [{ connectionName: 'github', ownerId: 'octo', connectionStatus: 'PENDING' }] },
      }),
    );
    driver.ok('codepipeline', 'StartPipelineExecution', { name: 'web-pipeline' });
    driver.advance('1m');
    const [run] = executions(driver.sim.world);
    expect(run && actionsOf(driver.sim.world, run).Source?.output.executionResult?.errorDetails).toEqual({
      code: 'ConfigurationError',
      message: 'The connection github is in status PENDING; it must be AVAILABLE before a pipeline can use it.',
    });
  });
});

describe('CodeCommit change detection', () => {
  const codeCommitPipeline = (configuration: Record<string, string> = {}) =>
    pipeline([
      { name: 'Source', actions: [codeCommitSource(configuration)] },
      { name: 'Notify', actions: [notify()] },
    ]);

  it('starts on pushes to the action branch only', () => {
    const driver = SimDriver.from(
      pipelineScenario([codeCommitPipeline()], {
        script: [push('1m', 'feature/x', { 'a.txt': 'a\n' }), push('2m', 'main', { 'b.txt': 'b\n' })],
      }),
    ).advance('10m');
    expect(runs(driver)).toEqual([`CloudWatchEvent:${pushedCommits(driver)['2026-01-05T09:02:00Z'] as string}`]);
  });

  it('polls once a minute instead when PollForSourceChanges is true, starting once per new commit', () => {
    const driver = SimDriver.from(pipelineScenario([]));
    driver.ok('codepipeline', 'CreatePipeline', { pipeline: codeCommitPipeline({ PollForSourceChanges: 'true' }) });
    driver.advance('5m');
    driver.ok('codecommit', 'PutFile', {
      repositoryName: 'app',
      branchName: 'main',
      parentCommitId: driver.sim.world.account.codecommit.repositories.app?.branches.main,
      filePath: 'b.txt',
      fileContent: btoa('b\n'),
      commitMessage: 'Add b',
    });
    const pushed = driver.sim.world.account.codecommit.repositories.app?.branches.main as string;
    expect(executions(driver.sim.world).map((x) => x.trigger.triggerType)).toEqual(['CreatePipeline']);
    driver.advance('10m');
    expect(runs(driver).slice(1)).toEqual([`PollForSourceChanges:${pushed}`]);
  });

  it('starts polling at the first push for a pipeline that has not run yet', () => {
    const driver = SimDriver.from(
      pipelineScenario([codeCommitPipeline({ PollForSourceChanges: 'true' })], {
        script: [push('1m', 'main', { 'b.txt': 'b\n' })],
      }),
    ).advance('1m');
    expect(runs(driver)).toEqual([]);
    driver.advance('10m');
    expect(runs(driver)).toEqual([`PollForSourceChanges:${pushedCommits(driver)['2026-01-05T09:01:00Z'] as string}`]);
  });
});

describe('simulated actions', () => {
  it('answer the outcome set for them, after its duration', () => {
    const driver = SimDriver.from(
      pipelineScenario(
        [
          pipeline([
            { name: 'Source', actions: [codeCommitSource()] },
            { name: 'Notify', actions: [notify()] },
          ]),
        ],
        {
          codepipeline: {
            actionOutcomes: {
              'web-pipeline/Notify/Notify': {
                result: 'Failed',
                durationSeconds: 120,
                message: 'notify: Slack webhook answered 500',
              },
            },
          },
        },
      ),
    );
    driver.ok('codepipeline', 'StartPipelineExecution', { name: 'web-pipeline' });
    driver.advance('1m');
    const [run] = executions(driver.sim.world);
    expect(run && actionsOf(driver.sim.world, run).Notify?.status).toBe('InProgress');
    driver.advance('2m');
    expect(run && actionsOf(driver.sim.world, run).Notify?.output.executionResult?.errorDetails).toEqual({
      code: 'JobFailed',
      message: 'notify: Slack webhook answered 500',
    });
  });
});

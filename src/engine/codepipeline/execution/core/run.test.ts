import { describe, expect, it, vi } from 'vitest';
import {
  build,
  declaration,
  executionOf,
  pipelineDriver,
  plan,
  source,
  stage,
  start,
  timeline,
} from '../../../testing/codepipeline-executions';

vi.mock('../actions/index', async () => (await import('../../../testing/codepipeline-fake-provider')).fakeActions);

/** Source → Build (Unit and Lint in parallel, then Package) → Deploy. */
const threeStages = (extra = {}) =>
  declaration(
    [
      stage('Source', source()),
      stage(
        'Build',
        build('Unit'),
        build('Lint'),
        build('Package', { runOrder: 2, outputArtifacts: [{ name: 'BuildArtifact' }] }),
      ),
      stage('Deploy', build('Release', { inputArtifacts: [{ name: 'BuildArtifact' }] })),
    ],
    extra,
  );

describe('an execution runs stages in order and actions by runOrder', () => {
  it('starts parallel actions together and the next group only after both succeed', () => {
    const driver = pipelineDriver(threeStages());
    const id = start(driver);
    driver.advance('10m');
    expect(timeline(driver, id)).toEqual([
      'pipeline STARTED',
      'Source STARTED',
      'Source/Source STARTED',
      'Source/Source SUCCEEDED',
      'Source SUCCEEDED',
      'Build STARTED',
      'Build/Unit STARTED',
      'Build/Lint STARTED',
      'Build/Unit SUCCEEDED',
      'Build/Lint SUCCEEDED',
      'Build/Package STARTED',
      'Build/Package SUCCEEDED',
      'Build SUCCEEDED',
      'Deploy STARTED',
      'Deploy/Release STARTED',
      'Deploy/Release SUCCEEDED',
      'Deploy SUCCEEDED',
      'pipeline SUCCEEDED',
    ]);
    expect(executionOf(driver, id).status).toBe('Succeeded');
    const state = driver.ok<{ stageStates: { stageName: string; latestExecution: { status: string } }[] }>(
      'codepipeline',
      'GetPipelineState',
      { name: 'app-pipeline' },
    );
    expect(state.stageStates.map((s) => [s.stageName, s.latestExecution.status])).toEqual([
      ['Source', 'Succeeded'],
      ['Build', 'Succeeded'],
      ['Deploy', 'Succeeded'],
    ]);
  });

  it('hands each output artifact to the actions that take it as input', () => {
    const driver = pipelineDriver(threeStages());
    const id = start(driver);
    driver.advance('10m');
    const { actionExecutionDetails } = driver.ok<{
      actionExecutionDetails: {
        actionName: string;
        input: { inputArtifacts: { name: string; s3location: { bucket: string; key: string } }[] };
        output: { outputArtifacts: { name: string; s3location: { bucket: string; key: string } }[] };
      }[];
    }>('codepipeline', 'ListActionExecutions', { pipelineName: 'app-pipeline', filter: { pipelineExecutionId: id } });
    const byName = Object.fromEntries(actionExecutionDetails.map((a) => [a.actionName, a]));
    const sourceOut = byName.Source?.output.outputArtifacts[0];
    expect(sourceOut?.name).toBe('SourceArtifact');
    expect(sourceOut?.s3location.bucket).toBe('codepipeline-us-east-1-123456789012');
    expect(byName.Unit?.input.inputArtifacts).toEqual([sourceOut]);
    expect(byName.Lint?.input.inputArtifacts).toEqual([sourceOut]);
    expect(byName.Release?.input.inputArtifacts).toEqual(byName.Package?.output.outputArtifacts);
    expect(actionExecutionDetails.map((a) => a.actionName)).toEqual(['Release', 'Package', 'Lint', 'Unit', 'Source']);
  });

  it('fails the stage when an action fails: its parallel partner finishes, the next group never starts', () => {
    const driver = pipelineDriver(threeStages());
    plan(driver, 'Build/Unit', { result: 'Failed', durationSeconds: 5, message: 'npm test exited with 1' });
    plan(driver, 'Build/Lint', { result: 'Succeeded', durationSeconds: 30 });
    const id = start(driver);
    driver.advance('10m');
    expect(timeline(driver, id).slice(5)).toEqual([
      'Build STARTED',
      'Build/Unit STARTED',
      'Build/Lint STARTED',
      'Build/Unit FAILED',
      'Build/Lint SUCCEEDED',
      'Build FAILED',
      'pipeline FAILED',
    ]);
    const execution = executionOf(driver, id);
    expect(execution.status).toBe('Failed');
    expect(execution.stages.Deploy).toBeUndefined();
    const state = driver.ok<{ stageStates: { actionStates: { actionName: string; latestExecution?: unknown }[] }[] }>(
      'codepipeline',
      'GetPipelineState',
      { name: 'app-pipeline' },
    );
    expect(state.stageStates[1]?.actionStates.find((a) => a.actionName === 'Unit')?.latestExecution).toMatchObject({
      status: 'Failed',
      errorDetails: { code: 'JobFailed', message: 'npm test exited with 1' },
    });
    expect(state.stageStates[1]?.actionStates.find((a) => a.actionName === 'Package')?.latestExecution).toBeUndefined();
  });

  it('fails an action the simulator has no provider for, with a plain message', () => {
    const driver = pipelineDriver(
      declaration([
        stage('Source', source()),
        stage(
          'Test',
          build('Device', { actionTypeId: { category: 'Test', owner: 'AWS', provider: 'Unsupported', version: '1' } }),
        ),
      ]),
    );
    const id = start(driver);
    driver.advance('1m');
    const action = Object.values(driver.sim.world.account.codepipeline.actionExecutions).find(
      (a) => a.actionName === 'Device',
    );
    expect(action?.output.executionResult?.errorDetails?.message).toBe('The simulator cannot run Unsupported actions');
    expect(executionOf(driver, id).status).toBe('Failed');
  });
});

describe('execution modes', () => {
  it('SUPERSEDED: a newer execution replaces the one waiting in front of a locked stage', () => {
    const driver = pipelineDriver(threeStages());
    plan(driver, 'Build/Unit', { result: 'Succeeded', durationSeconds: 120 });
    const first = start(driver);
    driver.advance('15s'); // first is in Build
    const second = start(driver);
    driver.advance('15s'); // second waits in front of Build
    const third = start(driver);
    driver.advance('15s'); // third arrives and replaces second
    expect(executionOf(driver, second)).toMatchObject({ status: 'Superseded', supersededBy: third });
    const pipeline = driver.sim.world.account.codepipeline.pipelines['app-pipeline'];
    expect(pipeline?.stages.Build).toMatchObject({ runningExecutionIds: [first], inboundExecutionIds: [third] });
    const state = driver.ok<{
      stageStates: { stageName: string; inboundExecution?: { pipelineExecutionId: string } }[];
    }>('codepipeline', 'GetPipelineState', { name: 'app-pipeline' });
    expect(state.stageStates[1]?.inboundExecution?.pipelineExecutionId).toBe(third);
    const listed = driver.ok<{ pipelineExecutionSummaries: { pipelineExecutionId: string; status: string }[] }>(
      'codepipeline',
      'ListPipelineExecutions',
      { pipelineName: 'app-pipeline' },
    );
    expect(listed.pipelineExecutionSummaries.map((s) => [s.pipelineExecutionId, s.status])).toEqual([
      [third, 'InProgress'],
      [second, 'Superseded'],
      [first, 'InProgress'],
    ]);
    const superseded = driver.ok<{ pipelineExecution: { statusSummary?: string } }>(
      'codepipeline',
      'GetPipelineExecution',
      { pipelineName: 'app-pipeline', pipelineExecutionId: second },
    );
    expect(superseded.pipelineExecution.statusSummary).toBe(`Superseded by execution ${third}`);
    driver.advance('30m');
    expect([first, second, third].map((id) => executionOf(driver, id).status)).toEqual([
      'Succeeded',
      'Superseded',
      'Succeeded',
    ]);
    expect(timeline(driver, second)).toContain('pipeline SUPERSEDED');
  });

  it('QUEUED: every execution runs, one at a time per stage, in the order they started', () => {
    const driver = pipelineDriver(threeStages({ executionMode: 'QUEUED' }));
    plan(driver, 'Build/Unit', { result: 'Succeeded', durationSeconds: 120 });
    const ids = [start(driver)];
    driver.advance('15s');
    ids.push(start(driver));
    driver.advance('15s');
    ids.push(start(driver));
    driver.advance('15s');
    const pipeline = driver.sim.world.account.codepipeline.pipelines['app-pipeline'];
    expect(pipeline?.stages.Build).toMatchObject({
      runningExecutionIds: [ids[0]],
      inboundExecutionIds: [ids[1], ids[2]],
    });
    driver.advance('1h');
    expect(ids.map((id) => executionOf(driver, id!).status)).toEqual(['Succeeded', 'Succeeded', 'Succeeded']);
    const buildEntries = driver.log
      .filter((e) => e.detail.stage === 'Build' && e.detail.action === undefined && e.detail.state === 'STARTED')
      .map((e) => e.detail['execution-id']);
    expect(buildEntries).toEqual(ids);
  });

  it('PARALLEL: executions run the same stage at the same time', () => {
    const driver = pipelineDriver(threeStages({ executionMode: 'PARALLEL' }));
    plan(driver, 'Build/Unit', { result: 'Succeeded', durationSeconds: 120 });
    const a = start(driver);
    driver.advance('5s');
    const b = start(driver);
    driver.advance('30s');
    const pipeline = driver.sim.world.account.codepipeline.pipelines['app-pipeline'];
    expect(pipeline?.stages.Build).toMatchObject({ runningExecutionIds: [a, b], inboundExecutionIds: [] });
    driver.advance('1h');
    expect([a, b].map((id) => executionOf(driver, id).status)).toEqual(['Succeeded', 'Succeeded']);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { simMillis } from '../../../core/time';
import {
  approval,
  BUCKET,
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
import type { SimDriver } from '../../../testing/driver';
import type { PipelineDeclaration } from '../../../specs/pipeline/types';

vi.mock('../actions/index', async () => (await import('../../../testing/codepipeline-fake-provider')).fakeActions);

const pipeline = () =>
  declaration([stage('Source', source()), stage('Build', build('Unit')), stage('Deploy', build('Ship'))]);

/**
 * The execution tests' world holds only the pipelines; UpdatePipeline also checks that the service role can be
 * assumed and that the artifact bucket exists.
 */
function withServiceRole(driver: SimDriver): SimDriver {
  const { account } = driver.sim.world;
  account.iam.roles.CodePipelineServiceRole = {
    roleName: 'CodePipelineServiceRole',
    roleId: 'AROAPIPELINE',
    accessKeyId: 'ASIAPIPELINE',
    policies: [],
  };
  account.s3.buckets[BUCKET] = { name: BUCKET, creationDate: simMillis(0), objects: {} };
  return driver;
}

/** UpdatePipeline with the stored declaration plus one more action in Deploy (any update makes a new version). */
function update(driver: SimDriver) {
  const { pipeline: current } = driver.ok<{ pipeline: PipelineDeclaration }>('codepipeline', 'GetPipeline', {
    name: 'app-pipeline',
  });
  const stages = current.stages.map((s) =>
    s.name === 'Deploy' ? { ...s, actions: [...s.actions, build('Smoke')] } : s,
  );
  driver.ok('codepipeline', 'UpdatePipeline', { pipeline: { ...current, stages } });
}

describe('UpdatePipeline while executions are in progress', () => {
  it('lets the running action finish, then cancels the stage and the execution; nothing later starts', () => {
    const driver = withServiceRole(pipelineDriver(pipeline()));
    plan(driver, 'Build/Unit', { result: 'Succeeded', durationSeconds: 120 });
    const id = start(driver);
    driver.advance('30s');
    expect(executionOf(driver, id).stages.Build?.status).toBe('InProgress');

    update(driver);
    // Graceful: still in progress until the build it started ends.
    expect(executionOf(driver, id).status).toBe('InProgress');
    driver.advance('5m');
    expect(timeline(driver, id).slice(-3)).toEqual(['Build/Unit SUCCEEDED', 'Build CANCELED', 'pipeline CANCELED']);
    expect(timeline(driver, id)).not.toContain('Deploy STARTED');

    const { pipelineExecution } = driver.ok<{ pipelineExecution: { status: string; statusSummary?: string } }>(
      'codepipeline',
      'GetPipelineExecution',
      { pipelineName: 'app-pipeline', pipelineExecutionId: id },
    );
    expect(pipelineExecution.status).toBe('Cancelled');
    expect(pipelineExecution.statusSummary).toBe(
      'Cancelled: the pipeline was updated to version 2 before this execution of version 1 completed.',
    );
    const state = driver.ok<{ stageStates: { stageName: string; latestExecution?: { status: string } }[] }>(
      'codepipeline',
      'GetPipelineState',
      { name: 'app-pipeline' },
    );
    expect(state.stageStates.find((s) => s.stageName === 'Build')?.latestExecution?.status).toBe('Cancelled');
  });

  it('cancels an execution waiting in front of a locked stage at once, and a new one runs the new version', () => {
    const driver = withServiceRole(pipelineDriver(pipeline()));
    plan(driver, 'Build/Unit', { result: 'Succeeded', durationSeconds: 120 });
    const first = start(driver);
    driver.advance('30s');
    const second = start(driver);
    driver.advance('30s');
    expect(executionOf(driver, second).waiting).toBe(true);

    update(driver);
    expect(executionOf(driver, second).status).toBe('Cancelled');
    expect(timeline(driver, second).at(-1)).toBe('pipeline CANCELED');

    const third = start(driver);
    driver.advance('10m');
    expect(executionOf(driver, first).status).toBe('Cancelled');
    expect(executionOf(driver, third)).toMatchObject({ status: 'Succeeded', pipelineVersion: 2 });
    expect(timeline(driver, third)).toContain('Deploy/Smoke SUCCEEDED');
    const listed = driver.ok<{ pipelineExecutionSummaries: { pipelineExecutionId: string; status: string }[] }>(
      'codepipeline',
      'ListPipelineExecutions',
      { pipelineName: 'app-pipeline' },
    );
    expect(listed.pipelineExecutionSummaries.map((s) => s.status)).toEqual(['Succeeded', 'Cancelled', 'Cancelled']);
  });

  it('a pending approval still waits for its answer; the stage is Cancelled once it comes, and retry is refused', () => {
    const driver = withServiceRole(
      pipelineDriver(
        declaration([stage('Source', source()), stage('Approval', approval()), stage('Deploy', build('Ship'))]),
      ),
    );
    const id = start(driver);
    driver.advance('1m');
    update(driver);
    driver.advance('1h');
    expect(executionOf(driver, id).status).toBe('InProgress');
    const { stageStates } = driver.ok<{
      stageStates: { stageName: string; actionStates: { latestExecution?: { token?: string } }[] }[];
    }>('codepipeline', 'GetPipelineState', { name: 'app-pipeline' });
    const token = stageStates.find((s) => s.stageName === 'Approval')!.actionStates[0]!.latestExecution!.token!;
    driver.ok('codepipeline', 'PutApprovalResult', {
      pipelineName: 'app-pipeline',
      stageName: 'Approval',
      actionName: 'Approve',
      token,
      result: { status: 'Approved', summary: 'ok' },
    });
    expect(timeline(driver, id).slice(-3)).toEqual([
      'Approval/Approve SUCCEEDED',
      'Approval CANCELED',
      'pipeline CANCELED',
    ]);
    const retry = driver.call('codepipeline', 'RetryStageExecution', {
      pipelineName: 'app-pipeline',
      stageName: 'Approval',
      pipelineExecutionId: id,
      retryMode: 'FAILED_ACTIONS',
    });
    expect(retry.ok ? undefined : retry.error.type).toBe('StageNotRetryableException');
  });

  it('a stop-and-wait in progress still ends Stopped', () => {
    const driver = withServiceRole(pipelineDriver(pipeline()));
    plan(driver, 'Build/Unit', { result: 'Succeeded', durationSeconds: 120 });
    const id = start(driver);
    driver.advance('30s');
    driver.ok('codepipeline', 'StopPipelineExecution', { pipelineName: 'app-pipeline', pipelineExecutionId: id });
    update(driver);
    driver.advance('5m');
    expect(executionOf(driver, id).status).toBe('Stopped');
  });
});

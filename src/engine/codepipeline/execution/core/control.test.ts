import { describe, expect, it, vi } from 'vitest';
import { simMillis } from '../../../core/time';
import {
  approval,
  build,
  declaration,
  enableTransition,
  executionOf,
  pipelineDriver,
  plan,
  source,
  stage,
  start,
  timeline,
} from '../../../testing/codepipeline-executions';
import { fakeProvider } from '../../../testing/codepipeline-fake-provider';
import { addAlarm } from '../../../testing/codedeploy-deployments';
import type { SimDriver } from '../../../testing/driver';

vi.mock('../actions/index', async () => (await import('../../../testing/codepipeline-fake-provider')).fakeActions);

const twoStages = (extra = {}) =>
  declaration([stage('Source', source()), stage('Build', build('Unit'), build('Lint'))], extra);

const call = (driver: SimDriver, operation: string, input: Record<string, unknown>) =>
  driver.call('codepipeline', operation, input);

const errorOf = (driver: SimDriver, operation: string, input: Record<string, unknown>) => {
  const result = call(driver, operation, input);
  if (result.ok) throw new Error(`${operation} succeeded`);
  return result.error;
};

describe('StopPipelineExecution', () => {
  it('stop and wait: Stopping until the running actions end, then Stopped; no later stage starts', () => {
    const driver = pipelineDriver(twoStages());
    plan(driver, 'Build/Unit', { result: 'Succeeded', durationSeconds: 60 });
    const id = start(driver);
    driver.advance('20s');
    driver.ok('codepipeline', 'StopPipelineExecution', {
      pipelineName: 'app-pipeline',
      pipelineExecutionId: id,
      reason: 'Wrong branch',
    });
    expect(executionOf(driver, id).status).toBe('Stopping');
    expect(
      errorOf(driver, 'StopPipelineExecution', { pipelineName: 'app-pipeline', pipelineExecutionId: id }).type,
    ).toBe('DuplicatedStopRequestException');
    driver.advance('5m');
    expect(timeline(driver, id).slice(-5)).toEqual([
      'pipeline STOPPING',
      'Build STOPPING',
      'Build/Unit SUCCEEDED',
      'Build STOPPED',
      'pipeline STOPPED',
    ]);
    expect(timeline(driver, id)).not.toContain('Build SUCCEEDED');
    const stopping = driver.log.find((e) => e.detail.state === 'STOPPING' && e.detail.stage === undefined);
    expect(stopping?.detail['stop-execution-comments']).toBe('Wrong branch');
    expect(executionOf(driver, id).status).toBe('Stopped');
    const listed = driver.ok<{ pipelineExecutionSummaries: { stopTrigger?: { reason: string } }[] }>(
      'codepipeline',
      'ListPipelineExecutions',
      { pipelineName: 'app-pipeline' },
    );
    expect(listed.pipelineExecutionSummaries[0]?.stopTrigger).toEqual({ reason: 'Wrong branch' });
    expect(
      errorOf(driver, 'StopPipelineExecution', { pipelineName: 'app-pipeline', pipelineExecutionId: id }).type,
    ).toBe('PipelineExecutionNotStoppableException');
  });

  it('stop and abandon: the running actions are Abandoned at once (their providers told) and the execution Stopped', () => {
    const driver = pipelineDriver(twoStages());
    plan(driver, 'Build/Unit', { result: 'Succeeded', durationSeconds: 60 });
    plan(driver, 'Build/Lint', { result: 'Succeeded', durationSeconds: 60 });
    const id = start(driver);
    driver.advance('20s');
    fakeProvider.abandoned.length = 0;
    driver.ok('codepipeline', 'StopPipelineExecution', {
      pipelineName: 'app-pipeline',
      pipelineExecutionId: id,
      abandon: true,
    });
    expect(timeline(driver, id).slice(-4)).toEqual([
      'Build/Unit ABANDONED',
      'Build/Lint ABANDONED',
      'Build STOPPED',
      'pipeline STOPPED',
    ]);
    expect(fakeProvider.abandoned).toEqual(['Unit', 'Lint']);
    driver.advance('5m');
    expect(executionOf(driver, id).status).toBe('Stopped');
    expect(timeline(driver, id)).not.toContain('Build/Unit SUCCEEDED');
  });

  it('a stopped execution frees its stage for the one waiting in front of it', () => {
    const driver = pipelineDriver(twoStages());
    plan(driver, 'Build/Unit', { result: 'Succeeded', durationSeconds: 300 });
    const first = start(driver);
    driver.advance('15s');
    const second = start(driver);
    driver.advance('15s');
    expect(executionOf(driver, second).waiting).toBe(true);
    driver.ok('codepipeline', 'StopPipelineExecution', {
      pipelineName: 'app-pipeline',
      pipelineExecutionId: first,
      abandon: true,
    });
    expect(executionOf(driver, second).stages.Build?.status).toBe('InProgress');
  });
});

describe('RetryStageExecution', () => {
  it('FAILED_ACTIONS runs again only what failed, in a new attempt, and the execution resumes', () => {
    const driver = pipelineDriver(twoStages());
    plan(driver, 'Build/Unit', { result: 'Failed', message: 'tests failed' });
    const id = start(driver);
    driver.advance('5m');
    expect(executionOf(driver, id).status).toBe('Failed');
    const lintBefore = executionOf(driver, id).stages.Build?.actionExecutionIds.Lint;
    delete driver.sim.world.account.codepipeline.actionOutcomes['app-pipeline/Build/Unit'];
    driver.ok('codepipeline', 'RetryStageExecution', {
      pipelineName: 'app-pipeline',
      stageName: 'Build',
      pipelineExecutionId: id,
      retryMode: 'FAILED_ACTIONS',
    });
    driver.advance('5m');
    expect(timeline(driver, id).slice(-6)).toEqual([
      'pipeline RESUMED',
      'Build RESUMED',
      'Build/Unit STARTED',
      'Build/Unit SUCCEEDED',
      'Build SUCCEEDED',
      'pipeline SUCCEEDED',
    ]);
    const run = executionOf(driver, id).stages.Build;
    expect(run?.attempt).toBe(2);
    expect(run?.actionExecutionIds.Lint).toBe(lintBefore);
    expect(run?.retryStageMetadata).toEqual({
      autoStageRetryAttempt: 0,
      manualStageRetryAttempt: 1,
      latestRetryTrigger: 'ManualStageRetry',
    });
  });

  it('refuses a stage that did not fail, and an execution a newer one has overtaken in that stage', () => {
    const driver = pipelineDriver(twoStages());
    plan(driver, 'Build/Unit', { result: 'Failed', message: 'tests failed' });
    const first = start(driver);
    driver.advance('5m');
    const retry = (id: string, stageName = 'Build') =>
      errorOf(driver, 'RetryStageExecution', {
        pipelineName: 'app-pipeline',
        stageName,
        pipelineExecutionId: id,
        retryMode: 'ALL_ACTIONS',
      });
    expect(retry(first, 'Source').type).toBe('StageNotRetryableException');
    expect(retry(first, 'Deploy').type).toBe('StageNotFoundException');
    const second = start(driver);
    driver.advance('5m');
    expect(executionOf(driver, second).status).toBe('Failed');
    expect(retry(first)).toMatchObject({ type: 'NotLatestPipelineExecutionException' });
  });

  it('onFailure RETRY retries the stage once by itself, then fails', () => {
    const driver = pipelineDriver(
      declaration([
        stage('Source', source()),
        {
          ...stage('Build', build('Unit')),
          onFailure: { result: 'RETRY', retryConfiguration: { retryMode: 'ALL_ACTIONS' } },
        },
      ]),
    );
    plan(driver, 'Build/Unit', { result: 'Failed', message: 'flaky' });
    const id = start(driver);
    driver.advance('10m');
    expect(timeline(driver, id).slice(5)).toEqual([
      'Build STARTED',
      'Build/Unit STARTED',
      'Build/Unit FAILED',
      'Build FAILED',
      'Build RESUMED',
      'Build/Unit STARTED',
      'Build/Unit FAILED',
      'Build FAILED',
      'pipeline FAILED',
    ]);
    expect(executionOf(driver, id).stages.Build?.retryStageMetadata?.autoStageRetryAttempt).toBe(1);
  });

  it('onFailure ROLLBACK runs the stage again with the last execution that succeeded in it', () => {
    const driver = pipelineDriver(
      declaration([
        stage('Source', source()),
        { ...stage('Deploy', build('Release')), onFailure: { result: 'ROLLBACK' } },
      ]),
    );
    const good = start(driver);
    driver.advance('5m');
    plan(driver, 'Deploy/Release', { result: 'Failed', message: 'health check failed', durationSeconds: 30 });
    const bad = start(driver);
    driver.advance('15s'); // Release has started and will fail; the rollback's Release will succeed
    delete driver.sim.world.account.codepipeline.actionOutcomes['app-pipeline/Deploy/Release'];
    driver.advance('5m');
    const listed = driver.ok<{
      pipelineExecutionSummaries: {
        pipelineExecutionId: string;
        status: string;
        executionType: string;
        trigger: { triggerType: string; triggerDetail: string };
        rollbackMetadata?: { rollbackTargetPipelineExecutionId: string };
      }[];
    }>('codepipeline', 'ListPipelineExecutions', { pipelineName: 'app-pipeline' });
    const [rollback] = listed.pipelineExecutionSummaries;
    expect(rollback).toMatchObject({
      status: 'Succeeded',
      executionType: 'ROLLBACK',
      trigger: { triggerType: 'AutomatedRollback', triggerDetail: bad },
      rollbackMetadata: { rollbackTargetPipelineExecutionId: good },
    });
    const rolledBack = executionOf(driver, rollback!.pipelineExecutionId);
    expect(rolledBack.artifacts).toEqual(executionOf(driver, good).artifacts);
    expect(Object.keys(rolledBack.stages)).toEqual(['Deploy']);
  });
});

describe('stage transitions', () => {
  it('a disabled transition holds the execution in front of the stage; enabling it lets the execution in', () => {
    const driver = pipelineDriver(twoStages());
    const pipeline = driver.sim.world.account.codepipeline.pipelines['app-pipeline']!;
    pipeline.disabledTransitions.Build = {
      reason: 'Release freeze',
      lastChangedBy: 'arn:aws:iam::123456789012:user/cicdlab-user',
      lastChangedAt: simMillis(0),
    };
    const id = start(driver);
    driver.advance('5m');
    expect(executionOf(driver, id)).toMatchObject({ status: 'InProgress', waiting: true });
    const state = driver.ok<{
      stageStates: {
        inboundExecution?: { pipelineExecutionId: string; status: string };
        inboundTransitionState: { enabled: boolean; disabledReason?: string };
      }[];
    }>('codepipeline', 'GetPipelineState', { name: 'app-pipeline' });
    expect(state.stageStates[1]).toMatchObject({
      inboundExecution: { pipelineExecutionId: id, status: 'InProgress' },
      inboundTransitionState: { enabled: false, disabledReason: 'Release freeze' },
    });
    delete pipeline.disabledTransitions.Build;
    enableTransition(driver, 'Build');
    driver.advance('5m');
    expect(executionOf(driver, id).status).toBe('Succeeded');
    expect(pipeline.stages.Build?.inboundExecutionIds).toEqual([]);
  });
});

describe('Manual approval', () => {
  const approvalPipeline = () =>
    declaration([
      stage('Source', source()),
      stage(
        'Approval',
        approval('Approve', {
          configuration: { CustomData: 'Check the staging site', ExternalEntityLink: 'https://staging.example.com' },
          timeoutInMinutes: 60,
        }),
      ),
      stage('Deploy', build('Release')),
    ]);

  const tokenOf = (driver: SimDriver) => {
    const state = driver.ok<{ stageStates: { actionStates: { latestExecution?: { token?: string } }[] }[] }>(
      'codepipeline',
      'GetPipelineState',
      { name: 'app-pipeline' },
    );
    return state.stageStates[1]?.actionStates[0]?.latestExecution?.token;
  };

  const answer = (driver: SimDriver, token: string, status: string, summary = 'looks good') =>
    call(driver, 'PutApprovalResult', {
      pipelineName: 'app-pipeline',
      stageName: 'Approval',
      actionName: 'Approve',
      token,
      result: { status, summary },
    });

  it('waits with a token and a notification; approving with the token lets the execution go on', () => {
    const driver = pipelineDriver(approvalPipeline());
    const id = start(driver);
    driver.advance('1m');
    const token = tokenOf(driver);
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    const notice = driver.log.find((e) => e['detail-type'] === 'Manual Approval Needed');
    expect(notice?.source).toBe('cicdlab.simulator');
    expect(notice?.detail).toMatchObject({
      approval: {
        pipelineName: 'app-pipeline',
        stageName: 'Approval',
        actionName: 'Approve',
        token,
        expires: '2026-01-05T10:00Z',
        customData: 'Check the staging site',
        externalEntityLink: 'https://staging.example.com',
      },
    });
    const wrong = answer(driver, '00000000-0000-4000-8000-000000000000', 'Approved');
    expect(wrong.ok ? undefined : wrong.error.type).toBe('InvalidApprovalTokenException');
    const ok = answer(driver, token!, 'Approved');
    expect(ok.ok).toBe(true);
    driver.advance('5m');
    expect(executionOf(driver, id).status).toBe('Succeeded');
    const again = answer(driver, token!, 'Approved');
    expect(again.ok ? undefined : again.error.type).toBe('ApprovalAlreadyCompletedException');
    const approvalAction = Object.values(driver.sim.world.account.codepipeline.actionExecutions).find(
      (a) => a.actionName === 'Approve',
    );
    expect(approvalAction?.updatedBy).toBe('arn:aws:iam::123456789012:user/cicdlab-user');
  });

  it('rejecting fails the stage and the execution, with the reviewer and the summary kept', () => {
    const driver = pipelineDriver(approvalPipeline());
    const id = start(driver);
    driver.advance('1m');
    expect(answer(driver, tokenOf(driver)!, 'Rejected', 'Staging shows a 500').ok).toBe(true);
    expect(timeline(driver, id).slice(-3)).toEqual(['Approval/Approve FAILED', 'Approval FAILED', 'pipeline FAILED']);
    const state = driver.ok<{ stageStates: { actionStates: { latestExecution?: Record<string, unknown> }[] }[] }>(
      'codepipeline',
      'GetPipelineState',
      { name: 'app-pipeline' },
    );
    expect(state.stageStates[1]?.actionStates[0]?.latestExecution).toMatchObject({
      status: 'Failed',
      summary: 'Staging shows a 500',
      lastUpdatedBy: 'arn:aws:iam::123456789012:user/cicdlab-user',
    });
  });

  it('times out after timeoutInMinutes like a failed action; the token no longer answers', () => {
    const driver = pipelineDriver(approvalPipeline());
    const id = start(driver);
    driver.advance('1m');
    const token = tokenOf(driver)!;
    driver.advance('59m');
    expect(executionOf(driver, id).status).toBe('InProgress');
    driver.advance('1m');
    expect(executionOf(driver, id).status).toBe('Failed');
    const action = Object.values(driver.sim.world.account.codepipeline.actionExecutions).find(
      (a) => a.actionName === 'Approve',
    );
    expect(action?.output.executionResult?.errorDetails?.message).toContain('expired');
    const late = answer(driver, token, 'Approved');
    expect(late.ok ? undefined : late.error.type).toBe('ApprovalAlreadyCompletedException');
  });

  it('names the missing action or stage', () => {
    const driver = pipelineDriver(approvalPipeline());
    const token = '00000000-0000-4000-8000-000000000000';
    const base = { pipelineName: 'app-pipeline', token, result: { status: 'Approved', summary: '' } };
    expect(errorOf(driver, 'PutApprovalResult', { ...base, stageName: 'Approval', actionName: 'Nope' }).type).toBe(
      'ActionNotFoundException',
    );
    expect(errorOf(driver, 'PutApprovalResult', { ...base, stageName: 'Nope', actionName: 'Approve' }).type).toBe(
      'StageNotFoundException',
    );
  });
});

describe('variables', () => {
  const variablePipeline = (extra = {}) =>
    declaration(
      [
        stage('Source', source('Source', { namespace: 'SourceVariables' })),
        stage(
          'Build',
          build('Unit', {
            configuration: {
              ProjectName: 'unit-#{variables.env}',
              Echo: '#{SourceVariables.Echo} in #{codepipeline.PipelineExecutionId}',
            },
          }),
        ),
      ],
      { variables: [{ name: 'env', defaultValue: 'staging' }], ...extra },
    );

  it('resolves output, pipeline and codepipeline variables just before the action starts', () => {
    const driver = pipelineDriver(variablePipeline());
    const id = start(driver, 'app-pipeline', { variables: [{ name: 'env', value: 'prod' }] });
    driver.advance('5m');
    const unit = Object.values(driver.sim.world.account.codepipeline.actionExecutions).find(
      (a) => a.actionName === 'Unit',
    );
    expect(unit?.input.resolvedConfiguration).toEqual({ ProjectName: 'unit-prod', Echo: `Source in ${id}` });
    expect(unit?.input.configuration.ProjectName).toBe('unit-#{variables.env}');
    const execution = driver.ok<{ pipelineExecution: { variables: unknown } }>('codepipeline', 'GetPipelineExecution', {
      pipelineName: 'app-pipeline',
      pipelineExecutionId: id,
    });
    expect(execution.pipelineExecution.variables).toEqual([{ name: 'env', resolvedValue: 'prod' }]);
  });

  it('fails the action (ConfigurationError) when a reference names nothing', () => {
    const driver = pipelineDriver(
      declaration([
        stage('Source', source()),
        stage('Build', build('Unit', { configuration: { ProjectName: '#{Nope.X}' } })),
      ]),
    );
    const id = start(driver);
    driver.advance('5m');
    const unit = Object.values(driver.sim.world.account.codepipeline.actionExecutions).find(
      (a) => a.actionName === 'Unit',
    );
    expect(unit?.output.executionResult?.errorDetails).toMatchObject({ code: 'ConfigurationError' });
    expect(unit?.output.executionResult?.errorDetails?.message).toContain('#{Nope.X}');
    expect(executionOf(driver, id).status).toBe('Failed');
  });

  it('refuses variables for a V1 pipeline and undeclared names (ValidationException)', () => {
    const v1 = pipelineDriver(variablePipeline({ pipelineType: 'V1' }));
    const refused = errorOf(v1, 'StartPipelineExecution', {
      name: 'app-pipeline',
      variables: [{ name: 'env', value: 'x' }],
    });
    expect(refused.type).toBe('ValidationException');
    expect(refused.message).toContain('V2');
    const v2 = pipelineDriver(variablePipeline());
    expect(
      errorOf(v2, 'StartPipelineExecution', { name: 'app-pipeline', variables: [{ name: 'region', value: 'x' }] }).type,
    ).toBe('ValidationException');
    expect(v2.sim.world.account.codepipeline.executions).toEqual({});
  });
});

describe('determinism', () => {
  it('the same pipeline, seed and calls give the same event log, byte for byte', () => {
    const run = () => {
      const driver = pipelineDriver(twoStages());
      plan(driver, 'Build/Unit', { result: 'Succeeded', durationSeconds: 45 });
      start(driver);
      driver.advance('20s');
      start(driver);
      driver.advance('30m');
      return driver.logText();
    };
    const first = run();
    expect(first.length).toBeGreaterThan(0);
    expect(run()).toBe(first);
  });
});

describe('stage conditions', () => {
  const rule = (provider: string, configuration: Record<string, string>) => ({
    name: `${provider}Rule`,
    ruleTypeId: { category: 'Rule' as const, owner: 'AWS' as const, provider, version: '1' },
    configuration,
  });

  it('beforeEntry SKIP: a VariableCheck that does not hold skips the stage and the execution goes on', () => {
    const driver = pipelineDriver(
      declaration(
        [
          stage('Source', source()),
          {
            ...stage('Prod', build('Release')),
            beforeEntry: {
              conditions: [
                {
                  result: 'SKIP',
                  rules: [rule('VariableCheck', { Variable: '#{variables.env}', Value: 'prod', Operator: 'EQ' })],
                },
              ],
            },
          },
          stage('Notify', build('Announce')),
        ],
        { variables: [{ name: 'env', defaultValue: 'staging' }] },
      ),
    );
    const id = start(driver);
    driver.advance('5m');
    expect(executionOf(driver, id).status).toBe('Succeeded');
    expect(executionOf(driver, id).stages.Prod?.status).toBe('Skipped');
    expect(timeline(driver, id)).not.toContain('Prod STARTED');
    const state = driver.ok<{ stageStates: Record<string, unknown>[] }>('codepipeline', 'GetPipelineState', {
      name: 'app-pipeline',
    });
    expect(state.stageStates[1]?.beforeEntryConditionState).toMatchObject({
      latestExecution: { status: 'Failed', summary: expect.stringContaining("is 'staging', which is not EQ 'prod'") },
    });
  });

  it('onSuccess FAIL: an alarm in ALARM after the stage fails it; a rule the simulator cannot evaluate fails plainly', () => {
    const driver = pipelineDriver(
      declaration([
        stage('Source', source()),
        {
          ...stage('Deploy', build('Release')),
          onSuccess: { conditions: [{ result: 'FAIL', rules: [rule('CloudWatchAlarm', { AlarmName: 'web-5xx' })] }] },
        },
      ]),
    );
    addAlarm(driver, 'web-5xx');
    driver.sim.world.account.fleet.alarms['web-5xx']!.state = 'ALARM';
    const id = start(driver);
    driver.advance('5m');
    expect(timeline(driver, id).slice(-4)).toEqual([
      'Deploy/Release STARTED',
      'Deploy/Release SUCCEEDED',
      'Deploy FAILED',
      'pipeline FAILED',
    ]);
    expect(executionOf(driver, id).stages.Deploy?.conditions?.onSuccess?.summary).toBe(
      'Rule CloudWatchAlarmRule failed: the alarm web-5xx is in ALARM.',
    );

    const window = pipelineDriver(
      declaration([
        stage('Source', source()),
        {
          ...stage('Deploy', build('Release')),
          beforeEntry: { conditions: [{ result: 'FAIL', rules: [rule('Commands', {})] }] },
        },
      ]),
    );
    const held = start(window);
    window.advance('5m');
    expect(executionOf(window, held).status).toBe('Failed');
    expect(executionOf(window, held).stages.Deploy?.conditions?.beforeEntry?.summary).toContain(
      'the simulator cannot evaluate Commands rules',
    );
  });

  const gated = (rules: ReturnType<typeof rule>[], result: 'FAIL' | 'SKIP' = 'FAIL') =>
    pipelineDriver(
      declaration([
        stage('Source', source()),
        { ...stage('Deploy', build('Release')), beforeEntry: { conditions: [{ result, rules }] } },
        stage('Notify', build('Announce')),
      ]),
    );

  it('DeploymentWindow: inside the window (Mon 09:00 UTC, weekdays 8–17) the stage runs; outside, FAIL engages', () => {
    const inside = gated([rule('DeploymentWindow', { Cron: '* * 8-17 ? * MON-FRI' })]);
    const id = start(inside);
    inside.advance('10m');
    expect(executionOf(inside, id).status).toBe('Succeeded');
    expect(executionOf(inside, id).stages.Deploy?.conditions?.beforeEntry?.status).toBe('Succeeded');

    // 09:00 UTC is 04:00 in New York: outside the same window read there.
    const outside = gated([rule('DeploymentWindow', { Cron: '* * 8-17 ? * MON-FRI', TimeZone: 'America/New_York' })]);
    const held = start(outside);
    outside.advance('10m');
    expect(executionOf(outside, held).status).toBe('Failed');
    expect(timeline(outside, held)).not.toContain('Deploy/Release STARTED');
    expect(executionOf(outside, held).stages.Deploy?.conditions?.beforeEntry?.summary).toBe(
      "Rule DeploymentWindowRule failed: 2026-01-05 04:00 MON America/New_York is outside the deployment window '* * 8-17 ? * MON-FRI'.",
    );
  });

  it('DeploymentWindow with SKIP skips the stage outside the window; a bad cron fails the rule saying why', () => {
    const skipping = gated([rule('DeploymentWindow', { Cron: '* * 22-23 ? * *' })], 'SKIP');
    const id = start(skipping);
    skipping.advance('10m');
    expect(executionOf(skipping, id).stages.Deploy?.status).toBe('Skipped');
    expect(executionOf(skipping, id).status).toBe('Succeeded');

    const bad = gated([rule('DeploymentWindow', { Cron: '* * 24 ? * *' })]);
    const failed = start(bad);
    bad.advance('10m');
    expect(executionOf(bad, failed).stages.Deploy?.conditions?.beforeEntry?.summary).toBe(
      "Rule DeploymentWindowRule failed: Cron '* * 24 ? * *': '24' is not a valid hours value (0-23).",
    );
  });

  it('LambdaInvoke: succeeds unless the user set the rule to fail, with the message given', () => {
    const lambdaRule = rule('LambdaInvoke', { FunctionName: 'release-gate' });
    const driver = gated([lambdaRule]);
    const first = start(driver);
    driver.advance('10m');
    expect(executionOf(driver, first).status).toBe('Succeeded');

    driver.ok('codepipeline', 'SetActionOutcome', {
      pipelineName: 'app-pipeline',
      stageName: 'Deploy',
      conditionType: 'beforeEntry',
      ruleName: 'LambdaInvokeRule',
      outcome: { result: 'Failed', durationSeconds: 0, message: 'change freeze' },
    });
    const second = start(driver);
    driver.advance('10m');
    expect(executionOf(driver, second).status).toBe('Failed');
    expect(executionOf(driver, second).stages.Deploy?.conditions?.beforeEntry?.summary).toBe(
      'Rule LambdaInvokeRule failed: the function release-gate answered failure: change freeze.',
    );
    const wrong = driver.call('codepipeline', 'SetActionOutcome', {
      pipelineName: 'app-pipeline',
      stageName: 'Deploy',
      conditionType: 'onSuccess',
      ruleName: 'LambdaInvokeRule',
      outcome: { result: 'Failed', durationSeconds: 0 },
    });
    expect(wrong.ok ? undefined : wrong.error.message).toContain(
      'Stage Deploy has no LambdaInvoke rule named LambdaInvokeRule in its onSuccess condition',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { demoScenarioText, SimDriver } from '../testing/driver';
import { CodePipelineStateSchema } from './state-schema';

type StageState = {
  stageName: string;
  latestExecution?: { status: string };
  actionStates: { actionName: string; latestExecution?: { status: string; token?: string } }[];
};

const stageStatuses = (d: SimDriver) =>
  d
    .ok<{ stageStates: StageState[] }>('codepipeline', 'GetPipelineState', { name: 'demo-pipeline' })
    .stageStates.map((s) => `${s.stageName} ${s.latestExecution?.status ?? '-'}`);

describe('the demo pipeline', () => {
  it('starts quiet, runs the pushed commit to the approval, and deploys it once approved', () => {
    const d = SimDriver.fromText(demoScenarioText());
    const { pipeline } = d.ok<{ pipeline: Record<string, unknown> }>('codepipeline', 'GetPipeline', {
      name: 'demo-pipeline',
    });
    expect(pipeline).toMatchObject({ version: 1, pipelineType: 'V2', executionMode: 'SUPERSEDED' });
    expect(d.sim.world.account.codepipeline.executions).toEqual({});

    // The scripted push to main at 3 minutes starts it; the build passes and the approval waits.
    d.advance('10m');
    expect(stageStatuses(d)).toEqual(['Source Succeeded', 'Build Succeeded', 'Approval InProgress', 'Deploy -']);
    // A world saved now (executions, action executions, a pending approval) is one Import world accepts.
    expect(CodePipelineStateSchema.safeParse(d.sim.snapshot().account.codepipeline).error).toBeUndefined();
    const approval = d
      .ok<{ stageStates: StageState[] }>('codepipeline', 'GetPipelineState', { name: 'demo-pipeline' })
      .stageStates.find((s) => s.stageName === 'Approval')!.actionStates[0]!.latestExecution!;
    d.ok('codepipeline', 'PutApprovalResult', {
      pipelineName: 'demo-pipeline',
      stageName: 'Approval',
      actionName: 'Approve',
      token: approval.token,
      result: { status: 'Approved', summary: 'Looks good' },
    });

    // The build output holds appspec.yml and the scripts: the fleet deployment succeeds.
    d.advance('1h');
    expect(stageStatuses(d)).toEqual(['Source Succeeded', 'Build Succeeded', 'Approval Succeeded', 'Deploy Succeeded']);
    const deployments = Object.values(d.sim.world.account.codedeploy.deployments);
    expect(deployments.map((x) => [x.applicationName, x.deploymentGroupName, x.creator, x.status])).toEqual([
      ['demo-web', 'demo-web-fleet', 'CodePipeline', 'Succeeded'],
    ]);
    expect(CodePipelineStateSchema.safeParse(d.sim.snapshot().account.codepipeline).error).toBeUndefined();
  });

  it('releases the Lambda canary of demo-fn-pipeline on Release change', () => {
    const d = SimDriver.fromText(demoScenarioText());
    const { pipelineExecutionId } = d.ok<{ pipelineExecutionId: string }>('codepipeline', 'StartPipelineExecution', {
      name: 'demo-fn-pipeline',
    });
    d.advance('30m');
    expect(d.sim.world.account.codepipeline.executions[pipelineExecutionId]?.status).toBe('Succeeded');
    const deployments = Object.values(d.sim.world.account.codedeploy.deployments);
    expect(deployments.map((x) => [x.applicationName, x.deploymentConfigName, x.status])).toEqual([
      ['demo-fn', 'CodeDeployDefault.LambdaCanary10Percent5Minutes', 'Succeeded'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { SimDriver } from '../../testing/driver';
import { ecsGroup } from '../test-world';
import {
  deploymentOf,
  eventNames,
  info,
  lambdaDriver,
  ok,
  codedeployDriver,
} from '../../testing/codedeploy-deployments';

const LAMBDA_APPSPEC = `version: 0.0
Resources:
  - fn:
      Type: AWS::Lambda::Function
      Properties:
        Name: fn
        Alias: live
        CurrentVersion: 1
        TargetVersion: 2
`;

const withHooks = `${LAMBDA_APPSPEC}Hooks:
  - BeforeAllowTraffic: preHook
  - AfterAllowTraffic: postHook
`;

/** Share of the alias's traffic going to version 2, in percent. */
function toVersion2(driver: SimDriver): number {
  const alias = driver.sim.world.account.fleet.lambdaFunctions.fn?.aliases.live;
  if (!alias) return -1;
  if (alias.functionVersion === '2') return 100;
  return Math.round((alias.additionalVersionWeights['2'] ?? 0) * 100);
}

describe('Lambda deployments', () => {
  it('runs Start, BeforeAllowTraffic, AllowTraffic, AfterAllowTraffic, End', () => {
    const { driver, id } = lambdaDriver('CodeDeployDefault.LambdaAllAtOnce', withHooks, ['preHook', 'postHook']);
    driver.advance('10m');
    expect(info(driver, id).status).toBe('Succeeded');
    expect(eventNames(driver, id, 'fn:live')).toEqual([
      'Start',
      'BeforeAllowTraffic',
      'AllowTraffic',
      'AfterAllowTraffic',
      'End',
    ]);
    expect(toVersion2(driver)).toBe(100);
    const target = ok<{ deploymentTarget: { lambdaTarget: Record<string, unknown> } }>(driver, 'GetDeploymentTarget', {
      deploymentId: id,
      targetId: 'fn:live',
    }).deploymentTarget.lambdaTarget;
    expect(target.lambdaFunctionInfo).toEqual({
      functionName: 'fn',
      functionAlias: 'live',
      currentVersion: '1',
      targetVersion: '2',
      targetVersionWeight: 1,
    });
  });

  it('Canary10Percent5Minutes sends 10% to the new version, then 100% after 5 minutes', () => {
    const { driver, id } = lambdaDriver('CodeDeployDefault.LambdaCanary10Percent5Minutes', LAMBDA_APPSPEC);
    driver.advance('10s');
    expect(toVersion2(driver)).toBe(10);
    driver.advance('4m');
    expect(toVersion2(driver)).toBe(10);
    expect(info(driver, id).status).toBe('InProgress');
    driver.advance('1m');
    expect(toVersion2(driver)).toBe(100);
    driver.advance('10s');
    expect(info(driver, id).status).toBe('Succeeded');
    expect(deploymentOf(driver, id).trafficShiftedPercent).toBe(100);
  });

  it('Linear10PercentEvery1Minute moves traffic in ten equal steps, one a minute', () => {
    const { driver } = lambdaDriver('CodeDeployDefault.LambdaLinear10PercentEvery1Minute', LAMBDA_APPSPEC);
    driver.advance('10s');
    const seen = [toVersion2(driver)];
    for (let i = 0; i < 9; i++) {
      driver.advance('1m');
      seen.push(toVersion2(driver));
    }
    expect(seen).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });

  it('a hook that reports Failed fails the deployment and puts the traffic back', () => {
    const { driver, id } = lambdaDriver('CodeDeployDefault.LambdaCanary10Percent5Minutes', withHooks, [
      'preHook',
      'postHook',
    ]);
    const post = driver.sim.world.account.fleet.lambdaFunctions.postHook;
    if (post) post.hookBehaviour = { result: 'Failed', delaySeconds: 2 };
    driver.advance('10m');
    expect(info(driver, id)).toMatchObject({ status: 'Failed', errorInformation: { code: 'HOOK_EXECUTION_FAILURE' } });
    expect(toVersion2(driver)).toBe(0);
  });

  it('waits for PutLifecycleEventHookExecutionStatus from a hook that does not report by itself', () => {
    const { driver, id } = lambdaDriver('CodeDeployDefault.LambdaAllAtOnce', withHooks, ['preHook', 'postHook']);
    const pre = driver.sim.world.account.fleet.lambdaFunctions.preHook;
    if (pre) pre.hookBehaviour = { result: 'NoResponse', delaySeconds: 0 };
    driver.advance('30m');
    const event = deploymentOf(driver, id).targets['fn:live']?.lifecycleEvents[1];
    expect(event).toMatchObject({ lifecycleEventName: 'BeforeAllowTraffic', status: 'InProgress' });
    const hookId = event?.hookExecutionId as string;
    ok(driver, 'PutLifecycleEventHookExecutionStatus', {
      deploymentId: id,
      lifecycleEventHookExecutionId: hookId,
      status: 'Succeeded',
    });
    const again = driver.call('codedeploy', 'PutLifecycleEventHookExecutionStatus', {
      deploymentId: id,
      lifecycleEventHookExecutionId: hookId,
      status: 'Succeeded',
    });
    expect(again.ok ? '' : again.error.type).toBe('LifecycleEventAlreadyCompletedException');
    driver.advance('1m');
    expect(info(driver, id).status).toBe('Succeeded');
  });

  it('fails a hook that never reports after one hour', () => {
    const { driver, id } = lambdaDriver('CodeDeployDefault.LambdaAllAtOnce', withHooks, ['preHook', 'postHook']);
    const pre = driver.sim.world.account.fleet.lambdaFunctions.preHook;
    if (pre) pre.hookBehaviour = { result: 'NoResponse', delaySeconds: 0 };
    driver.advance('59m');
    expect(info(driver, id).status).toBe('InProgress');
    driver.advance('2m');
    expect(info(driver, id).status).toBe('Failed');
  });
});

describe('Lambda rollback', () => {
  it('a failed Lambda deployment points the alias back and rolls back to the last good revision, all at once', () => {
    const { driver, id: first } = lambdaDriver('CodeDeployDefault.LambdaCanary10Percent5Minutes', LAMBDA_APPSPEC, [
      'postHook',
    ]);
    driver.advance('10m');
    expect(info(driver, first).status).toBe('Succeeded');
    ok(driver, 'UpdateDeploymentGroup', {
      applicationName: 'fn',
      currentDeploymentGroupName: 'fn-live',
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE'] },
    });
    const post = driver.sim.world.account.fleet.lambdaFunctions.postHook;
    if (post) post.hookBehaviour = { result: 'Failed', delaySeconds: 1 };
    const back = LAMBDA_APPSPEC.replace('CurrentVersion: 1', 'CurrentVersion: 2')
      .replace('TargetVersion: 2', 'TargetVersion: 1')
      .concat('Hooks:\n  - AfterAllowTraffic: postHook\n');
    const second = ok<{ deploymentId: string }>(driver, 'CreateDeployment', {
      applicationName: 'fn',
      deploymentGroupName: 'fn-live',
      revision: { revisionType: 'AppSpecContent', appSpecContent: { content: back } },
    }).deploymentId;
    driver.advance('10m');
    const failed = info(driver, second);
    expect(failed.status).toBe('Failed');
    const rollbackId = (failed.rollbackInfo as { rollbackDeploymentId: string }).rollbackDeploymentId;
    expect(info(driver, rollbackId)).toMatchObject({
      status: 'Succeeded',
      creator: 'codeDeployRollback',
      deploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce',
    });
    expect(toVersion2(driver)).toBe(100);
  });
});

describe('ECS deployments', () => {
  it('runs the ECS events in order, shifts the production listener and removes the original task set after the wait', () => {
    const driver = codedeployDriver();
    const fleet = driver.sim.world.account.fleet;
    const tgs = Object.values(fleet.targetGroups);
    const blue = tgs.find((t) => t.targetGroupName === 'blue-tg')?.targetGroupArn as string;
    const green = tgs.find((t) => t.targetGroupName === 'green-tg')?.targetGroupArn as string;
    const lb = Object.values(fleet.loadBalancers)[0];
    for (const l of lb?.listeners ?? []) l.forward = [{ targetGroupArn: blue, weight: 100 }];
    const service = fleet.ecsServices['main/svc'];
    service?.taskSets.push({
      id: 'ecs-svc/1',
      taskSetArn: 'arn:aws:ecs:us-east-1:123456789012:task-set/main/svc/ecs-svc/1',
      taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:1',
      status: 'PRIMARY',
      scale: 100,
      targetGroupArn: blue,
      createdAt: 0 as never,
      stabilityStatus: 'STEADY_STATE',
    });
    ok(driver, 'CreateApplication', { applicationName: 'api', computePlatform: 'ECS' });
    ok(
      driver,
      'CreateDeploymentGroup',
      ecsGroup({
        deploymentConfigName: 'CodeDeployDefault.ECSCanary10Percent5Minutes',
        blueGreenDeploymentConfiguration: {
          terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 10 },
          deploymentReadyOption: { actionOnTimeout: 'CONTINUE_DEPLOYMENT', waitTimeInMinutes: 0 },
        },
      }),
    );
    const content = `version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/web:2
        LoadBalancerInfo:
          ContainerName: web
          ContainerPort: 80
`;
    const id = ok<{ deploymentId: string }>(driver, 'CreateDeployment', {
      applicationName: 'api',
      deploymentGroupName: 'api-svc',
      revision: { revisionType: 'AppSpecContent', appSpecContent: { content } },
    }).deploymentId;
    driver.advance('4m');
    const prod = () => lb?.listeners[0]?.forward.map((f) => [f.targetGroupArn === green ? 'green' : 'blue', f.weight]);
    expect(prod()).toEqual([
      ['blue', 90],
      ['green', 10],
    ]);
    expect(lb?.listeners[1]?.forward).toEqual([{ targetGroupArn: green, weight: 100 }]);
    driver.advance('5m');
    expect(prod()).toEqual([['green', 100]]);
    expect(info(driver, id).status).toBe('InProgress');
    expect(eventNames(driver, id, 'main:svc')).toEqual([
      'Start',
      'BeforeInstall',
      'Install',
      'AfterInstall',
      'AllowTestTraffic',
      'AfterAllowTestTraffic',
      'BeforeAllowTraffic',
      'AllowTraffic',
      'AfterAllowTraffic',
      'End',
    ]);
    ok(driver, 'ContinueDeployment', { deploymentId: id, deploymentWaitType: 'TERMINATION_WAIT' });
    expect(info(driver, id).status).toBe('Succeeded');
    expect(service?.taskSets.find((t) => t.id === 'ecs-svc/1')?.status ?? 'removed').not.toBe('PRIMARY');
  });
});

import { describe, expect, it } from 'vitest';
import type { SimDriver } from '../../testing/driver';
import { s3Revision, serverGroup } from '../test-world';
import { addAlarm, deploymentOf, info, ok, codedeployDriver } from '../../testing/codedeploy-deployments';

function webGroup(extra: Record<string, unknown> = {}) {
  const driver = codedeployDriver();
  addAlarm(driver, 'web-5xx');
  ok(driver, 'CreateApplication', { applicationName: 'web' });
  ok(driver, 'CreateDeploymentGroup', serverGroup(extra));
  return driver;
}

const deploy = (driver: SimDriver, key: string, extra: Record<string, unknown> = {}) =>
  ok<{ deploymentId: string }>(driver, 'CreateDeployment', {
    applicationName: 'web',
    deploymentGroupName: 'web-fleet',
    revision: s3Revision(key),
    ...extra,
  }).deploymentId;

const withRollback = (events: string[]) => ({
  alarmConfiguration: { enabled: true, alarms: [{ name: 'web-5xx' }] },
  autoRollbackConfiguration: { enabled: true, events },
});

describe('Stopping and rolling back deployments', () => {
  it('an alarm in ALARM stops the deployment (ALARM_ACTIVE) and rolls back to the last good revision, linked both ways', () => {
    const driver = webGroup(withRollback(['DEPLOYMENT_STOP_ON_ALARM']));
    const good = deploy(driver, 'web/v1.zip');
    driver.advance('1h');
    expect(info(driver, good).status).toBe('Succeeded');
    const bad = deploy(driver, 'web/v2.zip');
    driver.advance('30s');
    const alarm = driver.sim.world.account.fleet.alarms['web-5xx'];
    if (alarm) alarm.state = 'ALARM';
    driver.advance('30s');
    const stopped = info(driver, bad);
    expect(stopped).toMatchObject({ status: 'Stopped', errorInformation: { code: 'ALARM_ACTIVE' } });
    expect(String((stopped.errorInformation as { message: string }).message)).toContain('web-5xx');
    const rollbackId = (stopped.rollbackInfo as { rollbackDeploymentId: string }).rollbackDeploymentId;
    const rollback = info(driver, rollbackId);
    expect(rollback).toMatchObject({
      creator: 'codeDeployRollback',
      rollbackInfo: { rollbackTriggeringDeploymentId: bad },
      revision: { s3Location: { key: 'web/v1.zip' } },
    });
    expect(
      driver.log
        .filter((e) => e['detail-type'] === 'CodeDeploy Deployment State-change Notification')
        .map((e) => [e.detail.deploymentId, e.detail.state]),
    ).toContainEqual([bad, 'STOP']);
  });

  it('stops at the moment CloudWatch reports the alarm (SetAlarmState), not at the next lifecycle event', () => {
    const driver = webGroup(withRollback(['DEPLOYMENT_STOP_ON_ALARM']));
    const id = deploy(driver, 'web/v1.zip');
    driver.advance('5s');
    const set = driver.call('cloudwatch', 'SetAlarmState', {
      AlarmName: 'web-5xx',
      StateValue: 'ALARM',
      StateReason: 'Threshold Crossed: test',
    });
    expect(set.ok).toBe(true);
    const d = deploymentOf(driver, id);
    expect(d).toMatchObject({ status: 'Stopped', errorInformation: { code: 'ALARM_ACTIVE' } });
    expect(d.completeTime).toBe(driver.sim.now);
  });

  it('StopDeployment with autoRollbackEnabled stops (MANUAL_STOP) and starts a rollback deployment', () => {
    const driver = webGroup();
    deploy(driver, 'web/v1.zip');
    driver.advance('1h');
    const second = deploy(driver, 'web/v2.zip');
    driver.advance('20s');
    ok(driver, 'StopDeployment', { deploymentId: second, autoRollbackEnabled: true });
    const stopped = info(driver, second);
    expect(stopped).toMatchObject({ status: 'Stopped', errorInformation: { code: 'MANUAL_STOP' } });
    const rollbackId = (stopped.rollbackInfo as { rollbackDeploymentId: string }).rollbackDeploymentId;
    expect(deploymentOf(driver, rollbackId).rollbackInfo?.rollbackTriggeringDeploymentId).toBe(second);
    driver.advance('1h');
    expect(info(driver, rollbackId).status).toBe('Succeeded');
    const again = driver.call('codedeploy', 'StopDeployment', { deploymentId: second });
    expect(again.ok ? '' : again.error.type).toBe('DeploymentAlreadyCompletedException');
  });

  it('with no earlier successful deployment there is nothing to roll back to, and rollbackMessage says so', () => {
    const driver = webGroup(withRollback(['DEPLOYMENT_FAILURE']));
    const agent = driver.sim.world.account.fleet.instances['i-00000000000000001'];
    if (agent) agent.agent = 'not-installed';
    const id = deploy(driver, 'web/v1.zip');
    driver.advance('2h');
    const failed = info(driver, id);
    expect(failed.status).toBe('Failed');
    expect(failed.rollbackInfo).toEqual({ rollbackMessage: expect.stringContaining('no last known good revision') });
  });
});

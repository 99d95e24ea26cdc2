import { describe, expect, it } from 'vitest';
import type { EventBridgeEvent } from '../../../engine';
import type { DeploymentInfo, DeploymentTarget } from '../../../api/codedeploy/deployment-types';
import { toTrafficSeries } from './traffic-series';

const START = Date.UTC(2026, 0, 5, 9, 0, 0);
const at = (seconds: number) => new Date(START + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const ALIAS = 'arn:aws:lambda:us-east-1:111122223333:function:demo-fn:live';

const event = (
  seconds: number,
  source: string,
  detailType: string,
  detail: Record<string, unknown>,
): EventBridgeEvent => ({
  version: '0',
  id: String(seconds),
  'detail-type': detailType,
  source,
  account: '111122223333',
  time: at(seconds),
  region: 'us-east-1',
  resources: [],
  detail,
});
const weights = (seconds: number, percentages: Record<string, number>, entryPoint = ALIAS) =>
  event(seconds, 'cicdlab.simulator', 'Traffic Weight Change', {
    entryPoint,
    entryPointType: 'lambda-alias',
    percentages,
  });
const alarm = (seconds: number, value: string) =>
  event(seconds, 'aws.cloudwatch', 'CloudWatch Alarm State Change', { alarmName: 'demo-fn-errors', state: { value } });

const canary = (over: Partial<DeploymentInfo> = {}): DeploymentInfo => ({
  deploymentId: 'd-CANARY001',
  applicationName: 'demo-fn-app',
  deploymentGroupName: 'live',
  deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
  computePlatform: 'Lambda',
  status: 'InProgress',
  createTime: START / 1000 + 100,
  startTime: START / 1000 + 100,
  ...over,
});
const lambdaTarget: DeploymentTarget = {
  deploymentTargetType: 'LambdaTarget',
  lambdaTarget: {
    targetId: 'demo-fn:live',
    lifecycleEvents: [
      {
        lifecycleEventName: 'BeforeAllowTraffic',
        status: 'Succeeded',
        startTime: START / 1000 + 101,
        endTime: START / 1000 + 103,
      },
    ],
    lambdaFunctionInfo: { functionName: 'demo-fn', functionAlias: 'live', currentVersion: '1', targetVersion: '2' },
  },
};

describe('toTrafficSeries', () => {
  it('a canary: 10% to the new version, then 100% five minutes later', () => {
    const s = toTrafficSeries({
      events: [weights(0, { '1': 100 }), weights(105, { '1': 90, '2': 10 }), weights(405, { '2': 100 })],
      startEpochMs: START,
      now: 500,
      deployment: canary(),
      targets: [lambdaTarget],
    });
    expect(s.x).toEqual([100, 105, 405, 500]);
    expect(s.replacement).toEqual([0, 10, 100, 100]);
    expect(s.original).toEqual([100, 90, 0, 0]);
    expect(s.current).toEqual({ original: 0, replacement: 100 });
    expect(s.replacementLabels).toEqual(['2']);
    expect(s.markers.filter((m) => m.kind === 'shift').map((m) => m.at)).toEqual([105, 405]);
    expect(s.markers.find((m) => m.kind === 'hook')).toMatchObject({ at: 101, label: 'BeforeAllowTraffic ran' });
  });

  it('another entry point changing at the same time is not mixed in', () => {
    const s = toTrafficSeries({
      events: [
        weights(0, { '1': 100 }),
        weights(105, { a: 50, b: 50 }, 'arn:aws:elasticloadbalancing:listener/x'),
        weights(106, { '1': 90, '2': 10 }),
      ],
      startEpochMs: START,
      now: 200,
      deployment: canary(),
      targets: [lambdaTarget],
    });
    expect(s.replacement).toEqual([0, 10, 10]);
  });

  it('the alarm shows as OK then ALARM bands, and the rollback as a marker', () => {
    const s = toTrafficSeries({
      events: [
        weights(0, { '1': 100 }),
        alarm(50, 'OK'),
        weights(105, { '1': 90, '2': 10 }),
        alarm(200, 'ALARM'),
        weights(210, { '1': 100 }),
      ],
      startEpochMs: START,
      now: 300,
      deployment: canary({ status: 'Stopped', completeTime: START / 1000 + 205 }),
      targets: [lambdaTarget],
      rollback: canary({ deploymentId: 'd-ROLLBACK1', createTime: START / 1000 + 206 }),
      alarmNames: ['demo-fn-errors'],
    });
    expect(s.alarmBands.map((b) => [b.state, b.from, b.to])).toEqual([
      ['OK', 100, 200],
      ['ALARM', 200, 300],
    ]);
    expect(s.markers.find((m) => m.kind === 'rollback')).toMatchObject({
      at: 206,
      label: 'Rollback d-ROLLBACK1 started',
    });
    expect(s.current).toEqual({ original: 100, replacement: 0 });
  });

  it('with no split before the deployment, the majority of the first one is the original', () => {
    const { lambdaFunctionInfo: _omitted, ...bare } = lambdaTarget.lambdaTarget ?? { targetId: '' };
    const s = toTrafficSeries({
      events: [weights(105, { '1': 90, '2': 10 }), weights(405, { '2': 100 })],
      startEpochMs: START,
      now: 500,
      deployment: canary(),
      targets: [{ deploymentTargetType: 'LambdaTarget', lambdaTarget: bare }],
    });
    expect([s.originalLabels, s.replacementLabels]).toEqual([['1'], ['2']]);
    expect(s.replacement).toEqual([10, 100, 100]);
  });

  it('an EC2 deployment follows a listener, not a Lambda alias shifting at the same time', () => {
    const listener = (seconds: number, percentages: Record<string, number>) =>
      event(seconds, 'cicdlab.simulator', 'Traffic Weight Change', {
        entryPoint: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/app/demo-web-alb/1/2',
        entryPointType: 'listener',
        percentages,
      });
    const s = toTrafficSeries({
      events: [weights(101, { '1': 90, '2': 10 }), listener(0, { v1: 100 }), listener(150, { v1: 50, v2: 50 })],
      startEpochMs: START,
      now: 200,
      deployment: canary({ computePlatform: 'Server' }),
      targets: [],
    });
    expect(s.replacement).toEqual([0, 50, 50]);
    expect(s.replacementLabels).toEqual(['v2']);
  });

  it('nothing published yet: no current split', () => {
    const s = toTrafficSeries({
      events: [],
      startEpochMs: START,
      now: 120,
      deployment: canary(),
      targets: [lambdaTarget],
    });
    expect(s.current).toBeUndefined();
    expect(s.x).toEqual([]);
  });
});

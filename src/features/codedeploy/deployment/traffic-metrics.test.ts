import { describe, expect, it } from 'vitest';
import type { DeploymentGroupInfo } from '../../../api/codedeploy/control-types';
import type { DeploymentInfo, DeploymentTarget } from '../../../api/codedeploy/deployment-types';
import type { Metric, MetricDataResult } from '../../../api/fleet/types';
import { metricQueries, metricSourceOf, metricWindow, toMetricSeries } from './traffic-metrics';

const START = Date.UTC(2026, 0, 5, 9, 0, 0);
const EPOCH = START / 1000;

const canary: DeploymentInfo = {
  deploymentId: 'd-CANARY001',
  applicationName: 'demo-fn-app',
  deploymentGroupName: 'live',
  deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
  computePlatform: 'Lambda',
  status: 'InProgress',
};
const lambdaTarget: DeploymentTarget = {
  deploymentTargetType: 'LambdaTarget',
  lambdaTarget: {
    targetId: 'demo-fn:live',
    lambdaFunctionInfo: { functionName: 'demo-fn', functionAlias: 'live', currentVersion: '1', targetVersion: '2' },
  },
};
const lambdaMetric = (name: string, version?: string, resource = 'demo-fn:live'): Metric => ({
  Namespace: 'AWS/Lambda',
  MetricName: name,
  Dimensions: [
    { Name: 'FunctionName', Value: 'demo-fn' },
    { Name: 'Resource', Value: resource },
    ...(version ? [{ Name: 'ExecutedVersion', Value: version }] : []),
  ],
});
const elbMetric = (name: string, targetGroup: string): Metric => ({
  Namespace: 'AWS/ApplicationELB',
  MetricName: name,
  Dimensions: [
    { Name: 'LoadBalancer', Value: 'app/demo-alb/50dc6c495c0c9188' },
    { Name: 'TargetGroup', Value: `targetgroup/${targetGroup}/73e2d6bc24d8a067` },
  ],
});

describe('metricSourceOf', () => {
  it('measures a Lambda deployment on its alias, the current version being the original', () => {
    expect(metricSourceOf(canary, [lambdaTarget], undefined)).toEqual({
      kind: 'lambda',
      functionName: 'demo-fn',
      alias: 'live',
      originalVersion: '1',
    });
  });

  it('measures EC2 and ECS on the deployment group’s target groups', () => {
    const group = {
      loadBalancerInfo: {
        targetGroupPairInfoList: [
          { targetGroups: [{ name: 'web-blue' }, { name: 'web-green' }], prodTrafficRoute: { listenerArns: [] } },
        ],
      },
    } as unknown as DeploymentGroupInfo;
    expect(metricSourceOf({ ...canary, computePlatform: 'ECS' }, [], group)).toEqual({
      kind: 'target-groups',
      names: ['web-blue', 'web-green'],
    });
    expect(metricSourceOf({ ...canary, computePlatform: 'Server' }, [], undefined)).toBeUndefined();
  });
});

describe('metricQueries', () => {
  it('asks for Invocations and Errors per ExecutedVersion of the alias only', () => {
    const metrics = [
      lambdaMetric('Invocations'),
      lambdaMetric('Invocations', '2'),
      lambdaMetric('Invocations', '1'),
      lambdaMetric('Invocations', '3', 'demo-fn:beta'),
    ];
    const { queries, lines } = metricQueries(
      { kind: 'lambda', functionName: 'demo-fn', alias: 'live', originalVersion: '1' },
      metrics,
      10,
    );
    expect(lines.map((l) => [l.label, l.original])).toEqual([
      ['Invocations v1', true],
      ['Errors v1', true],
      ['Invocations v2', false],
      ['Errors v2', false],
    ]);
    expect(queries[3]?.MetricStat).toEqual({
      Metric: { Namespace: 'AWS/Lambda', MetricName: 'Errors', Dimensions: lambdaMetric('Errors', '2').Dimensions },
      Period: 10,
      Stat: 'Sum',
    });
  });

  it('asks for the 5XX count of a target group before ELB has published any', () => {
    const { queries } = metricQueries(
      { kind: 'target-groups', names: ['web-blue'] },
      [elbMetric('RequestCount', 'web-blue'), elbMetric('RequestCount', 'other')],
      60,
    );
    expect(queries.map((q) => [q.MetricStat.Metric.MetricName, q.MetricStat.Metric.Dimensions])).toEqual([
      ['RequestCount', elbMetric('RequestCount', 'web-blue').Dimensions],
      ['HTTPCode_Target_5XX_Count', elbMetric('RequestCount', 'web-blue').Dimensions],
    ]);
  });
});

describe('toMetricSeries', () => {
  it('turns per-period sums into rates per second at the end of each period, a missing period reading 0', () => {
    const result = (Id: string, Timestamps: number[], Values: number[]): MetricDataResult => ({
      Id,
      Label: Id,
      Timestamps,
      Values,
      StatusCode: 'Complete',
    });
    const lines = metricQueries(
      { kind: 'lambda', functionName: 'demo-fn', alias: 'live', originalVersion: '1' },
      [lambdaMetric('Invocations', '1'), lambdaMetric('Invocations', '2')],
      10,
    ).lines;
    // 3 requests a second; the canary sends 10% to version 2 from t = 110 s.
    const series = toMetricSeries(
      [
        result('r0', [EPOCH + 100, EPOCH + 110], [30, 27]),
        result('e0', [EPOCH + 100, EPOCH + 110], [0, 0]),
        result('r1', [EPOCH + 110], [3]),
        result('e1', [EPOCH + 110], [1.5]),
      ],
      lines,
      10,
      START,
    );
    expect(series.x).toEqual([110, 120]);
    expect(series.values).toEqual([
      [3, 2.7],
      [0, 0],
      [0, 0.3],
      [0, 0.15],
    ]);
  });
});

describe('metricWindow', () => {
  it('keeps one window for a quarter of an hour of a live deployment, in ten-second periods', () => {
    const a = metricWindow({ from: 100, now: 160, ended: undefined, startEpochMs: START });
    const b = metricWindow({ from: 100, now: 900, ended: undefined, startEpochMs: START });
    expect(a).toEqual(b);
    expect(a).toEqual({ startTime: EPOCH + 100, endTime: EPOCH + 100 + 900, period: 10 });
  });

  it('uses minutes for a deployment longer than an hour', () => {
    expect(metricWindow({ from: 0, now: 0, ended: 7200, startEpochMs: START }).period).toBe(60);
  });
});

import { describe, expect, it } from 'vitest';
import type { DeploymentInfo, DeploymentTarget, LifecycleEvent } from '../../../api/codedeploy/deployment-types';
import { toTimeline } from './timeline-rows';

const T0 = 1_767_600_000; // epoch seconds

const deployment = (over: Partial<DeploymentInfo> = {}): DeploymentInfo => ({
  deploymentId: 'd-AAAAAAAAA',
  applicationName: 'web',
  deploymentGroupName: 'web-fleet',
  deploymentConfigName: 'CodeDeployDefault.HalfAtATime',
  computePlatform: 'Server',
  status: 'InProgress',
  createTime: T0,
  startTime: T0,
  ...over,
});

const EC2_EVENTS = [
  'Start',
  'ApplicationStop',
  'DownloadBundle',
  'BeforeInstall',
  'Install',
  'AfterInstall',
  'ApplicationStart',
  'ValidateService',
  'End',
];

/** An instance whose events ran back to back, 10 s each, from `from` (epoch seconds). */
function instance(id: string, from: number, label?: 'Blue' | 'Green'): DeploymentTarget {
  const lifecycleEvents: LifecycleEvent[] = EC2_EVENTS.map((name, i) => ({
    lifecycleEventName: name,
    status: 'Succeeded',
    startTime: from + i * 10,
    endTime: from + i * 10 + 10,
  }));
  return {
    deploymentTargetType: 'InstanceTarget',
    instanceTarget: { targetId: id, status: 'Succeeded', lifecycleEvents, ...(label && { instanceLabel: label }) },
  };
}

describe('toTimeline', () => {
  it('HalfAtATime on 6 instances: two batches of three, in the order they ran', () => {
    const targets = ['i-6', 'i-5', 'i-4', 'i-3', 'i-2', 'i-1'].map((id, n) => instance(id, n < 3 ? T0 + 90 : T0));
    const timeline = toTimeline(deployment(), targets, (T0 + 300) * 1000);
    expect(timeline.batches).toBe(2);
    expect(timeline.rows.map((r) => `${r.label}:${r.batch}`)).toEqual([
      'i-1:1',
      'i-2:1',
      'i-3:1',
      'i-4:2',
      'i-5:2',
      'i-6:2',
    ]);
  });

  it('reserved EC2 events (Start, DownloadBundle, Install, End) are marked, hooks are not', () => {
    const [row] = toTimeline(deployment(), [instance('i-1', T0)], (T0 + 100) * 1000).rows;
    expect(row?.bars.filter((b) => b.reserved).map((b) => b.event)).toEqual([
      'Start',
      'DownloadBundle',
      'Install',
      'End',
    ]);
    expect(row?.bars.find((b) => b.event === 'ValidateService')).toMatchObject({
      reserved: false,
      start: (T0 + 70) * 1000,
      end: (T0 + 80) * 1000,
    });
  });

  it('an event still running ends at now; one not started is not drawn', () => {
    const target: DeploymentTarget = {
      deploymentTargetType: 'InstanceTarget',
      instanceTarget: {
        targetId: 'i-1',
        lifecycleEvents: [
          { lifecycleEventName: 'Start', status: 'Succeeded', startTime: T0, endTime: T0 + 1 },
          { lifecycleEventName: 'ApplicationStop', status: 'InProgress', startTime: T0 + 1 },
          { lifecycleEventName: 'DownloadBundle', status: 'Pending' },
        ],
      },
    };
    const [row] = toTimeline(deployment(), [target], (T0 + 30) * 1000).rows;
    expect(row?.bars.map((b) => [b.event, b.running, b.end])).toEqual([
      ['Start', false, (T0 + 1) * 1000],
      ['ApplicationStop', true, (T0 + 30) * 1000],
    ]);
  });

  it('Lambda: one row per hook, AllowTraffic reserved', () => {
    const target: DeploymentTarget = {
      deploymentTargetType: 'LambdaTarget',
      lambdaTarget: {
        targetId: 'checkout:live',
        lifecycleEvents: ['Start', 'BeforeAllowTraffic', 'AllowTraffic', 'AfterAllowTraffic', 'End'].map((name, i) => ({
          lifecycleEventName: name,
          status: 'Succeeded' as const,
          startTime: T0 + i,
          endTime: T0 + i + 1,
        })),
      },
    };
    const timeline = toTimeline(deployment({ computePlatform: 'Lambda' }), [target], T0 * 1000);
    expect(timeline.rows.map((r) => `${r.label}${r.bars[0]?.reserved ? ' (reserved)' : ''}`)).toEqual([
      'Start (reserved)',
      'BeforeAllowTraffic',
      'AllowTraffic (reserved)',
      'AfterAllowTraffic',
      'End (reserved)',
    ]);
  });

  it('the rollback sits below on the same axis, which stretches to cover it', () => {
    const rollback = deployment({ deploymentId: 'd-BBBBBBBBB', startTime: T0 + 200, createTime: T0 + 200 });
    const timeline = toTimeline(deployment(), [instance('i-1', T0, 'Green')], (T0 + 400) * 1000, {
      deployment: rollback,
      targets: [instance('i-1', T0 + 200)],
    });
    expect(timeline.rows.map((r) => [r.lane, r.label, r.targetLabel])).toEqual([
      ['deployment', 'i-1', 'Green'],
      ['rollback', 'i-1', undefined],
    ]);
    expect(timeline.start).toBe(T0 * 1000);
    expect(timeline.end).toBe((T0 + 290) * 1000);
  });
});

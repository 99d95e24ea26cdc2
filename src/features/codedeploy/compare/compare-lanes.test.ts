import { describe, expect, it } from 'vitest';
import type { DeploymentInfo, DeploymentTarget } from '../../../api/codedeploy/deployment-types';
import { toComparison } from './compare-lanes';

const T0 = 1_767_600_000;

const deployment = (id: string, config: string, completeTime?: number): DeploymentInfo => ({
  deploymentId: id,
  applicationName: 'demo-web',
  deploymentGroupName: id,
  deploymentConfigName: config,
  status: completeTime === undefined ? 'InProgress' : 'Succeeded',
  createTime: T0,
  startTime: T0,
  ...(completeTime !== undefined && { completeTime }),
});

/** An instance out of service from `from` for 60 s (epoch seconds). */
const instance = (
  id: string,
  from: number,
  status: 'Succeeded' | 'Failed' | 'InProgress' = 'Succeeded',
): DeploymentTarget => ({
  deploymentTargetType: 'InstanceTarget',
  instanceTarget: {
    targetId: id,
    status,
    lifecycleEvents: [
      { lifecycleEventName: 'Start', status: 'Succeeded', startTime: from, endTime: from + 1 },
      {
        lifecycleEventName: 'ValidateService',
        status: status === 'InProgress' ? 'InProgress' : status,
        startTime: from + 50,
        ...(status !== 'InProgress' && { endTime: from + 60 }),
      },
    ],
  },
});

describe('toComparison', () => {
  it('AllAtOnce drops to 0 healthy, HalfAtATime to half, OneAtATime to n-1; all on one axis', () => {
    const ids = ['i-1', 'i-2', 'i-3', 'i-4'];
    const c = toComparison(
      [
        {
          deployment: deployment('d-ALL', 'CodeDeployDefault.AllAtOnce', T0 + 60),
          targets: ids.map((i) => instance(i, T0)),
        },
        {
          deployment: deployment('d-HALF', 'CodeDeployDefault.HalfAtATime', T0 + 120),
          targets: ids.map((i, n) => instance(i, T0 + (n < 2 ? 0 : 60))),
        },
        {
          deployment: deployment('d-ONE', 'CodeDeployDefault.OneAtATime', T0 + 240),
          targets: ids.map((i, n) => instance(i, T0 + n * 60)),
        },
      ],
      (T0 + 300) * 1000,
    );
    expect(c.lanes.map((l) => [l.config.replace('CodeDeployDefault.', ''), l.minimumCapacity])).toEqual([
      ['AllAtOnce', 0],
      ['HalfAtATime', 2],
      ['OneAtATime', 3],
    ]);
    expect(c.start).toBe(T0 * 1000);
    expect(c.end).toBe((T0 + 240) * 1000);
    expect(c.instanceCount).toBe(4);
    expect(c.lanes[1]?.capacity.map((p) => [p.at / 1000 - T0, p.healthy])).toEqual([
      [0, 2],
      [60, 2],
      [120, 4],
      [120, 4],
    ]);
  });

  it('a failed instance stays out of service and counts against the run', () => {
    const c = toComparison(
      [
        {
          deployment: deployment('d-1', 'CodeDeployDefault.OneAtATime'),
          targets: [instance('i-1', T0, 'Failed'), instance('i-2', T0 + 60, 'InProgress')],
        },
      ],
      (T0 + 90) * 1000,
    );
    const lane = c.lanes[0];
    expect(lane?.failedInstances).toBe(1);
    expect(lane?.capacity.at(-1)).toEqual({ at: (T0 + 90) * 1000, healthy: 0 });
    expect(lane?.instances.map((i) => [i.targetId, i.to])).toEqual([
      ['i-1', (T0 + 60) * 1000],
      ['i-2', undefined],
    ]);
  });
});

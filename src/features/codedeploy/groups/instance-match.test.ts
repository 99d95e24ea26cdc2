import { describe, expect, it } from 'vitest';
import { matchingInstances, type InstanceSummary } from './instance-match';

const fleet: InstanceSummary[] = [
  { instanceId: 'i-03', state: 'running', tags: { App: 'demo-web', Env: 'prod' } },
  { instanceId: 'i-01', state: 'running', tags: { App: 'demo-web', Env: 'test' } },
  { instanceId: 'i-02', state: 'stopped', tags: { App: 'demo-web', Env: 'prod' } },
  { instanceId: 'i-04', state: 'terminated', tags: { App: 'demo-web', Env: 'prod' } },
  { instanceId: 'i-05', state: 'running', tags: { App: 'other' }, autoScalingGroupName: 'web-asg' },
];
const ids = (list: InstanceSummary[]) => list.map((i) => i.instanceId);

describe('matchingInstances', () => {
  it('matches any filter of one tag group, skips terminated instances, in instance ID order', () => {
    expect(ids(matchingInstances(fleet, [[{ Key: 'App', Value: 'demo-web', Type: 'KEY_AND_VALUE' }]], []))).toEqual([
      'i-01',
      'i-02',
      'i-03',
    ]);
    expect(
      ids(
        matchingInstances(
          fleet,
          [
            [
              { Value: 'other', Type: 'VALUE_ONLY' },
              { Key: 'Env', Type: 'KEY_ONLY' },
            ],
          ],
          [],
        ),
      ),
    ).toEqual(['i-01', 'i-02', 'i-03', 'i-05']);
  });

  it('needs every group of a tag set to match, and adds Auto Scaling group members', () => {
    const prodWeb = [
      [{ Key: 'App', Value: 'demo-web', Type: 'KEY_AND_VALUE' as const }],
      [{ Key: 'Env', Value: 'prod', Type: 'KEY_AND_VALUE' as const }],
    ];
    expect(ids(matchingInstances(fleet, prodWeb, []))).toEqual(['i-02', 'i-03']);
    expect(ids(matchingInstances(fleet, prodWeb, ['web-asg']))).toEqual(['i-02', 'i-03', 'i-05']);
    expect(matchingInstances(fleet, [], [])).toEqual([]);
  });
});

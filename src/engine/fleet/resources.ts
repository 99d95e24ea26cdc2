import { nextUuid } from '../core/rng';
import { getOwn, setOwn } from '../core/records';
import type { SimMillis } from '../core/time';
import type { World } from '../world';
import { newInstance } from './lifecycle';
import type { AutoScalingGroup, MetricAlarm } from './state';

/** Builders shared by the scenario (time 0, no events) and the API operations. */

export const arnIn = (world: World, service: string, resource: string) =>
  `arn:aws:${service}:${world.account.region}:${world.account.accountId}:${resource}`;

/** 16 hex digits from the world's PRNG: the IDs inside load balancer and target group ARNs. */
export const hexId = (world: World) => nextUuid(world.rng).replace(/-/g, '').slice(0, 16);

export const defaultZones = (world: World) => [`${world.account.region}a`, `${world.account.region}b`];

export function newAutoScalingGroup(
  world: World,
  spec: Omit<AutoScalingGroup, 'arn' | 'instanceIds' | 'createdTime'>,
  at: SimMillis,
): AutoScalingGroup {
  const group: AutoScalingGroup = {
    ...spec,
    arn: arnIn(
      world,
      'autoscaling',
      `autoScalingGroup:${nextUuid(world.rng)}:autoScalingGroupName/${spec.autoScalingGroupName}`,
    ),
    instanceIds: [],
    createdTime: at,
  };
  setOwn(world.account.fleet.autoScalingGroups, group.autoScalingGroupName, group);
  return group;
}

/** A group's instances as they are at time 0: running, healthy in its target groups. */
export function fillGroupAtCreation(world: World, group: AutoScalingGroup): void {
  const fleet = world.account.fleet;
  while (group.instanceIds.length < group.desiredCapacity) {
    const zone = group.availabilityZones[group.instanceIds.length % group.availabilityZones.length] ?? 'us-east-1a';
    const instance = newInstance(
      world,
      {
        ...group.launch,
        tags: { ...group.tags, 'aws:autoscaling:groupName': group.autoScalingGroupName },
        availabilityZone: zone,
        autoScalingGroupName: group.autoScalingGroupName,
      },
      'running',
      world.now,
    );
    group.instanceIds.push(instance.instanceId);
    for (const arn of group.targetGroupArns) {
      const tg = getOwn(fleet.targetGroups, arn);
      if (tg) setOwn(tg.targets, instance.instanceId, { state: 'healthy', since: world.now });
    }
  }
}

export type AlarmSpec = Omit<
  MetricAlarm,
  'alarmArn' | 'state' | 'stateReason' | 'stateUpdatedAt' | 'createdAt' | 'forcedState'
>;

/** A new alarm starts in INSUFFICIENT_DATA until its first evaluation. */
export function newAlarm(world: World, spec: AlarmSpec, at: SimMillis): MetricAlarm {
  const alarm: MetricAlarm = {
    ...spec,
    alarmArn: arnIn(world, 'cloudwatch', `alarm:${spec.alarmName}`),
    state: 'INSUFFICIENT_DATA',
    stateReason: 'Unchecked: Initial alarm creation',
    stateUpdatedAt: at,
    createdAt: at,
  };
  setOwn(world.account.fleet.alarms, alarm.alarmName, alarm);
  return alarm;
}

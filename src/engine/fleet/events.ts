import type { SimContext } from '../core/simulation';
import { SIMULATOR_SOURCE } from '../core/events';
import { isoAt } from '../core/time';
import type { AlarmState, Ec2Instance, MetricAlarm } from './state';

export const instanceArn = (ctx: SimContext, instanceId: string) => ctx.arn('ec2', `instance/${instanceId}`);

/** EventBridge's "EC2 Instance State-change Notification" (source aws.ec2), as EC2 sends it. */
export function emitInstanceState(ctx: SimContext, instance: Ec2Instance): void {
  ctx.emit({
    source: 'aws.ec2',
    detailType: 'EC2 Instance State-change Notification',
    resources: [instanceArn(ctx, instance.instanceId)],
    detail: { 'instance-id': instance.instanceId, state: instance.state },
  });
}

export type EntryPointType = 'listener' | 'lambda-alias' | 'ecs-service';

/**
 * `cicdlab.simulator` "Traffic Weight Change": the share of an entry point's requests each
 * version (Lambda), revision (EC2) or task definition (ECS) receives from this instant on.
 */
export function emitTrafficWeights(
  ctx: SimContext,
  entryPoint: string,
  entryPointType: EntryPointType,
  percentages: Record<string, number>,
): void {
  ctx.emit({
    source: SIMULATOR_SOURCE,
    detailType: 'Traffic Weight Change',
    resources: [entryPoint],
    detail: { entryPoint, entryPointType, percentages },
  });
}

/** CloudWatch writes alarm timestamps as `2026-01-05T09:00:00.000+0000`. */
export const alarmTimestamp = (ctx: SimContext, at: number) => isoAt(ctx.world.startEpochMs, at).replace(/Z$/, '+0000');

/** "CloudWatch Alarm State Change" (source aws.cloudwatch) with the detail CloudWatch sends. */
export function emitAlarmState(
  ctx: SimContext,
  alarm: MetricAlarm,
  previous: { value: AlarmState; reason: string; at: number },
): void {
  ctx.emit({
    source: 'aws.cloudwatch',
    detailType: 'CloudWatch Alarm State Change',
    resources: [alarm.alarmArn],
    detail: {
      alarmName: alarm.alarmName,
      state: { value: alarm.state, reason: alarm.stateReason, timestamp: alarmTimestamp(ctx, alarm.stateUpdatedAt) },
      previousState: {
        value: previous.value,
        reason: previous.reason,
        timestamp: alarmTimestamp(ctx, previous.at),
      },
      configuration: {
        ...(alarm.alarmDescription !== undefined && { description: alarm.alarmDescription }),
        metrics: [
          {
            id: 'm1',
            metricStat: {
              metric: { namespace: alarm.namespace, name: alarm.metricName, dimensions: alarm.dimensions },
              period: alarm.periodSeconds,
              stat: alarm.statistic,
            },
            returnData: true,
          },
        ],
      },
    },
  });
}

import { getOwn } from '../core/records';
import type { SimContext } from '../core/simulation';
import { isoAt } from '../core/time';
import { emitAlarmState } from './events';
import { metricKey, statisticOver } from './metrics';
import { wake } from './traffic';
import type { AlarmState, MetricAlarm } from './state';

const COMPARISON = {
  GreaterThanThreshold: { test: (v: number, t: number) => v > t, words: 'greater than' },
  GreaterThanOrEqualToThreshold: { test: (v: number, t: number) => v >= t, words: 'greater than or equal to' },
  LessThanThreshold: { test: (v: number, t: number) => v < t, words: 'less than' },
  LessThanOrEqualToThreshold: { test: (v: number, t: number) => v <= t, words: 'less than or equal to' },
} as const;

/** CloudWatch's reason text writes numbers with at least one decimal: `5.0`, `0.25`. */
const num = (n: number) => (Number.isInteger(n) ? n.toFixed(1) : String(Math.round(n * 1e6) / 1e6));

/** `dd/MM/yy HH:mm:ss`, the way datapoints appear in a reason. */
function pointTime(startEpochMs: number, at: number): string {
  const iso = isoAt(startEpochMs, at);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(2, 4)} ${iso.slice(11, 19)}`;
}

export function setAlarmState(ctx: SimContext, alarm: MetricAlarm, state: AlarmState, reason: string): void {
  if (alarm.state === state && alarm.stateReason === reason) return;
  const previous = { value: alarm.state, reason: alarm.stateReason, at: alarm.stateUpdatedAt };
  const changed = alarm.state !== state;
  alarm.state = state;
  alarm.stateReason = reason;
  alarm.stateUpdatedAt = ctx.now;
  // CloudWatch sends an event only for a change of state, not for a new reason in the same state.
  if (changed) {
    emitAlarmState(ctx, alarm, previous);
    wake(ctx);
  }
}

/**
 * One evaluation: the statistic over each of the last `evaluationPeriods` periods, ALARM when at
 * least `datapointsToAlarm` (default: all) breach, missing periods treated per `treatMissingData`.
 */
export function evaluateAlarm(ctx: SimContext, alarm: MetricAlarm): void {
  if (alarm.forcedState !== undefined) {
    if (alarm.state !== alarm.forcedState)
      setAlarmState(ctx, alarm, alarm.forcedState, `Held in ${alarm.forcedState} by the simulator's fault panel`);
    return;
  }
  const fleet = ctx.world.account.fleet;
  const series = getOwn(fleet.metrics, metricKey(alarm.namespace, alarm.metricName, alarm.dimensions));
  const period = alarm.periodSeconds * 1000;
  const n = alarm.evaluationPeriods;
  const m = alarm.datapointsToAlarm ?? n;
  const { test, words } = COMPARISON[alarm.comparisonOperator];
  const points: { value: number; at: number }[] = [];
  // Periods line up on multiples of their length; the one in progress is not evaluated yet.
  const end = Math.floor(ctx.now / period) * period;
  for (let i = n - 1; i >= 0; i--) {
    const from = end - (i + 1) * period;
    const value = statisticOver(series, alarm.statistic, from, from + period);
    if (value !== undefined) points.push({ value, at: from });
  }
  const missing = n - points.length;
  if (points.length === 0) {
    if (alarm.treatMissingData === 'ignore') return;
    if (alarm.treatMissingData === 'missing') {
      setAlarmState(
        ctx,
        alarm,
        'INSUFFICIENT_DATA',
        `Insufficient Data: ${n} datapoint${n === 1 ? ' was' : 's were'} unknown.`,
      );
      return;
    }
  }
  const breaching =
    points.filter((p) => test(p.value, alarm.threshold)).length +
    (alarm.treatMissingData === 'breaching' ? missing : 0);
  const inAlarm = points.length === 0 ? alarm.treatMissingData === 'breaching' : breaching >= m;
  const shown = points.map((p) => `${num(p.value)} (${pointTime(ctx.world.startEpochMs, p.at)})`).join(', ');
  const count = inAlarm
    ? breaching
    : points.length - (breaching - (alarm.treatMissingData === 'breaching' ? missing : 0));
  const reason =
    points.length === 0
      ? `Threshold Crossed: no datapoints were received for ${n} period${n === 1 ? '' : 's'} and ${n} missing datapoint${n === 1 ? ' was' : 's were'} treated as [${alarm.treatMissingData === 'breaching' ? 'Breaching' : 'NonBreaching'}].`
      : `Threshold Crossed: ${count} out of the last ${n} datapoint${n === 1 ? '' : 's'} [${shown}] ${count === 1 ? 'was' : 'were'} ${inAlarm ? '' : 'not '}${words} the threshold (${num(alarm.threshold)}) (minimum ${m} datapoint${m === 1 ? '' : 's'} for ${inAlarm ? 'OK -> ALARM' : 'ALARM -> OK'} transition).`;
  const next: AlarmState = inAlarm ? 'ALARM' : 'OK';
  if (alarm.state !== next) setAlarmState(ctx, alarm, next, reason);
}

export function evaluateAlarms(ctx: SimContext): void {
  for (const name of Object.keys(ctx.world.account.fleet.alarms).sort()) {
    const alarm = getOwn(ctx.world.account.fleet.alarms, name);
    if (alarm) evaluateAlarm(ctx, alarm);
  }
}

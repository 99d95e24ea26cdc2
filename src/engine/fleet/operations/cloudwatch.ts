import { optionalInteger, optionalString } from '../../core/input';
import { deleteOwn, getOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { setAlarmState } from '../alarms';
import { cwInvalidCombination, cwInvalidParameter, cwMissingParameter, cwResourceNotFound } from '../errors';
import { metricKey, sortedDimensions, statisticOver, type Statistic } from '../metrics';
import { newAlarm } from '../resources';
import type { AlarmState, MetricAlarm } from '../state';
import { wake } from '../traffic';
import { epoch, optionalList, optionalNumber, optionalStrings } from './wire';

const STATES: AlarmState[] = ['OK', 'ALARM', 'INSUFFICIENT_DATA'];
const STATISTICS = ['Sum', 'Average', 'Maximum', 'SampleCount'] as const;
const COMPARISONS = [
  'GreaterThanThreshold',
  'GreaterThanOrEqualToThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
] as const;
const MISSING = ['missing', 'notBreaching', 'breaching', 'ignore'] as const;

const dimensionList = (d: Record<string, string>) => Object.entries(d).map(([Name, Value]) => ({ Name, Value }));

function dimensionsOf(list: unknown[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of list ?? []) {
    const { Name, Value } = (d ?? {}) as { Name?: unknown; Value?: unknown };
    if (typeof Name !== 'string' || typeof Value !== 'string')
      throw cwInvalidParameter('A dimension needs a Name and a Value.');
    Object.defineProperty(out, Name, { value: Value, enumerable: true, writable: true, configurable: true });
  }
  return sortedDimensions(out);
}

export function alarmView(ctx: SimContext, a: MetricAlarm) {
  return {
    AlarmName: a.alarmName,
    AlarmArn: a.alarmArn,
    ...(a.alarmDescription !== undefined && { AlarmDescription: a.alarmDescription }),
    AlarmConfigurationUpdatedTimestamp: epoch(ctx, a.createdAt),
    ActionsEnabled: true,
    OKActions: [],
    AlarmActions: [],
    InsufficientDataActions: [],
    StateValue: a.state,
    StateReason: a.stateReason,
    StateUpdatedTimestamp: epoch(ctx, a.stateUpdatedAt),
    StateTransitionedTimestamp: epoch(ctx, a.stateUpdatedAt),
    MetricName: a.metricName,
    Namespace: a.namespace,
    Statistic: a.statistic,
    Dimensions: dimensionList(a.dimensions),
    Period: a.periodSeconds,
    EvaluationPeriods: a.evaluationPeriods,
    DatapointsToAlarm: a.datapointsToAlarm ?? a.evaluationPeriods,
    Threshold: a.threshold,
    ComparisonOperator: a.comparisonOperator,
    TreatMissingData: a.treatMissingData,
    ...(a.forcedState !== undefined && { SimulatorHeldState: a.forcedState }),
  };
}

export const DescribeAlarms: Operation = (ctx, input) => {
  const names = optionalStrings(input, 'AlarmNames');
  const prefix = optionalString(input, 'AlarmNamePrefix');
  const state = optionalString(input, 'StateValue');
  if (names && prefix !== undefined)
    throw cwInvalidCombination('AlarmNames and AlarmNamePrefix cannot be specified together.');
  if (state !== undefined && !STATES.includes(state as AlarmState))
    throw cwInvalidParameter(`The value ${state} for parameter StateValue is not valid.`);
  const alarms = Object.values(ctx.world.account.fleet.alarms)
    .filter((a) => !names || names.includes(a.alarmName))
    .filter((a) => prefix === undefined || a.alarmName.startsWith(prefix))
    .filter((a) => state === undefined || a.state === state)
    .sort((a, b) => (a.alarmName < b.alarmName ? -1 : 1));
  return { MetricAlarms: alarms.map((a) => alarmView(ctx, a)), CompositeAlarms: [] };
};

function oneOf<T extends string>(input: Record<string, unknown>, field: string, allowed: readonly T[]): T {
  const value = optionalString(input, field);
  if (value === undefined) throw cwMissingParameter(field);
  if (!allowed.includes(value as T))
    throw cwInvalidParameter(
      `1 validation error detected: Value '${value}' at '${field.charAt(0).toLowerCase()}${field.slice(1)}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
    );
  return value as T;
}

export const PutMetricAlarm: Operation = (ctx, input) => {
  const name = optionalString(input, 'AlarmName');
  if (!name) throw cwMissingParameter('AlarmName');
  const namespace = optionalString(input, 'Namespace');
  const metricName = optionalString(input, 'MetricName');
  if (namespace === undefined || metricName === undefined)
    throw cwInvalidParameter('Either MetricName or Metrics must be specified.');
  const statistic = oneOf(input, 'Statistic', STATISTICS);
  const period = optionalInteger(input, 'Period');
  if (period === undefined) throw cwMissingParameter('Period');
  if (![10, 20, 30].includes(period) && (period < 60 || period % 60 !== 0))
    throw cwInvalidParameter('The parameter Period must be 10, 20, 30, or a multiple of 60.');
  const evaluationPeriods = optionalInteger(input, 'EvaluationPeriods');
  if (evaluationPeriods === undefined) throw cwMissingParameter('EvaluationPeriods');
  if (evaluationPeriods < 1) throw cwInvalidParameter('The parameter EvaluationPeriods must be at least 1.');
  const datapointsToAlarm = optionalInteger(input, 'DatapointsToAlarm');
  if (datapointsToAlarm !== undefined && (datapointsToAlarm < 1 || datapointsToAlarm > evaluationPeriods))
    throw cwInvalidParameter('DatapointsToAlarm must be between 1 and EvaluationPeriods.');
  const threshold = optionalNumber(input, 'Threshold');
  if (threshold === undefined) throw cwInvalidParameter('Threshold must be specified.');
  const comparisonOperator = oneOf(input, 'ComparisonOperator', COMPARISONS);
  const treatMissingData = (optionalString(input, 'TreatMissingData') ?? 'missing') as MetricAlarm['treatMissingData'];
  if (!MISSING.includes(treatMissingData))
    throw cwInvalidParameter(`The value ${treatMissingData} for parameter TreatMissingData is not valid.`);
  const description = optionalString(input, 'AlarmDescription');
  const spec = {
    alarmName: name,
    ...(description !== undefined && { alarmDescription: description }),
    namespace,
    metricName,
    dimensions: dimensionsOf(optionalList(input, 'Dimensions')),
    statistic,
    periodSeconds: period,
    evaluationPeriods,
    ...(datapointsToAlarm !== undefined && { datapointsToAlarm }),
    threshold,
    comparisonOperator,
    treatMissingData,
  };
  const existing = getOwn(ctx.world.account.fleet.alarms, name);
  // An update overwrites the configuration but leaves the alarm in its state until the next evaluation.
  if (existing) {
    delete existing.datapointsToAlarm;
    delete existing.alarmDescription;
    Object.assign(existing, spec);
  } else newAlarm(ctx.world, spec, ctx.now);
  wake(ctx);
  return {};
};

export const DeleteAlarms: Operation = (ctx, input) => {
  const names = optionalStrings(input, 'AlarmNames') ?? [];
  const alarms = ctx.world.account.fleet.alarms;
  const missing = names.filter((n) => !getOwn(alarms, n));
  if (missing.length > 0) throw cwResourceNotFound(`${missing.join(', ')} not found`);
  for (const n of names) deleteOwn(alarms, n);
  return {};
};

/**
 * CloudWatch's SetAlarmState: the alarm changes state now (and sends its event), and goes back to
 * what its metric says at the next evaluation, as the real API documents.
 */
export const SetAlarmState: Operation = (ctx, input) => {
  const name = optionalString(input, 'AlarmName');
  if (!name) throw cwMissingParameter('AlarmName');
  const alarm = getOwn(ctx.world.account.fleet.alarms, name);
  if (!alarm) throw cwResourceNotFound(`Alarm ${name} not found`);
  const state = oneOf(input, 'StateValue', STATES);
  const reason = optionalString(input, 'StateReason');
  if (reason === undefined) throw cwMissingParameter('StateReason');
  setAlarmState(ctx, alarm, state, reason);
  wake(ctx);
  return {};
};

interface MetricDataQuery {
  Id?: string;
  Label?: string;
  ReturnData?: boolean;
  MetricStat?: {
    Metric?: { Namespace?: string; MetricName?: string; Dimensions?: unknown[] };
    Period?: number;
    Stat?: string;
  };
}

/** GetMetricData over the metric-stat queries (no metric math); datapoints newest first, as by default. */
export const GetMetricData: Operation = (ctx, input) => {
  const queries = optionalList<MetricDataQuery>(input, 'MetricDataQueries');
  if (!queries || queries.length === 0) throw cwMissingParameter('MetricDataQueries');
  const start = optionalNumber(input, 'StartTime');
  const end = optionalNumber(input, 'EndTime');
  if (start === undefined) throw cwMissingParameter('StartTime');
  if (end === undefined) throw cwMissingParameter('EndTime');
  if (end <= start) throw cwInvalidParameter('The parameter StartTime must be less than the parameter EndTime.');
  const ascending = optionalString(input, 'ScanBy') === 'TimestampAscending';
  const origin = ctx.world.startEpochMs;
  const results = queries
    .filter((q) => q.ReturnData !== false)
    .map((q) => {
      const stat = q.MetricStat;
      if (!q.Id || !stat?.Metric?.Namespace || !stat.Metric.MetricName || !stat.Period || !stat.Stat)
        throw cwInvalidParameter(
          'The value for parameter MetricDataQueries is not valid: each query needs Id and MetricStat.',
        );
      if (![...STATISTICS, 'Minimum'].includes(stat.Stat))
        throw cwInvalidParameter(
          `The value ${stat.Stat} for parameter MetricDataQueries.member.1.MetricStat.Stat is not valid.`,
        );
      const series = getOwn(
        ctx.world.account.fleet.metrics,
        metricKey(stat.Metric.Namespace, stat.Metric.MetricName, dimensionsOf(stat.Metric.Dimensions)),
      );
      const period = stat.Period * 1000;
      const timestamps: number[] = [];
      const values: number[] = [];
      const first = Math.floor((start * 1000) / period) * period;
      for (let t = first; t < end * 1000; t += period) {
        const value = statisticOver(series, stat.Stat as Statistic, t - origin, t - origin + period);
        if (value === undefined) continue;
        timestamps.push(t / 1000);
        values.push(value);
      }
      if (!ascending) {
        timestamps.reverse();
        values.reverse();
      }
      return {
        Id: q.Id,
        Label: q.Label ?? stat.Metric.MetricName,
        Timestamps: timestamps,
        Values: values,
        StatusCode: 'Complete',
      };
    });
  return { MetricDataResults: results, Messages: [] };
};

export const ListMetrics: Operation = (ctx, input) => {
  const namespace = optionalString(input, 'Namespace');
  const metricName = optionalString(input, 'MetricName');
  const filters = (optionalList<{ Name?: string; Value?: string }>(input, 'Dimensions') ?? []).map((d) => ({
    name: d.Name ?? '',
    value: d.Value,
  }));
  const metrics = Object.values(ctx.world.account.fleet.metrics)
    .filter((m) => namespace === undefined || m.namespace === namespace)
    .filter((m) => metricName === undefined || m.metricName === metricName)
    .filter((m) =>
      filters.every(
        (f) => Object.hasOwn(m.dimensions, f.name) && (f.value === undefined || m.dimensions[f.name] === f.value),
      ),
    )
    .map((m) => ({ Namespace: m.namespace, MetricName: m.metricName, Dimensions: dimensionList(m.dimensions) }));
  return { Metrics: metrics };
};

export const cloudwatchOperations = {
  DescribeAlarms,
  PutMetricAlarm,
  DeleteAlarms,
  SetAlarmState,
  GetMetricData,
  ListMetrics,
};

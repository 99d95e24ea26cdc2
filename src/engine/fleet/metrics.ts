import { getOwn, setOwn } from '../core/records';
import type { SimMillis } from '../core/time';
import type { FleetState, MetricKey, MetricSeries } from './state';

/** One series keeps two hours of 10-second datapoints; older ones are dropped. */
export const MAX_POINTS = 720;

export function metricKey(namespace: string, metricName: string, dimensions: Record<string, string>): MetricKey {
  const dims = Object.keys(dimensions)
    .sort()
    .map((k) => `${k}=${dimensions[k]}`)
    .join(',');
  return `${namespace}|${metricName}|${dims}`;
}

export const sortedDimensions = (dimensions: Record<string, string>) =>
  Object.fromEntries(Object.entries(dimensions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export function appendPoint(
  fleet: FleetState,
  namespace: string,
  metricName: string,
  dimensions: Record<string, string>,
  point: { at: SimMillis; sum: number; count: number; max: number },
): void {
  const key = metricKey(namespace, metricName, dimensions);
  let series: MetricSeries | undefined = getOwn(fleet.metrics, key);
  if (!series) {
    series = { namespace, metricName, dimensions: sortedDimensions(dimensions), points: [] };
    setOwn(fleet.metrics, key, series);
  }
  series.points.push(point);
  if (series.points.length > MAX_POINTS) series.points.splice(0, series.points.length - MAX_POINTS);
}

export type Statistic = 'Sum' | 'Average' | 'Maximum' | 'Minimum' | 'SampleCount';

/** The statistic of the datapoints in [from, to); undefined when there are none (missing data). */
export function statisticOver(
  series: MetricSeries | undefined,
  statistic: Statistic,
  from: number,
  to: number,
): number | undefined {
  if (!series) return undefined;
  let sum = 0;
  let count = 0;
  let max = -Infinity;
  let min = Infinity;
  let any = false;
  for (const p of series.points) {
    if (p.at < from || p.at >= to) continue;
    any = true;
    sum += p.sum;
    count += p.count;
    max = Math.max(max, p.max);
    min = Math.min(min, p.count > 0 ? p.sum / p.count : 0);
  }
  if (!any) return undefined;
  switch (statistic) {
    case 'Sum':
      return sum;
    case 'SampleCount':
      return count;
    case 'Average':
      return count === 0 ? 0 : sum / count;
    case 'Maximum':
      return max;
    case 'Minimum':
      return min;
  }
}

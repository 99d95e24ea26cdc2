import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DeploymentGroupInfo } from '../../../api/codedeploy/control-types';
import type { DeploymentInfo, DeploymentTarget } from '../../../api/codedeploy/deployment-types';
import { getMetricDataQueryOptions } from '../../../api/fleet/get-metric-data';
import { fleetKeys } from '../../../api/fleet/keys';
import { listMetrics } from '../../../api/fleet/list-metrics';
import { useWorldStart } from '../../../components/simulation/use-sim-now';
import {
  METRIC_NAMESPACE,
  metricQueries,
  metricSourceOf,
  metricWindow,
  toMetricSeries,
  type MetricSeries,
  type MetricSource,
} from './traffic-metrics';
import { useDeploymentNow } from './use-deployment-now';

/** Metric data has no event: while the deployment (or its rollback) runs, poll about twice a second of wall time. */
const LIVE_REFETCH_MS = 2000;

/** The deployment's requests and errors from CloudWatch (ListMetrics, then GetMetricData over its window). */
export function useTrafficMetrics(input: {
  deployment: DeploymentInfo;
  targets: readonly DeploymentTarget[];
  group: DeploymentGroupInfo | undefined;
  rollback: DeploymentInfo | undefined;
}): { source: MetricSource | undefined; series: MetricSeries | undefined } {
  const { deployment, targets, group, rollback } = input;
  const startEpochMs = useWorldStart();
  const now = useDeploymentNow();
  const source = metricSourceOf(deployment, targets, group);
  const endedEpoch = rollback ? rollback.completeTime : deployment.completeTime;
  const refetch = endedEpoch === undefined ? LIVE_REFETCH_MS : false;

  const namespace = source && METRIC_NAMESPACE[source.kind];
  const metrics = useQuery({
    // Once the deployment ends the list is read once more: at Max speed it may end before the poll saw its metrics.
    queryKey: [...fleetKeys.metrics(namespace), endedEpoch ?? 'live'],
    queryFn: () => listMetrics(namespace),
    enabled: source !== undefined,
    refetchInterval: refetch,
  });
  const origin = (startEpochMs ?? 0) / 1000;
  const window = metricWindow({
    from: (deployment.startTime ?? deployment.createTime ?? origin) - origin,
    now: (now ?? 0) / 1000 - origin,
    ended: endedEpoch === undefined ? undefined : endedEpoch + 30 - origin,
    startEpochMs: startEpochMs ?? 0,
  });
  const { queries, lines } =
    source && metrics.data ? metricQueries(source, metrics.data, window.period) : { queries: [], lines: [] };
  const data = useQuery({
    ...getMetricDataQueryOptions({ queries, startTime: window.startTime, endTime: window.endTime }, refetch),
    enabled: queries.length > 0 && startEpochMs !== undefined,
    placeholderData: keepPreviousData,
  });
  // Until the first answer for new queries arrives, the previous one may not match their lines.
  const series =
    data.data && startEpochMs !== undefined && data.data.length === lines.length
      ? toMetricSeries(data.data, lines, window.period, startEpochMs)
      : undefined;
  return { source, series };
}

import type { DeploymentGroupInfo } from '../../../api/codedeploy/control-types';
import type { DeploymentInfo, DeploymentTarget } from '../../../api/codedeploy/deployment-types';
import type { Metric, MetricDataQuery, MetricDataResult } from '../../../api/fleet/types';

/**
 * Where a deployment's requests and errors are published (docs/fleet.md): a Lambda alias's
 * invocations per ExecutedVersion, or the Application Load Balancer target groups of the
 * deployment group. CloudWatch has no per-revision dimension for an ALB, so EC2 and ECS are
 * measured per target group.
 */
export type MetricSource =
  | { kind: 'lambda'; functionName: string; alias: string; originalVersion?: string }
  | { kind: 'target-groups'; names: string[] };

export interface MetricLine {
  id: string;
  label: string;
  measure: 'requests' | 'errors';
  /** Index of the version or target group, for a colour shared by its requests and errors. */
  group: number;
  original: boolean;
}

/** Requests and errors per second, aligned on one time axis (virtual seconds). */
export interface MetricSeries {
  x: number[];
  lines: MetricLine[];
  values: number[][];
}

export const METRIC_NAMESPACE: Record<MetricSource['kind'], string> = {
  lambda: 'AWS/Lambda',
  'target-groups': 'AWS/ApplicationELB',
};

export function metricSourceOf(
  deployment: DeploymentInfo,
  targets: readonly DeploymentTarget[],
  group: DeploymentGroupInfo | undefined,
): MetricSource | undefined {
  const lambda = targets.find((t) => t.lambdaTarget)?.lambdaTarget?.lambdaFunctionInfo;
  if (lambda?.functionName && lambda.functionAlias)
    return {
      kind: 'lambda',
      functionName: lambda.functionName,
      alias: lambda.functionAlias,
      ...(lambda.currentVersion !== undefined && { originalVersion: lambda.currentVersion }),
    };
  if (deployment.computePlatform === 'Lambda') return undefined;
  const info = group?.loadBalancerInfo;
  const names = [
    ...(info?.targetGroupInfoList ?? []).map((t) => t.name),
    ...(info?.targetGroupPairInfoList ?? []).flatMap((p) => p.targetGroups.map((t) => t.name)),
  ];
  return names.length ? { kind: 'target-groups', names: [...new Set(names)] } : undefined;
}

/** Ten-second periods (the traffic generator's) while they stay readable, then minutes. */
export const metricPeriod = (windowSeconds: number) => (windowSeconds <= 3600 ? 10 : 60);

const dimension = (m: Metric, name: string) => m.Dimensions.find((d) => d.Name === name)?.Value;

/**
 * The GetMetricData queries for a source, from the metrics ListMetrics knows. The 5XX count is
 * queried with RequestCount's dimensions because ELB publishes it only once a period had some.
 */
export function metricQueries(
  source: MetricSource,
  metrics: readonly Metric[],
  period: number,
): { queries: MetricDataQuery[]; lines: MetricLine[] } {
  const queries: MetricDataQuery[] = [];
  const lines: MetricLine[] = [];
  const add = (
    measure: MetricLine['measure'],
    group: number,
    label: string,
    original: boolean,
    namespace: string,
    metricName: string,
    dimensions: Metric['Dimensions'],
  ) => {
    const id = `${measure === 'requests' ? 'r' : 'e'}${group}`;
    queries.push({
      Id: id,
      Label: label,
      MetricStat: {
        Metric: { Namespace: namespace, MetricName: metricName, Dimensions: dimensions },
        Period: period,
        Stat: 'Sum',
      },
    });
    lines.push({ id, label, measure, group, original });
  };

  if (source.kind === 'lambda') {
    const resource = `${source.functionName}:${source.alias}`;
    const versions = [
      ...new Set(
        metrics
          .filter(
            (m) =>
              m.Namespace === 'AWS/Lambda' &&
              m.MetricName === 'Invocations' &&
              dimension(m, 'FunctionName') === source.functionName &&
              dimension(m, 'Resource') === resource,
          )
          .map((m) => dimension(m, 'ExecutedVersion'))
          .filter((v): v is string => v !== undefined),
      ),
    ].sort((a, b) => Number(a) - Number(b));
    versions.forEach((version, n) => {
      const dims = [
        { Name: 'FunctionName', Value: source.functionName },
        { Name: 'Resource', Value: resource },
        { Name: 'ExecutedVersion', Value: version },
      ];
      const original = version === source.originalVersion;
      add('requests', n, `Invocations v${version}`, original, 'AWS/Lambda', 'Invocations', dims);
      add('errors', n, `Errors v${version}`, original, 'AWS/Lambda', 'Errors', dims);
    });
    return { queries, lines };
  }

  source.names.forEach((name, n) => {
    const metric = metrics.find(
      (m) =>
        m.Namespace === 'AWS/ApplicationELB' &&
        m.MetricName === 'RequestCount' &&
        dimension(m, 'LoadBalancer') !== undefined &&
        dimension(m, 'TargetGroup')?.startsWith(`targetgroup/${name}/`),
    );
    if (!metric) return;
    add('requests', n, `Requests ${name}`, false, 'AWS/ApplicationELB', 'RequestCount', metric.Dimensions);
    add('errors', n, `5XX ${name}`, false, 'AWS/ApplicationELB', 'HTTPCode_Target_5XX_Count', metric.Dimensions);
  });
  return { queries, lines };
}

/**
 * GetMetricData results → per-second rates on the union of their timestamps. A period missing
 * from one series while another has it carried no such requests (the 5XX count is only
 * published for periods that had some), so it reads 0.
 */
export function toMetricSeries(
  results: readonly MetricDataResult[],
  lines: readonly MetricLine[],
  period: number,
  startEpochMs: number,
): MetricSeries {
  const byId = new Map(results.map((r) => [r.Id, r]));
  const stamps = [...new Set(results.flatMap((r) => r.Timestamps))].sort((a, b) => a - b);
  const values = lines.map((line) => {
    const result = byId.get(line.id);
    const at = new Map<number, number>();
    result?.Timestamps.forEach((t, i) => at.set(t, result.Values[i] ?? 0));
    return stamps.map((t) => (at.get(t) ?? 0) / period);
  });
  // A period's datapoint stands for the whole period: plot it at the period's end.
  const x = stamps.map((t) => t + period - startEpochMs / 1000);
  return { x, lines: [...lines], values };
}

/** Metric windows grow in steps, so a live deployment keeps one query key for a while. */
export function metricWindow(input: { from: number; now: number; ended: number | undefined; startEpochMs: number }): {
  startTime: number;
  endTime: number;
  period: number;
} {
  const origin = input.startEpochMs / 1000;
  const step = 15 * 60;
  const span =
    input.ended === undefined ? Math.ceil((input.now - input.from + 1) / step) * step : input.ended - input.from;
  const period = metricPeriod(span);
  const startTime = Math.floor((origin + input.from) / period) * period;
  return { startTime, endTime: Math.ceil((origin + input.from + span) / period) * period, period };
}

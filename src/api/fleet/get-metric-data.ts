import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { fleetKeys } from './keys';
import { cloudwatch } from './service';
import type { MetricDataQuery, MetricDataResult } from './types';

export interface MetricDataRequest {
  queries: MetricDataQuery[];
  /** Epoch seconds. */
  startTime: number;
  endTime: number;
}

export const getMetricData = async ({ queries, startTime, endTime }: MetricDataRequest) =>
  (
    await awsCall<{ MetricDataResults: MetricDataResult[] }>(cloudwatch, 'GetMetricData', {
      MetricDataQueries: queries,
      StartTime: startTime,
      EndTime: endTime,
      ScanBy: 'TimestampAscending',
    })
  ).MetricDataResults;

/**
 * Metric data changes every traffic period (10 s of virtual time) without an event, so a chart
 * polls; `refetchInterval` is wall-clock and only bounds how fresh the chart looks.
 */
export const getMetricDataQueryOptions = (request: MetricDataRequest, refetchInterval: number | false = 2000) =>
  queryOptions({
    queryKey: fleetKeys.metricData(JSON.stringify(request)),
    queryFn: () => getMetricData(request),
    refetchInterval,
  });

export const useMetricData = (request: MetricDataRequest) => useQuery(getMetricDataQueryOptions(request));

import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { fleetKeys } from './keys';
import { cloudwatch } from './service';
import type { Metric } from './types';

export const listMetrics = async (namespace?: string) =>
  (await awsCall<{ Metrics: Metric[] }>(cloudwatch, 'ListMetrics', { Namespace: namespace })).Metrics;

export const listMetricsQueryOptions = (namespace?: string) =>
  queryOptions({ queryKey: fleetKeys.metrics(namespace), queryFn: () => listMetrics(namespace) });

export const useMetrics = (namespace?: string) => useQuery(listMetricsQueryOptions(namespace));

import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { fleetKeys } from './keys';
import { cloudwatch } from './service';
import type { MetricAlarm } from './types';

export const describeAlarms = async () =>
  (await awsCall<{ MetricAlarms: MetricAlarm[] }>(cloudwatch, 'DescribeAlarms', {})).MetricAlarms;

export const describeAlarmsQueryOptions = () =>
  queryOptions({ queryKey: fleetKeys.alarms(), queryFn: () => describeAlarms() });

export const useAlarms = () => useQuery(describeAlarmsQueryOptions());

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { fleetKeys } from './keys';
import { cloudwatch } from './service';
import type { Dimension, MetricAlarm } from './types';

export type PutMetricAlarmInput = Pick<
  MetricAlarm,
  | 'AlarmName'
  | 'Namespace'
  | 'MetricName'
  | 'Statistic'
  | 'Period'
  | 'EvaluationPeriods'
  | 'Threshold'
  | 'ComparisonOperator'
> & { Dimensions?: Dimension[]; DatapointsToAlarm?: number; TreatMissingData?: string; AlarmDescription?: string };

export const putMetricAlarm = (input: PutMetricAlarmInput) => awsCall<object>(cloudwatch, 'PutMetricAlarm', input);
export const deleteAlarms = (alarmNames: string[]) =>
  awsCall<object>(cloudwatch, 'DeleteAlarms', { AlarmNames: alarmNames });
/** CloudWatch's SetAlarmState: lasts until the alarm's next evaluation (see HoldAlarmState for a lasting one). */
export const setAlarmState = (input: { AlarmName: string; StateValue: string; StateReason: string }) =>
  awsCall<object>(cloudwatch, 'SetAlarmState', input);

function useAlarmMutation<T>(mutationFn: (input: T) => Promise<object>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: fleetKeys.alarms() }) });
}

export const usePutMetricAlarm = () => useAlarmMutation(putMetricAlarm);
export const useDeleteAlarms = () => useAlarmMutation(deleteAlarms);
export const useSetAlarmState = () => useAlarmMutation(setAlarmState);

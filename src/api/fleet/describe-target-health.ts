import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { fleetKeys } from './keys';
import { elb } from './service';
import type { TargetHealthDescription } from './types';

export const describeTargetHealth = async (targetGroupArn: string) =>
  (
    await awsCall<{ TargetHealthDescriptions: TargetHealthDescription[] }>(elb, 'DescribeTargetHealth', {
      TargetGroupArn: targetGroupArn,
    })
  ).TargetHealthDescriptions;

export const describeTargetHealthQueryOptions = (targetGroupArn: string) =>
  queryOptions({
    queryKey: fleetKeys.targetHealth(targetGroupArn),
    queryFn: () => describeTargetHealth(targetGroupArn),
  });

export const useTargetHealth = (targetGroupArn: string) => useQuery(describeTargetHealthQueryOptions(targetGroupArn));

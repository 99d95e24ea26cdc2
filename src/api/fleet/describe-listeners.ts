import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { fleetKeys } from './keys';
import { elb } from './service';
import type { Listener } from './types';

export const describeListeners = async (loadBalancerArn: string) =>
  (await awsCall<{ Listeners: Listener[] }>(elb, 'DescribeListeners', { LoadBalancerArn: loadBalancerArn })).Listeners;

export const describeListenersQueryOptions = (loadBalancerArn: string) =>
  queryOptions({ queryKey: fleetKeys.listeners(loadBalancerArn), queryFn: () => describeListeners(loadBalancerArn) });

export const useListeners = (loadBalancerArn: string) => useQuery(describeListenersQueryOptions(loadBalancerArn));

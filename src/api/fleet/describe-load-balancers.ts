import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { fleetKeys } from './keys';
import { elb } from './service';
import type { LoadBalancer } from './types';

export const describeLoadBalancers = async () =>
  (await awsCall<{ LoadBalancers: LoadBalancer[] }>(elb, 'DescribeLoadBalancers', {})).LoadBalancers;

export const describeLoadBalancersQueryOptions = () =>
  queryOptions({ queryKey: fleetKeys.loadBalancers(), queryFn: () => describeLoadBalancers() });

export const useLoadBalancers = () => useQuery(describeLoadBalancersQueryOptions());

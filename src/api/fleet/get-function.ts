import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { fleetKeys } from './keys';
import { lambda } from './service';
import type { FunctionConfiguration } from './types';

export const getFunction = async (functionName: string) =>
  (await awsCall<{ Configuration: FunctionConfiguration }>(lambda, 'GetFunction', { FunctionName: functionName }))
    .Configuration;

export const getFunctionQueryOptions = (functionName: string) =>
  queryOptions({ queryKey: fleetKeys.function(functionName), queryFn: () => getFunction(functionName) });

export const useFunction = (functionName: string) => useQuery(getFunctionQueryOptions(functionName));

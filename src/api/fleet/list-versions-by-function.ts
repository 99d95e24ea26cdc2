import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { fleetKeys } from './keys';
import { lambda } from './service';
import type { FunctionConfiguration } from './types';

export const listVersionsByFunction = async (functionName: string) =>
  (
    await awsCall<{ Versions: FunctionConfiguration[] }>(lambda, 'ListVersionsByFunction', {
      FunctionName: functionName,
    })
  ).Versions;

export const listVersionsByFunctionQueryOptions = (functionName: string) =>
  queryOptions({ queryKey: fleetKeys.versions(functionName), queryFn: () => listVersionsByFunction(functionName) });

export const useFunctionVersions = (functionName: string) => useQuery(listVersionsByFunctionQueryOptions(functionName));

import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { fleetKeys } from './keys';
import { lambda } from './service';
import type { AliasConfiguration } from './types';

export const listAliases = async (functionName: string) =>
  (await awsCall<{ Aliases: AliasConfiguration[] }>(lambda, 'ListAliases', { FunctionName: functionName })).Aliases;

export const listAliasesQueryOptions = (functionName: string) =>
  queryOptions({ queryKey: fleetKeys.aliases(functionName), queryFn: () => listAliases(functionName) });

export const useAliases = (functionName: string) => useQuery(listAliasesQueryOptions(functionName));

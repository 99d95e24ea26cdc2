import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import type { RepositoryTrigger } from './pull-request-types';
import { codecommit } from './service';

export const getRepositoryTriggers = (repositoryName: string) =>
  awsCall<{ configurationId?: string; triggers: RepositoryTrigger[] }>(codecommit, 'GetRepositoryTriggers', {
    repositoryName,
  });

export const getRepositoryTriggersQueryOptions = (repositoryName: string) =>
  queryOptions({
    queryKey: codecommitKeys.triggers(repositoryName),
    queryFn: () => getRepositoryTriggers(repositoryName),
  });

export const useRepositoryTriggers = (repositoryName: string) =>
  useQuery(getRepositoryTriggersQueryOptions(repositoryName));

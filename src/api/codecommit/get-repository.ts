import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';
import type { RepositoryMetadata } from './types';

export const getRepository = (repositoryName: string) =>
  awsCall<{ repositoryMetadata: RepositoryMetadata }>(codecommit, 'GetRepository', { repositoryName }).then(
    (o) => o.repositoryMetadata,
  );

export const getRepositoryQueryOptions = (repositoryName: string) =>
  queryOptions({ queryKey: codecommitKeys.repository(repositoryName), queryFn: () => getRepository(repositoryName) });

export const useRepository = (repositoryName: string) => useQuery(getRepositoryQueryOptions(repositoryName));

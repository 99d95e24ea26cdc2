import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';

export const listBranches = (repositoryName: string) =>
  awsCall<{ branches: string[] }>(codecommit, 'ListBranches', { repositoryName }).then((o) => o.branches);

export const listBranchesQueryOptions = (repositoryName: string) =>
  queryOptions({ queryKey: codecommitKeys.branches(repositoryName), queryFn: () => listBranches(repositoryName) });

export const useBranches = (repositoryName: string) => useQuery(listBranchesQueryOptions(repositoryName));

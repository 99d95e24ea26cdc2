import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';

export const getBranch = (repositoryName: string, branchName: string) =>
  awsCall<{ branch: { branchName: string; commitId: string } }>(codecommit, 'GetBranch', {
    repositoryName,
    branchName,
  }).then((o) => o.branch);

export const getBranchQueryOptions = (repositoryName: string, branchName: string) =>
  queryOptions({
    queryKey: [...codecommitKeys.branches(repositoryName), branchName],
    queryFn: () => getBranch(repositoryName, branchName),
  });

export const useBranch = (repositoryName: string, branchName: string) =>
  useQuery(getBranchQueryOptions(repositoryName, branchName));

import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import type {
  ConflictDetailLevel,
  ConflictMetadata,
  ConflictResolutionStrategy,
  MergeOption,
} from './pull-request-types';
import { codecommit } from './service';

export interface MergeConflictOptions {
  mergeOption: MergeOption;
  conflictDetailLevel: ConflictDetailLevel;
  conflictResolutionStrategy: ConflictResolutionStrategy;
}

export interface MergeConflicts {
  mergeable: boolean;
  destinationCommitId: string;
  sourceCommitId: string;
  baseCommitId?: string;
  conflictMetadataList: ConflictMetadata[];
}

export const getMergeConflicts = (
  repositoryName: string,
  destinationCommitSpecifier: string,
  sourceCommitSpecifier: string,
  options: MergeConflictOptions,
) =>
  awsCall<MergeConflicts>(codecommit, 'GetMergeConflicts', {
    repositoryName,
    destinationCommitSpecifier,
    sourceCommitSpecifier,
    ...options,
  });

export const getMergeConflictsQueryOptions = (
  repositoryName: string,
  destination: string,
  source: string,
  options: MergeConflictOptions,
) =>
  queryOptions({
    queryKey: codecommitKeys.mergeConflicts(repositoryName, destination, source, options),
    queryFn: () => getMergeConflicts(repositoryName, destination, source, options),
  });

export const useMergeConflicts = (
  repositoryName: string,
  destination: string,
  source: string,
  options: MergeConflictOptions,
  enabled = true,
) => useQuery({ ...getMergeConflictsQueryOptions(repositoryName, destination, source, options), enabled });

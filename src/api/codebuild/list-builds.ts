import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codebuildKeys } from './keys';
import { codebuild } from './service';

/** The newest build IDs of the account (one page of up to 100), newest first. */
export const listBuilds = () =>
  awsCall<{ ids?: string[] }>(codebuild, 'ListBuilds', { sortOrder: 'DESCENDING' }).then((o) => o.ids ?? []);

export const listBuildsQueryOptions = () => queryOptions({ queryKey: codebuildKeys.buildIds(), queryFn: listBuilds });

export const useBuildIds = () => useQuery(listBuildsQueryOptions());

import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { AwsApiError, awsCall } from '../aws-call';
import { codebuildKeys } from './keys';
import { codebuild } from './service';
import type { Build } from './types';

/** Builds by ID, in the order asked (BatchGetBuilds takes at most 100). */
export async function batchGetBuilds(ids: readonly string[]): Promise<Build[]> {
  if (ids.length === 0) return [];
  const out = await awsCall<{ builds?: Build[] }>(codebuild, 'BatchGetBuilds', { ids: ids.slice(0, 100) });
  const byId = new Map((out.builds ?? []).map((b) => [b.id, b]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export const batchGetBuildsQueryOptions = (ids: readonly string[]) =>
  queryOptions({ queryKey: codebuildKeys.builds(ids), queryFn: () => batchGetBuilds(ids) });

/** Keeps the previous list while a longer one loads, so a table does not flash when a build starts. */
export const useBuilds = (ids: readonly string[] | undefined) =>
  useQuery({ ...batchGetBuildsQueryOptions(ids ?? []), enabled: ids !== undefined, placeholderData: keepPreviousData });

export const useBuild = (id: string) =>
  useQuery({
    ...batchGetBuildsQueryOptions([id]),
    select: (builds) => {
      const build = builds[0];
      if (!build) throw new AwsApiError('ResourceNotFoundException', `Build not found: ${id}`, 400);
      return build;
    },
  });

import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codebuildKeys } from './keys';
import { codebuild } from './service';

/** The project's newest build IDs (one page of up to 100), newest first. */
export const listBuildsForProject = (projectName: string) =>
  awsCall<{ ids?: string[] }>(codebuild, 'ListBuildsForProject', { projectName, sortOrder: 'DESCENDING' }).then(
    (o) => o.ids ?? [],
  );

export const listBuildsForProjectQueryOptions = (projectName: string) =>
  queryOptions({
    queryKey: codebuildKeys.projectBuildIds(projectName),
    queryFn: () => listBuildsForProject(projectName),
  });

export const useProjectBuildIds = (projectName: string) => useQuery(listBuildsForProjectQueryOptions(projectName));

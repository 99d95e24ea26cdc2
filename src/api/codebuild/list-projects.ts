import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codebuildKeys } from './keys';
import { codebuild } from './service';

/** Every project name, following `nextToken`, sorted by name. */
export async function listProjects(): Promise<string[]> {
  const names: string[] = [];
  let nextToken: string | undefined;
  do {
    const page: { projects?: string[]; nextToken?: string } = await awsCall(codebuild, 'ListProjects', {
      sortBy: 'NAME',
      sortOrder: 'ASCENDING',
      ...(nextToken && { nextToken }),
    });
    names.push(...(page.projects ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return names;
}

export const listProjectsQueryOptions = () =>
  queryOptions({ queryKey: codebuildKeys.projectNames(), queryFn: listProjects });

export const useProjectNames = () => useQuery(listProjectsQueryOptions());

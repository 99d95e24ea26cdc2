import { queryOptions, useQuery } from '@tanstack/react-query';
import { AwsApiError, awsCall } from '../aws-call';
import { codebuildKeys } from './keys';
import { codebuild } from './service';
import type { Project } from './types';

export async function batchGetProjects(names: readonly string[]): Promise<Project[]> {
  if (names.length === 0) return [];
  const out = await awsCall<{ projects?: Project[] }>(codebuild, 'BatchGetProjects', { names });
  return out.projects ?? [];
}

export const batchGetProjectsQueryOptions = (names: readonly string[]) =>
  queryOptions({ queryKey: codebuildKeys.projects(names), queryFn: () => batchGetProjects(names) });

export const useProjects = (names: readonly string[] | undefined) =>
  useQuery({ ...batchGetProjectsQueryOptions(names ?? []), enabled: names !== undefined });

/** One project; BatchGetProjects lists a missing name under `projectsNotFound`, which becomes a not-found error. */
export const useProject = (name: string) =>
  useQuery({
    ...batchGetProjectsQueryOptions([name]),
    select: (projects) => {
      const project = projects[0];
      if (!project) throw new AwsApiError('ResourceNotFoundException', `Project cannot be found: ${name}`, 400);
      return project;
    },
  });

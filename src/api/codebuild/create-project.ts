import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codebuildKeys } from './keys';
import { codebuild } from './service';
import type { Project, ProjectInput } from './types';

export const createProject = (input: ProjectInput) =>
  awsCall<{ project: Project }>(codebuild, 'CreateProject', input).then((o) => o.project);

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProject,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codebuildKeys.all }),
  });
}

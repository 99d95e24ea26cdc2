import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codebuildKeys } from './keys';
import { codebuild } from './service';
import type { Project, ProjectInput } from './types';

export const updateProject = (input: ProjectInput) =>
  awsCall<{ project: Project }>(codebuild, 'UpdateProject', input).then((o) => o.project);

export function useUpdateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProject,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codebuildKeys.all }),
  });
}

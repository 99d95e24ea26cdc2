import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codebuildKeys } from './keys';
import { codebuild } from './service';
import type { Build } from './types';

export const retryBuild = (id: string) =>
  awsCall<{ build: Build }>(codebuild, 'RetryBuild', { id }).then((o) => o.build);

export function useRetryBuild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryBuild,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codebuildKeys.all }),
  });
}

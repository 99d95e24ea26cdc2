import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codebuildKeys } from './keys';
import { codebuild } from './service';
import type { Build } from './types';

export const stopBuild = (id: string) => awsCall<{ build: Build }>(codebuild, 'StopBuild', { id }).then((o) => o.build);

export function useStopBuild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: stopBuild,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codebuildKeys.all }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codebuildKeys } from './keys';
import { codebuild } from './service';
import type { Build, EnvironmentVariable } from './types';

export interface StartBuildInput {
  projectName: string;
  sourceVersion?: string;
  environmentVariablesOverride?: EnvironmentVariable[];
  timeoutInMinutesOverride?: number;
  buildspecOverride?: string;
}

export const startBuild = (input: StartBuildInput) =>
  awsCall<{ build: Build }>(codebuild, 'StartBuild', input).then((o) => o.build);

export function useStartBuild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startBuild,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codebuildKeys.all }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PipelineDeclaration } from '../../engine/specs/pipeline/types';
import { awsCall } from '../aws-call';
import { codepipelineKeys } from './keys';
import { codepipeline } from './service';

/** Replaces the declaration; the answer carries the new `version`. An invalid one is refused like CreatePipeline. */
export const updatePipeline = (pipeline: PipelineDeclaration) =>
  awsCall<{ pipeline: PipelineDeclaration }>(codepipeline, 'UpdatePipeline', { pipeline }).then((o) => o.pipeline);

export function useUpdatePipeline() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePipeline,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codepipelineKeys.all }),
  });
}

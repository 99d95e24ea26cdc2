import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PipelineDeclaration } from '../../engine/specs/pipeline/types';
import { awsCall } from '../aws-call';
import { codepipelineKeys } from './keys';
import { codepipeline } from './service';

export interface CreatePipelineInput {
  pipeline: PipelineDeclaration;
  tags?: { key: string; value: string }[];
}

export const createPipeline = (input: CreatePipelineInput) =>
  awsCall<{ pipeline: PipelineDeclaration; tags?: { key: string; value: string }[] }>(
    codepipeline,
    'CreatePipeline',
    input,
  );

export function useCreatePipeline() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPipeline,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codepipelineKeys.all }),
  });
}

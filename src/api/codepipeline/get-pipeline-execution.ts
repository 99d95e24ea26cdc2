import type { PipelineExecution } from '@aws-sdk/client-codepipeline';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codepipelineKeys } from './keys';
import { codepipeline } from './service';
import type { Wire } from './wire';

export type PipelineExecutionWire = Wire<PipelineExecution>;

export const getPipelineExecution = (pipelineName: string, pipelineExecutionId: string) =>
  awsCall<{ pipelineExecution: PipelineExecutionWire }>(codepipeline, 'GetPipelineExecution', {
    pipelineName,
    pipelineExecutionId,
  }).then((o) => o.pipelineExecution);

export const getPipelineExecutionQueryOptions = (pipelineName: string, pipelineExecutionId: string) =>
  queryOptions({
    queryKey: codepipelineKeys.execution(pipelineName, pipelineExecutionId),
    queryFn: () => getPipelineExecution(pipelineName, pipelineExecutionId),
  });

/** One execution; an unknown ID surfaces as PipelineExecutionNotFoundException. */
export const usePipelineExecution = (pipelineName: string | undefined, pipelineExecutionId: string | undefined) =>
  useQuery({
    ...getPipelineExecutionQueryOptions(pipelineName ?? '', pipelineExecutionId ?? ''),
    enabled: pipelineName !== undefined && pipelineExecutionId !== undefined,
  });

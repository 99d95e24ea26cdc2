import type { PipelineSummary } from '@aws-sdk/client-codepipeline';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codepipelineKeys } from './keys';
import { codepipeline } from './service';
import type { Wire } from './wire';

export type PipelineSummaryWire = Wire<PipelineSummary>;

/** Every pipeline summary, following nextToken. */
export async function listPipelines(): Promise<PipelineSummaryWire[]> {
  const pipelines: PipelineSummaryWire[] = [];
  let nextToken: string | undefined;
  do {
    const page = await awsCall<{ pipelines?: PipelineSummaryWire[]; nextToken?: string }>(
      codepipeline,
      'ListPipelines',
      nextToken ? { nextToken } : {},
    );
    pipelines.push(...(page.pipelines ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return pipelines;
}

export const listPipelinesQueryOptions = () =>
  queryOptions({ queryKey: codepipelineKeys.pipelines(), queryFn: listPipelines });

export const usePipelines = () => useQuery(listPipelinesQueryOptions());

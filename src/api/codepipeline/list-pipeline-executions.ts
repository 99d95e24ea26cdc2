import type { PipelineExecutionSummary } from '@aws-sdk/client-codepipeline';
import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codepipelineKeys } from './keys';
import { codepipeline } from './service';
import type { Wire } from './wire';

export type PipelineExecutionSummaryWire = Wire<PipelineExecutionSummary>;

/** Every execution summary of the pipeline, newest first, following nextToken. */
export async function listPipelineExecutions(pipelineName: string): Promise<PipelineExecutionSummaryWire[]> {
  const summaries: PipelineExecutionSummaryWire[] = [];
  let nextToken: string | undefined;
  do {
    const page = await awsCall<{ pipelineExecutionSummaries?: PipelineExecutionSummaryWire[]; nextToken?: string }>(
      codepipeline,
      'ListPipelineExecutions',
      { pipelineName, nextToken },
    );
    summaries.push(...(page.pipelineExecutionSummaries ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return summaries;
}

export const listPipelineExecutionsQueryOptions = (pipelineName: string) =>
  queryOptions({
    queryKey: codepipelineKeys.executions(pipelineName),
    queryFn: () => listPipelineExecutions(pipelineName),
  });

/** The pipeline's execution history, newest first; the previous answer stays on screen while a new one loads. */
export const usePipelineExecutions = (pipelineName: string | undefined) =>
  useQuery({
    ...listPipelineExecutionsQueryOptions(pipelineName ?? ''),
    enabled: pipelineName !== undefined,
    placeholderData: keepPreviousData,
  });

/** The pipeline's newest execution, if it ever ran (one page of one summary). */
export const latestPipelineExecution = (pipelineName: string) =>
  awsCall<{ pipelineExecutionSummaries?: PipelineExecutionSummaryWire[] }>(codepipeline, 'ListPipelineExecutions', {
    pipelineName,
    maxResults: 1,
  }).then((o) => o.pipelineExecutionSummaries?.[0] ?? null);

export const latestPipelineExecutionQueryOptions = (pipelineName: string) =>
  queryOptions({
    queryKey: codepipelineKeys.latestExecution(pipelineName),
    queryFn: () => latestPipelineExecution(pipelineName),
  });

/** Each named pipeline's newest execution (null for one that never ran), in the order of the names. */
export const useLatestPipelineExecutions = (pipelineNames: readonly string[]) =>
  useQueries({ queries: pipelineNames.map((name) => latestPipelineExecutionQueryOptions(name)) });

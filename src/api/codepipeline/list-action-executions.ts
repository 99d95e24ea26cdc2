import type { ActionExecutionDetail } from '@aws-sdk/client-codepipeline';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codepipelineKeys } from './keys';
import { codepipeline } from './service';
import type { Wire } from './wire';

export type ActionExecutionDetailWire = Wire<ActionExecutionDetail>;

/** Every action execution of the pipeline (or of one of its executions), newest first, following nextToken. */
export async function listActionExecutions(
  pipelineName: string,
  pipelineExecutionId?: string,
): Promise<ActionExecutionDetailWire[]> {
  const details: ActionExecutionDetailWire[] = [];
  let nextToken: string | undefined;
  do {
    const page = await awsCall<{ actionExecutionDetails?: ActionExecutionDetailWire[]; nextToken?: string }>(
      codepipeline,
      'ListActionExecutions',
      { pipelineName, filter: pipelineExecutionId ? { pipelineExecutionId } : undefined, nextToken },
    );
    details.push(...(page.actionExecutionDetails ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return details;
}

export const listActionExecutionsQueryOptions = (pipelineName: string, pipelineExecutionId?: string) =>
  queryOptions({
    queryKey: codepipelineKeys.actionExecutions(pipelineName, pipelineExecutionId),
    queryFn: () => listActionExecutions(pipelineName, pipelineExecutionId),
  });

export const useActionExecutions = (pipelineName: string | undefined, pipelineExecutionId?: string) =>
  useQuery({
    ...listActionExecutionsQueryOptions(pipelineName ?? '', pipelineExecutionId),
    enabled: pipelineName !== undefined,
  });

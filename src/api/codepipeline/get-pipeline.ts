import type { GetPipelineOutput } from '@aws-sdk/client-codepipeline';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PipelineDeclaration } from '../../engine/specs/pipeline/types';
import { awsCall } from '../aws-call';
import { codepipelineKeys } from './keys';
import { codepipeline } from './service';
import type { Wire } from './wire';

/** GetPipeline's answer; the declaration is the project's open type, so fields the SDK does not model survive. */
export interface GetPipelineResult {
  pipeline: PipelineDeclaration;
  metadata?: Wire<NonNullable<GetPipelineOutput['metadata']>>;
}

export const getPipeline = (name: string, version?: number) =>
  awsCall<GetPipelineResult>(codepipeline, 'GetPipeline', version === undefined ? { name } : { name, version });

export const getPipelineQueryOptions = (name: string, version?: number) =>
  queryOptions({ queryKey: codepipelineKeys.pipeline(name, version), queryFn: () => getPipeline(name, version) });

/** A pipeline's declaration (the latest, or the given version); a missing name surfaces as PipelineNotFoundException. */
export const usePipeline = (name: string | undefined, version?: number) =>
  useQuery({ ...getPipelineQueryOptions(name ?? '', version), enabled: name !== undefined });

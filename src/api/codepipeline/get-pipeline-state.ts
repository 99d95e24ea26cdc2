import type { GetPipelineStateOutput } from '@aws-sdk/client-codepipeline';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codepipelineKeys } from './keys';
import { codepipeline } from './service';
import type { Wire } from './wire';

export type PipelineStateWire = Wire<GetPipelineStateOutput>;
export type StageStateWire = NonNullable<PipelineStateWire['stageStates']>[number];
export type ActionStateWire = NonNullable<StageStateWire['actionStates']>[number];

export const getPipelineState = (name: string) =>
  awsCall<PipelineStateWire>(codepipeline, 'GetPipelineState', { name });

export const getPipelineStateQueryOptions = (name: string) =>
  queryOptions({ queryKey: codepipelineKeys.pipelineState(name), queryFn: () => getPipelineState(name) });

/** Each stage's latest execution, its actions' latest runs, inbound executions and transition state. */
export const usePipelineState = (name: string | undefined) =>
  useQuery({ ...getPipelineStateQueryOptions(name ?? ''), enabled: name !== undefined });

import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';

/** The service role a new pipeline starts with: a pipeline role if the account has one, else a service role. */
export const defaultRoleArn = (arns: readonly string[]) =>
  arns.find((arn) => /pipeline/i.test(arn)) ?? arns.find((arn) => /service-?role/i.test(arn)) ?? arns[0] ?? '';

export const defaultArtifactBucket = (buckets: readonly string[]) =>
  buckets.find((bucket) => /artifact/i.test(bucket)) ?? buckets[0] ?? '';

/**
 * A new pipeline: a Source stage and a Build stage, empty, for actions dragged from the palette; V2 with the
 * default execution mode, as the console creates them today.
 */
export function pipelineSkeleton(roleArn: string, bucket: string): PipelineDeclaration {
  return {
    name: 'MyPipeline',
    roleArn,
    artifactStore: { type: 'S3', location: bucket },
    stages: [
      { name: 'Source', actions: [] },
      { name: 'Build', actions: [] },
    ],
    executionMode: 'SUPERSEDED',
    pipelineType: 'V2',
  };
}

import type { ActionDeclaration, PipelineDeclaration } from './types';

/** The quota sizes: 50 stages and 500 actions a pipeline (aws-facts §1.1). */
export const BENCH_STAGES = 50;
export const BENCH_ACTIONS = 500;

/**
 * A valid pipeline at the quota sizes, for the validation and layout benchmarks: a first stage of ten source
 * actions, then 49 stages of ten builds in runOrder groups of five, each reading an artifact made in an earlier
 * stage or group, so every artifact rule does real work.
 */
export function largePipeline(stages = BENCH_STAGES, actions = BENCH_ACTIONS): PipelineDeclaration {
  const perStage = Math.ceil(actions / stages);
  const sources: ActionDeclaration[] = Array.from({ length: perStage }, (_, i) => ({
    name: `Source-${i}`,
    actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeCommit', version: '1' },
    runOrder: 1,
    configuration: { RepositoryName: `repo-${i}`, BranchName: 'main' },
    outputArtifacts: [{ name: `S0A${i}` }],
    namespace: `SourceVariables${i}`,
  }));
  const built = Array.from({ length: stages - 1 }, (_, s) => ({
    name: `Stage-${s + 1}`,
    actions: Array.from({ length: perStage }, (_, i): ActionDeclaration => {
      const group = Math.floor(i / 5);
      const input = group === 0 ? `S${s}A${i}` : `S${s + 1}A${i - 5}`;
      return {
        name: `Build-${i}`,
        actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
        runOrder: group + 1,
        configuration: { ProjectName: `project-${i}`, EnvironmentVariables: '[{"name":"STAGE","value":"x"}]' },
        inputArtifacts: [{ name: input }],
        outputArtifacts: [{ name: `S${s + 1}A${i}` }],
      };
    }),
  }));
  return {
    name: 'quota-sized',
    roleArn: 'arn:aws:iam::111122223333:role/pipeline',
    artifactStore: { type: 'S3', location: 'codepipeline-us-east-1-111122223333' },
    pipelineType: 'V2',
    executionMode: 'QUEUED',
    stages: [{ name: 'Source', actions: sources }, ...built],
  };
}

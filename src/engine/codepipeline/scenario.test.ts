import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/load';
import { SimDriver } from '../testing/driver';
import { codepipelineScenario, declaration, ROLE_ARN } from './test-world';

describe('CodePipeline in scenarios', () => {
  it('creates the pipelines at version 1 without running them, with connections and outcomes', () => {
    const d = SimDriver.from(
      codepipelineScenario({
        pipelines: [declaration({ pipelineType: 'V2' })],
        connections: [{ connectionName: 'github', ownerId: 'octo' }],
        actionOutcomes: { 'web-pipeline/Build/Invoke': { result: 'Failed', durationSeconds: 30 } },
      }),
    );
    const state = d.sim.world.account.codepipeline;
    expect(state.pipelines['web-pipeline']).toMatchObject({
      declaration: { name: 'web-pipeline', version: 1, pipelineType: 'V2', executionMode: 'SUPERSEDED' },
      pipelineArn: 'arn:aws:codepipeline:us-east-1:123456789012:web-pipeline',
      created: 0,
      stages: { Source: { runningExecutionIds: [], inboundExecutionIds: [] }, Build: expect.anything() },
    });
    expect(state.executions).toEqual({});
    expect(d.sim.world.queue).toEqual([]);
    expect(state.connections).toEqual({
      'arn:aws:codestar-connections:us-east-1:123456789012:connection/github': {
        connectionName: 'github',
        providerType: 'GitHub',
        connectionStatus: 'AVAILABLE',
        ownerId: 'octo',
      },
    });
    expect(state.actionOutcomes['web-pipeline/Build/Invoke']).toEqual({ result: 'Failed', durationSeconds: 30 });
  });

  it('reports a declaration CreatePipeline would refuse at its field in the scenario file', () => {
    const bad = declaration();
    bad.stages[1]!.actions[0]!.configuration = {};
    const text = JSON.stringify(codepipelineScenario({ pipelines: [bad] }), null, 2);
    const result = loadScenario(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [problem] = result.problems;
    expect(problem?.path).toBe('account.codepipeline.pipelines[0].stages[1].actions[0].configuration');
    expect(problem?.message).toMatch(/^InvalidActionDeclarationException: .*ProjectName/);
    const line = text.split('\n')[problem!.line! - 1];
    expect(line).toContain('"configuration"');
  });

  it('refuses a pipeline whose service role the account does not have, naming the pipeline', () => {
    const noRole = declaration({ roleArn: ROLE_ARN.replace('CodePipelineServiceRole', 'Missing') });
    expect(() => SimDriver.from(codepipelineScenario({ pipelines: [noRole] }))).toThrow(
      /^CodePipeline pipeline web-pipeline: InvalidStructureException: CodePipeline is not authorized to perform AssumeRole/,
    );
  });
});

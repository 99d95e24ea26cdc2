import { describe, expect, it } from 'vitest';
import { SimDriver } from '../testing/driver';
import { codepipelineScenario, declaration } from './test-world';

/** web-pipeline with a Check stage running an Invoke Lambda action beside a build it really runs. */
function withInvoke() {
  const d = SimDriver.from(codepipelineScenario());
  const pipeline = declaration();
  pipeline.stages[1] = {
    name: 'Check',
    actions: [
      {
        name: 'Smoke',
        actionTypeId: { category: 'Invoke', owner: 'AWS', provider: 'Lambda', version: '1' },
        configuration: { FunctionName: 'smoke-test' },
      },
      {
        name: 'Approve',
        actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' },
        runOrder: 2,
      },
    ],
  };
  d.ok('codepipeline', 'CreatePipeline', { pipeline });
  return d;
}

interface Outcomes {
  actions: { stageName: string; actionName: string; outcome?: Record<string, unknown> }[];
  defaultOutcome: Record<string, unknown>;
}

describe('GetActionOutcomes (simulator)', () => {
  it('lists only the actions that answer a simulated outcome, with the one set and the default', () => {
    const d = withInvoke();
    const before = d.ok<Outcomes>('codepipeline', 'GetActionOutcomes', { pipelineName: 'web-pipeline' });
    expect(before.actions).toEqual([
      {
        stageName: 'Check',
        actionName: 'Smoke',
        actionTypeId: { category: 'Invoke', owner: 'AWS', provider: 'Lambda', version: '1' },
      },
    ]);
    expect(before.defaultOutcome).toEqual({ result: 'Succeeded', durationSeconds: 30 });

    const outcome = { result: 'Failed', durationSeconds: 5, message: 'smoke failed', outputVariables: { A: '1' } };
    d.ok('codepipeline', 'SetActionOutcome', {
      pipelineName: 'web-pipeline',
      stageName: 'Check',
      actionName: 'Smoke',
      outcome,
    });
    const after = d.ok<Outcomes>('codepipeline', 'GetActionOutcomes', { pipelineName: 'web-pipeline' });
    expect(after.actions[0]?.outcome).toEqual(outcome);
  });

  it('answers PipelineNotFoundException for a pipeline the account does not have', () => {
    const result = withInvoke().call('codepipeline', 'GetActionOutcomes', { pipelineName: 'nope' });
    expect(result.ok ? undefined : result.error.type).toBe('PipelineNotFoundException');
  });
});

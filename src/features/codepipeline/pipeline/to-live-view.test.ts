import { describe, expect, it } from 'vitest';
import type { PipelineStateWire } from '../../../api/codepipeline/get-pipeline-state';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { toLiveView } from './to-live-view';

const declaration: PipelineDeclaration = {
  name: 'demo-pipeline',
  roleArn: 'arn:aws:iam::123456789012:role/pipeline',
  stages: [
    {
      name: 'Source',
      actions: [
        { name: 'Source', actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeCommit', version: '1' } },
      ],
    },
    {
      name: 'Build',
      actions: [
        { name: 'Build', actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' } },
      ],
    },
    {
      name: 'Approval',
      actions: [
        { name: 'Approve', actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' } },
      ],
    },
    {
      name: 'Deploy',
      actions: [
        { name: 'Deploy', actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CodeDeploy', version: '1' } },
      ],
    },
  ],
};

const t0 = 1_767_600_000;

const state: PipelineStateWire = {
  pipelineName: 'demo-pipeline',
  stageStates: [
    {
      stageName: 'Source',
      latestExecution: { pipelineExecutionId: 'e-2', status: 'Succeeded' },
      actionStates: [
        {
          actionName: 'Source',
          latestExecution: { status: 'Succeeded', summary: 'Add a footer', lastStatusChange: t0 },
        },
      ],
    },
    {
      stageName: 'Build',
      latestExecution: { pipelineExecutionId: 'e-1', status: 'Succeeded' },
      actionStates: [{ actionName: 'Build', latestExecution: { status: 'Succeeded', actionExecutionId: 'a-2' } }],
      inboundExecutions: [{ pipelineExecutionId: 'e-2', status: 'InProgress' }],
    },
    {
      stageName: 'Approval',
      latestExecution: { pipelineExecutionId: 'e-1', status: 'InProgress' },
      actionStates: [
        { actionName: 'Approve', latestExecution: { status: 'InProgress', token: 'tok', lastStatusChange: t0 + 60 } },
      ],
    },
    {
      stageName: 'Deploy',
      inboundTransitionState: { enabled: false, disabledReason: 'Release freeze' },
      actionStates: [],
    },
  ],
};

describe('toLiveView', () => {
  const view = toLiveView(
    declaration,
    state,
    [
      {
        stageName: 'Build',
        actionName: 'Build',
        actionExecutionId: 'a-2',
        output: { executionResult: { externalExecutionId: 'demo-build:7f1c' } },
      },
    ],
    (t0 + 60) * 1000 + 3600_000,
  );

  it('gives each stage and action its latest status, in the order of the declaration', () => {
    expect(Object.entries(view.stages).map(([name, s]) => [name, s.status])).toEqual([
      ['Source', 'Succeeded'],
      ['Build', 'Succeeded'],
      ['Approval', 'InProgress'],
      ['Deploy', undefined],
    ]);
    expect(view.stages.Source?.actions.Source).toEqual({
      status: 'Succeeded',
      summary: 'Add a footer',
      href: undefined,
      lastStatusChange: t0 * 1000,
    });
  });

  it('links a CodeBuild action to its build, found through ListActionExecutions', () => {
    expect(view.stages.Build?.actions.Build?.href).toBe('#/codebuild/builds/demo-build%3A7f1c');
  });

  it('shows a waiting approval with the time left of its 7 days and a link that opens the review', () => {
    expect(view.stages.Approval?.actions.Approve).toMatchObject({
      status: 'InProgress',
      summary: 'Waiting for approval (6d 23h left)',
      href: '#/codepipeline/pipelines/demo-pipeline?review=Approval&action=Approve',
    });
  });

  it('keeps the executions waiting to enter a stage and the reason a transition is disabled', () => {
    expect(view.stages.Build?.inboundExecutionIds).toEqual(['e-2']);
    expect(view.stages.Deploy?.transitionDisabledReason).toBe('Release freeze');
    expect(view.stages.Build?.transitionDisabledReason).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { toExecutionTimeline } from './timeline-rows';

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
        { name: 'Lint', actionTypeId: { category: 'Test', owner: 'AWS', provider: 'CodeBuild', version: '1' } },
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

const T = 1_767_600_000;

describe('toExecutionTimeline', () => {
  const timeline = toExecutionTimeline(
    declaration,
    [
      // ListActionExecutions answers newest first.
      { actionExecutionId: 'b2', stageName: 'Build', actionName: 'Build', status: 'InProgress', startTime: T + 100 },
      {
        actionExecutionId: 'l1',
        stageName: 'Build',
        actionName: 'Lint',
        status: 'Succeeded',
        startTime: T + 10,
        lastUpdateTime: T + 40,
      },
      {
        actionExecutionId: 'b1',
        stageName: 'Build',
        actionName: 'Build',
        status: 'Failed',
        startTime: T + 10,
        lastUpdateTime: T + 70,
      },
      {
        actionExecutionId: 's1',
        stageName: 'Source',
        actionName: 'Source',
        status: 'Succeeded',
        startTime: T,
        lastUpdateTime: T + 5,
      },
    ],
    (T + 160) * 1000,
  );

  it('puts each stage above its actions in the order of the declaration, leaving out stages not reached', () => {
    expect(timeline.rows.map((r) => r.key)).toEqual(['Source', 'Source/Source', 'Build', 'Build/Build', 'Build/Lint']);
  });

  it('draws a retried action as one bar per attempt, the running one up to now', () => {
    expect(timeline.rows.find((r) => r.key === 'Build/Build')?.bars).toEqual([
      { id: 'b1', status: 'Failed', start: (T + 10) * 1000, end: (T + 70) * 1000, running: false },
      { id: 'b2', status: 'InProgress', start: (T + 100) * 1000, end: (T + 160) * 1000, running: true },
    ]);
  });

  it('spans a stage from its first action to its last, in progress while an action runs', () => {
    expect(timeline.rows.find((r) => r.key === 'Build')?.bars[0]).toMatchObject({
      status: 'InProgress',
      start: (T + 10) * 1000,
      end: (T + 160) * 1000,
    });
    expect(timeline.start).toBe(T * 1000);
    expect(timeline.end).toBe((T + 160) * 1000);
  });
});

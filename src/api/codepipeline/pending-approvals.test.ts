import { describe, expect, it } from 'vitest';
import type { PipelineDeclaration } from '../../engine/specs/pipeline/types';
import type { PipelineStateWire } from './get-pipeline-state';
import { pendingApprovals } from './pending-approvals';

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
      name: 'Approval',
      actions: [
        { name: 'Manual', actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' } },
        {
          name: 'QuickLook',
          timeoutInMinutes: 5,
          actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' },
        },
      ],
    },
  ],
};

const startedAt = 1_767_600_000; // epoch seconds on the wire

describe('pendingApprovals', () => {
  it('lists approvals in progress with their token and the 7-day default or their own timeout', () => {
    const state: PipelineStateWire = {
      stageStates: [
        {
          stageName: 'Approval',
          latestExecution: { pipelineExecutionId: 'e-1', status: 'InProgress' },
          actionStates: [
            {
              actionName: 'Manual',
              latestExecution: { status: 'InProgress', token: 't-1', lastStatusChange: startedAt },
            },
            {
              actionName: 'QuickLook',
              latestExecution: { status: 'InProgress', token: 't-2', lastStatusChange: startedAt },
            },
          ],
        },
      ],
    };
    expect(pendingApprovals(declaration, state)).toEqual([
      {
        pipelineName: 'demo-pipeline',
        stageName: 'Approval',
        actionName: 'Manual',
        token: 't-1',
        pipelineExecutionId: 'e-1',
        since: startedAt * 1000,
        expiresAt: startedAt * 1000 + 7 * 24 * 3600 * 1000,
      },
      expect.objectContaining({ actionName: 'QuickLook', token: 't-2', expiresAt: startedAt * 1000 + 5 * 60 * 1000 }),
    ]);
  });

  it('leaves out approvals already answered, and source actions', () => {
    const state: PipelineStateWire = {
      stageStates: [
        { stageName: 'Source', actionStates: [{ actionName: 'Source', latestExecution: { status: 'InProgress' } }] },
        {
          stageName: 'Approval',
          actionStates: [{ actionName: 'Manual', latestExecution: { status: 'Succeeded', token: 't-1' } }],
        },
      ],
    };
    expect(pendingApprovals(declaration, state)).toEqual([]);
  });
});

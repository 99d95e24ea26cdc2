import { describe, expect, it } from 'vitest';
import type { ActionDeclaration, PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { nextSelection } from './navigation';

const act = (name: string, runOrder = 1): ActionDeclaration => ({
  name,
  runOrder,
  actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
});

const d: PipelineDeclaration = {
  name: 'p',
  roleArn: 'r',
  stages: [
    { name: 'Source', actions: [act('Source')] },
    { name: 'Build', actions: [act('Unit'), act('Lint'), act('Package', 2)] },
    { name: 'Empty', actions: [] },
  ],
};

describe('arrow keys', () => {
  it('start at the first stage and go down into its actions, up back to the stage', () => {
    expect(nextSelection(d, undefined, 'ArrowDown')).toBe('stage-0');
    expect(nextSelection(d, 'stage-1', 'ArrowDown')).toBe('action-1-0');
    expect(nextSelection(d, 'action-1-0', 'ArrowDown')).toBe('action-1-1');
    expect(nextSelection(d, 'action-1-1', 'ArrowDown')).toBe('action-1-2');
    expect(nextSelection(d, 'action-1-0', 'ArrowUp')).toBe('stage-1');
  });

  it('go sideways within a runOrder row, then to the next stage', () => {
    expect(nextSelection(d, 'action-1-0', 'ArrowRight')).toBe('action-1-1');
    expect(nextSelection(d, 'action-1-1', 'ArrowRight')).toBe('stage-2');
    expect(nextSelection(d, 'action-1-0', 'ArrowLeft')).toBe('action-0-0');
    expect(nextSelection(d, 'stage-0', 'ArrowLeft')).toBe('stage-0');
  });
});

import { describe, expect, it } from 'vitest';
import type { ActionDeclaration, PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { dropSlot } from './drop-slot';
import { toFlowGraph, type PipelineFlowNode } from './to-flow-graph';

const act = (name: string, runOrder: number): ActionDeclaration => ({
  name,
  runOrder,
  actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
});

const d: PipelineDeclaration = {
  name: 'p',
  roleArn: 'r',
  stages: [
    { name: 'Source', actions: [act('Source', 1)] },
    { name: 'Build', actions: [act('Unit', 1), act('Package', 2)] },
  ],
};

const { nodes } = toFlowGraph(d);
const node = (id: string) => nodes.find((n) => n.id === id)!;
/** The dragged node let go with its top-left corner at `(x, y)` inside its own stage. */
const draggedTo = (id: string, x: number, y: number): PipelineFlowNode => ({ ...node(id), position: { x, y } });

describe('dropSlot', () => {
  const unit = node('action-1-0');
  const pack = node('action-1-1');

  it('over another action’s row: parallel with it', () => {
    expect(dropSlot(nodes, draggedTo('action-1-1', unit.position.x + 40, unit.position.y + 10))).toEqual({
      stageIndex: 1,
      groupIndex: 0,
      mode: 'join',
    });
  });

  it('above the first row: a new group before it', () => {
    expect(dropSlot(nodes, draggedTo('action-1-1', unit.position.x, unit.position.y - pack.height!))).toEqual({
      stageIndex: 1,
      groupIndex: 0,
      mode: 'insert',
    });
  });

  it('into another stage, measured from that stage', () => {
    const source = node('stage-0');
    const build = node('stage-1');
    const x = source.position.x - build.position.x + 20;
    expect(dropSlot(nodes, draggedTo('action-1-0', x, 200))).toEqual({ stageIndex: 0, groupIndex: 1, mode: 'insert' });
  });

  it('outside every stage: nowhere', () => {
    expect(dropSlot(nodes, draggedTo('action-1-0', 5000, 0))).toBeUndefined();
  });
});

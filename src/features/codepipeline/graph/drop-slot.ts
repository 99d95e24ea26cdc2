import type { PipelineFlowNode } from './to-flow-graph';

/**
 * Where a dragged action lands in a stage: in the runOrder group `groupIndex` (parallel with it, `join`) or in a
 * new group placed before it (`insert`; `groupIndex` may be the number of groups, meaning after the last).
 * Groups are counted without the action being moved, as they will be once it has left its place.
 * For a dragged stage only `stageIndex` matters.
 */
export interface ActionSlot {
  stageIndex: number;
  groupIndex: number;
  mode: 'join' | 'insert';
}

type Box = { x: number; y: number; width: number; height: number };

const boxOf = (node: PipelineFlowNode, parent?: Box): Box => ({
  x: node.position.x + (parent?.x ?? 0),
  y: node.position.y + (parent?.y ?? 0),
  width: node.width ?? 0,
  height: node.height ?? 0,
});

/** The slot under the centre of `dragged`, from the positions the layout gave every node. */
export function dropSlot(layoutNodes: readonly PipelineFlowNode[], dragged: PipelineFlowNode): ActionSlot | undefined {
  const stages = layoutNodes.filter((n) => n.type === 'stage').map((n) => ({ node: n, box: boxOf(n) }));
  const parent = dragged.parentId ? stages.find((s) => s.node.id === dragged.parentId)?.box : undefined;
  const box = boxOf(dragged, parent);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const under = stages.find((s) => cx >= s.box.x && cx <= s.box.x + s.box.width);
  if (dragged.type === 'stage') {
    const nearest =
      under ??
      stages.reduce<(typeof stages)[number] | undefined>(
        (best, s) =>
          !best || Math.abs(s.box.x + s.box.width / 2 - cx) < Math.abs(best.box.x + best.box.width / 2 - cx) ? s : best,
        undefined,
      );
    return nearest && { stageIndex: nearest.node.data.stageIndex, groupIndex: 0, mode: 'insert' };
  }
  if (!under) return undefined;
  const stageIndex = under.node.data.stageIndex;
  const rows = [
    ...new Set(
      layoutNodes
        .filter((n) => n.type === 'action' && n.parentId === under.node.id && n.id !== dragged.id)
        .map((n) => n.position.y),
    ),
  ].sort((a, b) => a - b);
  const relative = cy - under.box.y;
  const height = dragged.height ?? 0;
  for (let index = 0; index < rows.length; index++) {
    const top = rows[index]!;
    if (relative < top) return { stageIndex, groupIndex: index, mode: 'insert' };
    if (relative <= top + height) return { stageIndex, groupIndex: index, mode: 'join' };
  }
  return { stageIndex, groupIndex: rows.length, mode: 'insert' };
}

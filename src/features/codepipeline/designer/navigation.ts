import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { actionNodeId, parseNodeId, stageNodeId } from '../graph/node-ids';
import { layoutPipeline, type ActionBox } from './layout';

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const byPlace = (a: ActionBox, b: ActionBox) => a.y - b.y || a.x - b.x;

/**
 * The node an arrow key moves the selection to, following the picture: left/right to the neighbour in the same
 * runOrder row or else the next stage, up/down through a stage's actions, up from the first action to its stage.
 */
export function nextSelection(
  declaration: PipelineDeclaration,
  selectedId: string | undefined,
  key: ArrowKey,
): string | undefined {
  const stageCount = declaration.stages.length;
  if (stageCount === 0) return selectedId;
  const ref = parseNodeId(selectedId);
  if (!ref) return stageNodeId(0);
  const layout = layoutPipeline(declaration);
  const inStage = (stageIndex: number) => layout.actions.filter((a) => a.stageIndex === stageIndex).sort(byPlace);
  const horizontal = key === 'ArrowLeft' ? -1 : key === 'ArrowRight' ? 1 : 0;

  if (ref.kind === 'stage') {
    if (horizontal) return stageNodeId(Math.min(stageCount - 1, Math.max(0, ref.stageIndex + horizontal)));
    const first = inStage(ref.stageIndex)[0];
    return key === 'ArrowDown' && first ? actionNodeId(first.stageIndex, first.actionIndex) : selectedId;
  }

  const actions = inStage(ref.stageIndex);
  const position = actions.findIndex((a) => a.actionIndex === ref.actionIndex);
  const current = actions[position];
  if (!current) return stageNodeId(ref.stageIndex);
  if (!horizontal) {
    const next = actions[position + (key === 'ArrowDown' ? 1 : -1)];
    if (next) return actionNodeId(next.stageIndex, next.actionIndex);
    return key === 'ArrowUp' ? stageNodeId(ref.stageIndex) : selectedId;
  }
  const sameRow = actions[position + horizontal];
  if (sameRow && sameRow.y === current.y) return actionNodeId(sameRow.stageIndex, sameRow.actionIndex);
  const stageIndex = ref.stageIndex + horizontal;
  if (stageIndex < 0 || stageIndex >= stageCount) return selectedId;
  const candidates = inStage(stageIndex);
  if (candidates.length === 0) return stageNodeId(stageIndex);
  const nearest = candidates.reduce((best, a) => (Math.abs(a.y - current.y) < Math.abs(best.y - current.y) ? a : best));
  return actionNodeId(nearest.stageIndex, nearest.actionIndex);
}

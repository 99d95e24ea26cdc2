/** React Flow ids of the graph's nodes: positions in the declaration, so renaming keeps the selection. */
export const stageNodeId = (stageIndex: number) => `stage-${stageIndex}`;
export const actionNodeId = (stageIndex: number, actionIndex: number) => `action-${stageIndex}-${actionIndex}`;

export type NodeRef =
  { kind: 'stage'; stageIndex: number } | { kind: 'action'; stageIndex: number; actionIndex: number };

const STAGE = /^stage-(\d+)$/;
const ACTION = /^action-(\d+)-(\d+)$/;

export function parseNodeId(id: string | undefined): NodeRef | undefined {
  if (!id) return undefined;
  const stage = STAGE.exec(id);
  if (stage) return { kind: 'stage', stageIndex: Number(stage[1]) };
  const action = ACTION.exec(id);
  if (action) return { kind: 'action', stageIndex: Number(action[1]), actionIndex: Number(action[2]) };
  return undefined;
}

/** The node a JSON path inside the declaration is about: the action, else the stage, else none (pipeline-level). */
export function nodeIdForPath(path: readonly (string | number)[]): string | undefined {
  if (path[0] !== 'stages' || typeof path[1] !== 'number') return undefined;
  if (path[2] === 'actions' && typeof path[3] === 'number') return actionNodeId(path[1], path[3]);
  return stageNodeId(path[1]);
}

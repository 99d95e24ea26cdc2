import type { Edge, Node, NodeHandle } from '@xyflow/react';
import { Position } from '@xyflow/react';
import type { ActionDeclaration, PipelineDeclaration, StageDeclaration } from '../../../engine/specs/pipeline/types';
import { layoutPipeline, type ActionBox, type PipelineLayout, type StageBox } from '../designer/layout';
import type { LiveAction, LiveStage, LiveView } from './live-status';
import { actionNodeId, stageNodeId } from './node-ids';

export const HANDLE_SIZE = 10;
export const INPUT_HANDLE = 'in';
export const TRANSITION_IN = 'transition-in';
export const TRANSITION_OUT = 'transition-out';
/** Height of the transition handles on a stage: level with its header. */
export const TRANSITION_Y = 22;
export const outputHandleId = (artifact: string) => `out:${artifact}`;

export interface StageNodeData extends Record<string, unknown> {
  stage: StageDeclaration;
  stageIndex: number;
  /** Height of the header (the wrapped name and the status row), from the layout. */
  header: number;
  live?: LiveStage;
  problems?: readonly string[];
  editable: boolean;
}

export interface ActionNodeData extends Record<string, unknown> {
  action: ActionDeclaration;
  stageIndex: number;
  actionIndex: number;
  stageName: string;
  box: ActionBox;
  live?: LiveAction;
  problems?: readonly string[];
  editable: boolean;
}

export type StageFlowNode = Node<StageNodeData, 'stage'>;
export type ActionFlowNode = Node<ActionNodeData, 'action'>;
export type PipelineFlowNode = StageFlowNode | ActionFlowNode;

export interface ArtifactEdgeData extends Record<string, unknown> {
  artifact: string;
  /** Which input of the consuming action this edge is: removing the edge removes that entry. */
  stageIndex: number;
  actionIndex: number;
  inputIndex: number;
}

export interface TransitionEdgeData extends Record<string, unknown> {
  /** The stage the transition leads into; the reason when it is disabled. */
  toStage: string;
  disabledReason?: string;
}

export type ArtifactEdge = Edge<ArtifactEdgeData, 'artifact'>;
export type TransitionEdge = Edge<TransitionEdgeData, 'transition'>;
export type PipelineFlowEdge = ArtifactEdge | TransitionEdge;

export interface FlowGraphOptions {
  live?: LiveView;
  /** Findings per node id (see node-ids.ts). */
  problems?: Readonly<Record<string, readonly string[]>>;
  editable?: boolean;
  /** The layout of the previous render, so an edit that changes no stage size skips dagre. */
  previousLayout?: PipelineLayout;
}

export const outputNames = (action: ActionDeclaration) =>
  (Array.isArray(action.outputArtifacts) ? action.outputArtifacts : []).map((a) => a?.name).filter(isName);

const isName = (name: unknown): name is string => typeof name === 'string' && name !== '';

/** Handle y positions, shared by the node component and the declared handle bounds so both always agree. */
export const outputHandleY = (height: number, index: number, count: number) =>
  Math.round((height * (index + 1)) / (count + 1));

function actionHandles(box: ActionBox, outputs: readonly string[]): NodeHandle[] {
  const half = HANDLE_SIZE / 2;
  return [
    {
      id: INPUT_HANDLE,
      type: 'target',
      position: Position.Left,
      x: -half,
      y: box.height / 2 - half,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    },
    ...outputs.map((name, index): NodeHandle => ({
      id: outputHandleId(name),
      type: 'source',
      position: Position.Right,
      x: box.width - half,
      y: outputHandleY(box.height, index, outputs.length) - half,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    })),
  ];
}

function stageHandles(box: StageBox): NodeHandle[] {
  const half = HANDLE_SIZE / 2;
  const y = TRANSITION_Y - half;
  return [
    {
      id: TRANSITION_IN,
      type: 'target',
      position: Position.Left,
      x: -half,
      y,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    },
    {
      id: TRANSITION_OUT,
      type: 'source',
      position: Position.Right,
      x: box.width - half,
      y,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    },
  ];
}

/**
 * The declaration as React Flow nodes and edges: a parent node per stage holding its actions (sizes and handle
 * positions given, so edges draw before anything is measured), an edge per input artifact from the action that
 * outputs it, and a transition edge into every stage after the first (dashed when the live view says disabled).
 */
export function toFlowGraph(
  declaration: Pick<PipelineDeclaration, 'stages'>,
  options: FlowGraphOptions = {},
): { nodes: PipelineFlowNode[]; edges: PipelineFlowEdge[]; layout: PipelineLayout } {
  const { live, problems, editable = false, previousLayout } = options;
  const stages = Array.isArray(declaration.stages) ? declaration.stages : [];
  const layout = layoutPipeline(declaration, previousLayout);
  const nodes: PipelineFlowNode[] = [];
  const edges: PipelineFlowEdge[] = [];

  const actionBoxes = new Map<string, ActionBox>();
  for (const box of layout.actions) actionBoxes.set(actionNodeId(box.stageIndex, box.actionIndex), box);

  // First producer of each artifact name wins, as a duplicate name is itself an error reported elsewhere.
  const producers = new Map<string, string>();
  stages.forEach((stage, stageIndex) => {
    (Array.isArray(stage.actions) ? stage.actions : []).forEach((action, actionIndex) => {
      for (const name of outputNames(action)) {
        if (!producers.has(name)) producers.set(name, actionNodeId(stageIndex, actionIndex));
      }
    });
  });

  layout.stages.forEach((box) => {
    const stage = stages[box.index]!;
    const id = stageNodeId(box.index);
    const liveStage = live?.stages[stage.name];
    nodes.push({
      id,
      type: 'stage',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      measured: { width: box.width, height: box.height },
      handles: stageHandles(box),
      draggable: false,
      connectable: false,
      data: { stage, stageIndex: box.index, header: box.header, live: liveStage, problems: problems?.[id], editable },
    });
    if (box.index > 0) {
      const reason = liveStage?.transitionDisabledReason;
      edges.push({
        id: `transition-${box.index}`,
        type: 'transition',
        source: stageNodeId(box.index - 1),
        sourceHandle: TRANSITION_OUT,
        target: id,
        targetHandle: TRANSITION_IN,
        selectable: false,
        deletable: false,
        data: { toStage: stage.name, disabledReason: reason },
      });
    }
    const actions = Array.isArray(stage.actions) ? stage.actions : [];
    actions.forEach((action, actionIndex) => {
      const actionId = actionNodeId(box.index, actionIndex);
      const actionBox = actionBoxes.get(actionId)!;
      nodes.push({
        id: actionId,
        type: 'action',
        parentId: id,
        position: { x: actionBox.x, y: actionBox.y },
        width: actionBox.width,
        height: actionBox.height,
        measured: { width: actionBox.width, height: actionBox.height },
        handles: actionHandles(actionBox, outputNames(action)),
        draggable: editable,
        connectable: editable,
        data: {
          action,
          stageIndex: box.index,
          actionIndex,
          stageName: stage.name,
          box: actionBox,
          live: liveStage?.actions[action.name],
          problems: problems?.[actionId],
          editable,
        },
      });
      (Array.isArray(action.inputArtifacts) ? action.inputArtifacts : []).forEach((input, inputIndex) => {
        const name = input?.name;
        const producer = isName(name) ? producers.get(name) : undefined;
        if (!producer || producer === actionId) return;
        edges.push({
          id: `artifact-${box.index}-${actionIndex}-${inputIndex}`,
          type: 'artifact',
          source: producer,
          sourceHandle: outputHandleId(name!),
          target: actionId,
          targetHandle: INPUT_HANDLE,
          // Under every node: a line crossing a stage it skips passes behind that stage's actions.
          zIndex: 0,
          deletable: editable,
          selectable: editable,
          data: { artifact: name!, stageIndex: box.index, actionIndex, inputIndex },
        });
      });
    });
  });
  return { nodes, edges, layout };
}

import { Graph, layout } from '@dagrejs/dagre';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';

export const ACTION_WIDTH = 200;
export const ACTION_HEIGHT = 76;
const ACTION_GAP = 12;
/** Between two runOrder groups: room for the "then" arrow and the group's number. */
const GROUP_GAP = 28;
const STAGE_PADDING = 14;
/** A stage's header: its name on as many lines as it needs, then a row for its status and action count. */
const HEADER_TOP = 10;
export const STAGE_NAME_LINE = 20;
const HEADER_META_ROW = 24;
/** Wide enough for DejaVu/Inter bold at 14 px: an estimate that errs on the side of one line too many. */
const STAGE_NAME_CHAR_WIDTH = 9;
/** Room for the "drop an action here" hint in a stage with no actions. */
const EMPTY_STAGE_BODY = 52;
/** Between stages: room for the transition arrow and its button, kept tight so four stages fit the designer. */
const STAGE_GAP = 56;

export interface StageBox {
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Height of the header above the actions: the whole name, wrapped, and the status row. */
  header: number;
}

export interface ActionBox {
  stageIndex: number;
  actionIndex: number;
  /** Relative to the stage's top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The runOrder the action runs at (1 when missing, as CodePipeline defaults it). */
  runOrder: number;
  /** How many actions share the runOrder: more than one means they run in parallel. */
  parallel: number;
}

export interface PipelineLayout {
  stages: StageBox[];
  actions: ActionBox[];
  width: number;
  height: number;
}

/** The runOrder CodePipeline uses for an action: 1 unless a valid number is given. */
export function effectiveRunOrder(runOrder: unknown): number {
  return typeof runOrder === 'number' && Number.isFinite(runOrder) ? runOrder : 1;
}

type Size = { width: number; height: number; header: number };

/**
 * The header height that shows a stage name whole: names have no spaces (`[A-Za-z0-9.@\-_]+`), so the node
 * breaks them anywhere and each line holds as many characters as fit in the stage's width.
 */
export function stageHeaderHeight(name: unknown, stageWidth: number): number {
  const perLine = Math.max(1, Math.floor((stageWidth - 2 * STAGE_PADDING) / STAGE_NAME_CHAR_WIDTH));
  const length = typeof name === 'string' && name !== '' ? name.length : 1;
  return HEADER_TOP + Math.ceil(length / perLine) * STAGE_NAME_LINE + HEADER_META_ROW;
}

/**
 * Stage boxes from their sizes: dagre ranks the chain of stages left to right (longest-path ranking, as a chain
 * needs nothing cleverer); stages are then top-aligned rather than centred on the chain's axis, like the
 * console's columns.
 */
function placeStages(sizes: readonly Size[]): StageBox[] {
  const graph = new Graph();
  graph.setGraph({ rankdir: 'LR', ranksep: STAGE_GAP, ranker: 'longest-path', marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  sizes.forEach((size, index) => graph.setNode(String(index), { width: size.width, height: size.height }));
  for (let index = 1; index < sizes.length; index++) graph.setEdge(String(index - 1), String(index));
  layout(graph);
  return sizes.map((size, index) => {
    const node = graph.node(String(index));
    return {
      index,
      x: Math.round(node.x - size.width / 2),
      y: 0,
      width: size.width,
      height: size.height,
      header: size.header,
    };
  });
}

/** An action's position in its stage as the execution sees it: index lists grouped by runOrder, ascending. */
export function runOrderGroups(actions: readonly { runOrder?: unknown }[]): { runOrder: number; indexes: number[] }[] {
  const byOrder = new Map<number, number[]>();
  actions.forEach((action, index) => {
    const order = effectiveRunOrder(action.runOrder);
    const group = byOrder.get(order);
    if (group) group.push(index);
    else byOrder.set(order, [index]);
  });
  return [...byOrder.entries()].sort(([a], [b]) => a - b).map(([runOrder, indexes]) => ({ runOrder, indexes }));
}

/**
 * Where every stage and action goes: stages left to right in declaration order (placed by dagre as a chain of
 * boxes sized by their content, see placeStages), and inside a stage one row per runOrder, top to bottom, with the actions that
 * share a runOrder side by side. Pure and DOM-free: the designer, the read-only graph and the bench share it.
 * With `previous` (the layout before an edit), stages whose sizes all stayed the same keep their places without
 * running dagre again: most edits (a name, a configuration value) change no size.
 */
export function layoutPipeline(
  declaration: Pick<PipelineDeclaration, 'stages'>,
  previous?: PipelineLayout,
): PipelineLayout {
  const stages = Array.isArray(declaration.stages) ? declaration.stages : [];
  const actions: ActionBox[] = [];
  const sizes = stages.map((stage, stageIndex) => {
    const groups = runOrderGroups(Array.isArray(stage.actions) ? stage.actions : []);
    const widest = Math.max(1, ...groups.map((g) => g.indexes.length));
    const width = STAGE_PADDING * 2 + widest * ACTION_WIDTH + (widest - 1) * ACTION_GAP;
    const header = stageHeaderHeight(stage.name, width);
    let y = header;
    for (const group of groups) {
      group.indexes.forEach((actionIndex, column) => {
        actions.push({
          stageIndex,
          actionIndex,
          x: STAGE_PADDING + column * (ACTION_WIDTH + ACTION_GAP),
          y,
          width: ACTION_WIDTH,
          height: ACTION_HEIGHT,
          runOrder: group.runOrder,
          parallel: group.indexes.length,
        });
      });
      y += ACTION_HEIGHT + GROUP_GAP;
    }
    const height = groups.length ? y - GROUP_GAP + STAGE_PADDING : header + EMPTY_STAGE_BODY;
    return { width, height, header };
  });

  const unchanged =
    previous?.stages.length === sizes.length &&
    previous.stages.every(
      (box, i) => box.width === sizes[i]!.width && box.height === sizes[i]!.height && box.header === sizes[i]!.header,
    );
  const boxes = unchanged ? previous!.stages : placeStages(sizes);
  const last = boxes.at(-1);
  return {
    stages: boxes,
    actions,
    width: last ? last.x + last.width : 0,
    height: Math.max(0, ...boxes.map((b) => b.height)),
  };
}

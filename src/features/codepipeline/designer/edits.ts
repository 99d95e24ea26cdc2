import type { ActionDeclaration, PipelineDeclaration, StageDeclaration } from '../../../engine/specs/pipeline/types';
import type { ActionSlot } from '../graph/drop-slot';
import { actionNodeId, stageNodeId } from '../graph/node-ids';
import { outputNames } from '../graph/to-flow-graph';
import { effectiveRunOrder, runOrderGroups } from './layout';
import { newAction, type PaletteItem } from './catalog';

/**
 * One designer edit: the new declaration, what Undo will call it, and what to select afterwards. Every function
 * here is pure and copies only the path it changes, so untouched stages and actions keep their identity (and
 * every field the designer does not model).
 */
export interface Edit {
  declaration: PipelineDeclaration;
  label: string;
  select?: string;
}

const NAME_LIMIT = 100;

const stagesOf = (declaration: PipelineDeclaration) => (Array.isArray(declaration.stages) ? declaration.stages : []);
const actionsOf = (stage: StageDeclaration | undefined) => (stage && Array.isArray(stage.actions) ? stage.actions : []);

/** `base`, else `base-2`, `base-3`… — the first one not taken, within CodePipeline's 100 characters. */
export function uniqueName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const name = base.slice(0, NAME_LIMIT - suffix.length) + suffix;
    if (!taken.has(name)) return name;
  }
}

export function outputArtifactNames(declaration: PipelineDeclaration): Set<string> {
  const names = new Set<string>();
  for (const stage of stagesOf(declaration))
    for (const action of actionsOf(stage)) outputNames(action).forEach((n) => names.add(n));
  return names;
}

function namespaces(declaration: PipelineDeclaration): Set<string> {
  const names = new Set<string>();
  for (const stage of stagesOf(declaration))
    for (const action of actionsOf(stage)) if (typeof action.namespace === 'string') names.add(action.namespace);
  return names;
}

const stageNames = (declaration: PipelineDeclaration) => new Set(stagesOf(declaration).map((s) => s.name));
const actionNames = (stage: StageDeclaration | undefined) => new Set(actionsOf(stage).map((a) => a.name));

function withStage(declaration: PipelineDeclaration, index: number, stage: StageDeclaration): PipelineDeclaration {
  const stages = [...stagesOf(declaration)];
  stages[index] = stage;
  return { ...declaration, stages };
}

function withActions(
  declaration: PipelineDeclaration,
  index: number,
  actions: ActionDeclaration[],
): PipelineDeclaration {
  return withStage(declaration, index, { ...stagesOf(declaration)[index]!, actions });
}

const nextRunOrder = (stage: StageDeclaration | undefined) =>
  Math.min(999, Math.max(0, ...actionsOf(stage).map((a) => effectiveRunOrder(a.runOrder))) + 1);

/** A new stage at the end, named for what it will hold ("Deploy", "Deploy-2"…). */
export function addStage(declaration: PipelineDeclaration, baseName = 'Stage'): Edit {
  const name = uniqueName(baseName, stageNames(declaration));
  const index = stagesOf(declaration).length;
  return {
    declaration: { ...declaration, stages: [...stagesOf(declaration), { name, actions: [] }] },
    label: `add stage ${name}`,
    select: stageNodeId(index),
  };
}

/** A palette item dropped on a stage (it runs after the stage's actions) or on the canvas (in a new stage). */
export function addAction(declaration: PipelineDeclaration, item: PaletteItem, stageIndex: number | undefined): Edit {
  let base = declaration;
  let target = stageIndex;
  if (target === undefined || !stagesOf(declaration)[target]) {
    base = addStage(declaration, item.baseName).declaration;
    target = stagesOf(base).length - 1;
  }
  const stage = stagesOf(base)[target]!;
  const name = uniqueName(item.baseName, actionNames(stage));
  const output = item.output && uniqueName(item.output, outputArtifactNames(base));
  const action = newAction(item, name, output, nextRunOrder(stage));
  const actions = actionsOf(stage);
  return {
    declaration: withActions(base, target, [...actions, action]),
    label: `add action ${name}`,
    select: actionNodeId(target, actions.length),
  };
}

/** A copied action pasted into a stage: a unique name, and unique output artifact names and namespace. */
export function pasteAction(
  declaration: PipelineDeclaration,
  copied: ActionDeclaration,
  stageIndex: number,
): Edit | undefined {
  const stage = stagesOf(declaration)[stageIndex];
  if (!stage) return undefined;
  const name = uniqueName(copied.name, actionNames(stage));
  const taken = outputArtifactNames(declaration);
  const outputs = (Array.isArray(copied.outputArtifacts) ? copied.outputArtifacts : []).map((artifact) => {
    const unique = uniqueName(artifact.name, taken);
    taken.add(unique);
    return { ...artifact, name: unique };
  });
  const action: ActionDeclaration = { ...structuredClone(copied), name, runOrder: nextRunOrder(stage) };
  if (Array.isArray(copied.outputArtifacts)) action.outputArtifacts = outputs;
  if (typeof copied.namespace === 'string') action.namespace = uniqueName(copied.namespace, namespaces(declaration));
  const actions = actionsOf(stage);
  return {
    declaration: withActions(declaration, stageIndex, [...actions, action]),
    label: `paste action ${name}`,
    select: actionNodeId(stageIndex, actions.length),
  };
}

export function removeStage(declaration: PipelineDeclaration, stageIndex: number): Edit | undefined {
  const stage = stagesOf(declaration)[stageIndex];
  if (!stage) return undefined;
  const stages = stagesOf(declaration).filter((_, i) => i !== stageIndex);
  const select = stages.length ? stageNodeId(Math.min(stageIndex, stages.length - 1)) : undefined;
  return { declaration: { ...declaration, stages }, label: `remove stage ${stage.name}`, select };
}

export function removeAction(
  declaration: PipelineDeclaration,
  stageIndex: number,
  actionIndex: number,
): Edit | undefined {
  const actions = actionsOf(stagesOf(declaration)[stageIndex]);
  const action = actions[actionIndex];
  if (!action) return undefined;
  return {
    declaration: withActions(
      declaration,
      stageIndex,
      actions.filter((_, i) => i !== actionIndex),
    ),
    label: `remove action ${action.name}`,
    select: stageNodeId(stageIndex),
  };
}

export function updateStage(
  declaration: PipelineDeclaration,
  stageIndex: number,
  stage: StageDeclaration,
  label: string,
): Edit {
  return { declaration: withStage(declaration, stageIndex, stage), label, select: stageNodeId(stageIndex) };
}

export function updateAction(
  declaration: PipelineDeclaration,
  stageIndex: number,
  actionIndex: number,
  action: ActionDeclaration,
  label: string,
): Edit {
  const actions = [...actionsOf(stagesOf(declaration)[stageIndex])];
  actions[actionIndex] = action;
  return {
    declaration: withActions(declaration, stageIndex, actions),
    label,
    select: actionNodeId(stageIndex, actionIndex),
  };
}

/**
 * Renames an action and whatever names it: a V2 trigger's `gitConfiguration.sourceActionName` (the only place a
 * declaration refers to an action by name). The name is typed a keystroke at a time, so the triggers that follow
 * are the ones that named the action in `before` (the declaration before the first keystroke, whose action
 * names were unique in the stage): typing through a name another action has never captures its triggers.
 */
export function renameAction(
  declaration: PipelineDeclaration,
  stageIndex: number,
  actionIndex: number,
  name: string,
  before: PipelineDeclaration = declaration,
): Edit | undefined {
  const action = actionsOf(stagesOf(declaration)[stageIndex])[actionIndex];
  if (!action || action.name === name) return undefined;
  const edit = updateAction(declaration, stageIndex, actionIndex, { ...action, name }, `rename action ${action.name}`);
  const original = actionsOf(stagesOf(before)[stageIndex]);
  const originalName = original[actionIndex]?.name;
  const unique = original.filter((a) => a.name === originalName).length === 1;
  const named = (before.triggers ?? []).flatMap((t, i) =>
    t?.gitConfiguration?.sourceActionName === originalName ? [i] : [],
  );
  const triggers = declaration.triggers;
  if (!unique || named.length === 0 || !Array.isArray(triggers)) return edit;
  return {
    ...edit,
    declaration: {
      ...edit.declaration,
      triggers: triggers.map((trigger, i) =>
        named.includes(i) && trigger?.gitConfiguration
          ? { ...trigger, gitConfiguration: { ...trigger.gitConfiguration, sourceActionName: name } }
          : trigger,
      ),
    },
  };
}

export function moveStage(declaration: PipelineDeclaration, from: number, to: number): Edit | undefined {
  const stages = [...stagesOf(declaration)];
  if (from === to || !stages[from] || to < 0 || to >= stages.length) return undefined;
  const [stage] = stages.splice(from, 1);
  stages.splice(to, 0, stage!);
  return {
    declaration: { ...declaration, stages },
    label: `move stage ${stage!.name} ${to < from ? 'earlier' : 'later'}`,
    select: stageNodeId(to),
  };
}

/**
 * Moves an action to a slot (drop-slot.ts): into a runOrder group (parallel with it) or into a new group
 * between two. The numbers already written are kept where there is room; otherwise the stage's groups are
 * numbered 1, 2, 3… again.
 */
export function moveAction(
  declaration: PipelineDeclaration,
  from: { stageIndex: number; actionIndex: number },
  slot: ActionSlot,
): Edit | undefined {
  const source = actionsOf(stagesOf(declaration)[from.stageIndex]);
  const moved = source[from.actionIndex];
  if (!moved || !stagesOf(declaration)[slot.stageIndex]) return undefined;
  let next = withActions(
    declaration,
    from.stageIndex,
    source.filter((_, i) => i !== from.actionIndex),
  );
  const remaining = actionsOf(stagesOf(next)[slot.stageIndex]);
  const groups = runOrderGroups(remaining);
  let actions: ActionDeclaration[];
  let placed: ActionDeclaration;
  if (slot.mode === 'join' && groups[slot.groupIndex]) {
    placed = { ...moved, runOrder: groups[slot.groupIndex]!.runOrder };
    actions = [...remaining, placed];
  } else {
    const before = groups[slot.groupIndex - 1]?.runOrder ?? 0;
    const after = groups[slot.groupIndex]?.runOrder ?? Infinity;
    if (before + 1 < after && before + 1 <= 999) {
      placed = { ...moved, runOrder: before + 1 };
      actions = [...remaining, placed];
    } else {
      // No free number between the neighbours: number the groups 1, 2, 3… with the moved action's in its place.
      const ordered = groups.map((g) => g.indexes.map((i) => remaining[i]!));
      placed = moved;
      ordered.splice(slot.groupIndex, 0, [moved]);
      actions = ordered.flatMap((group, index) =>
        group.map((action) => {
          const renumbered = action.runOrder === index + 1 ? action : { ...action, runOrder: index + 1 };
          if (action === moved) placed = renumbered;
          return renumbered;
        }),
      );
    }
  }
  const sorted = actions
    .map((action, index) => ({ action, index }))
    .sort((a, b) => effectiveRunOrder(a.action.runOrder) - effectiveRunOrder(b.action.runOrder) || a.index - b.index)
    .map((entry) => entry.action);
  if (from.stageIndex === slot.stageIndex && sameActions(sorted, source)) return undefined;
  next = withActions(next, slot.stageIndex, sorted);
  return {
    declaration: next,
    label: `move action ${moved.name}`,
    select: actionNodeId(slot.stageIndex, sorted.indexOf(placed)),
  };
}

const sameActions = (a: readonly ActionDeclaration[], b: readonly ActionDeclaration[]) =>
  a.length === b.length &&
  a.every((action, i) => action === b[i] || (action.name === b[i]!.name && action.runOrder === b[i]!.runOrder));

/**
 * Move up / Move down: one step through the slots of the stage (alone before a group, parallel with it, alone
 * after it…), so an action running alone first joins its neighbour group, then passes it.
 */
export function stepAction(
  declaration: PipelineDeclaration,
  stageIndex: number,
  actionIndex: number,
  direction: -1 | 1,
): Edit | undefined {
  const actions = actionsOf(stagesOf(declaration)[stageIndex]);
  const action = actions[actionIndex];
  if (!action) return undefined;
  const order = effectiveRunOrder(action.runOrder);
  const others = actions.filter((_, i) => i !== actionIndex);
  const groups = runOrderGroups(others);
  const joined = groups.findIndex((g) => g.runOrder === order);
  const current = joined >= 0 ? 2 * joined + 1 : 2 * groups.filter((g) => g.runOrder < order).length;
  const target = current + direction;
  if (target < 0 || target > 2 * groups.length) return undefined;
  const slot: ActionSlot =
    target % 2 === 1
      ? { stageIndex, groupIndex: (target - 1) / 2, mode: 'join' }
      : { stageIndex, groupIndex: target / 2, mode: 'insert' };
  return moveAction(declaration, { stageIndex, actionIndex }, slot);
}

/** An output artifact dragged onto an action becomes one of its input artifacts. */
export function connectArtifact(
  declaration: PipelineDeclaration,
  artifact: string,
  target: { stageIndex: number; actionIndex: number },
): Edit | undefined {
  const action = actionsOf(stagesOf(declaration)[target.stageIndex])[target.actionIndex];
  if (!action) return undefined;
  const inputs = Array.isArray(action.inputArtifacts) ? action.inputArtifacts : [];
  if (inputs.some((input) => input.name === artifact)) return undefined;
  return updateAction(
    declaration,
    target.stageIndex,
    target.actionIndex,
    { ...action, inputArtifacts: [...inputs, { name: artifact }] },
    `connect ${artifact} to ${action.name}`,
  );
}

export function removeInputArtifact(
  declaration: PipelineDeclaration,
  ref: { stageIndex: number; actionIndex: number; inputIndex: number },
): Edit | undefined {
  const action = actionsOf(stagesOf(declaration)[ref.stageIndex])[ref.actionIndex];
  const inputs = action && Array.isArray(action.inputArtifacts) ? action.inputArtifacts : [];
  const input = inputs[ref.inputIndex];
  if (!action || !input) return undefined;
  return updateAction(
    declaration,
    ref.stageIndex,
    ref.actionIndex,
    { ...action, inputArtifacts: inputs.filter((_, i) => i !== ref.inputIndex) },
    `disconnect ${input.name} from ${action.name}`,
  );
}

/**
 * Renames an output artifact and the inputs that consume it, unless another action already outputs the new
 * name (then only this output changes, and validation reports the clash).
 */
export function renameOutputArtifact(
  declaration: PipelineDeclaration,
  ref: { stageIndex: number; actionIndex: number; outputIndex: number },
  name: string,
): Edit | undefined {
  const action = actionsOf(stagesOf(declaration)[ref.stageIndex])[ref.actionIndex];
  const outputs = action && Array.isArray(action.outputArtifacts) ? action.outputArtifacts : [];
  const previous = outputs[ref.outputIndex]?.name;
  if (!action || previous === undefined || previous === name) return undefined;
  const clash = outputArtifactNames(declaration).has(name);
  const renamed = withActions(
    declaration,
    ref.stageIndex,
    actionsOf(stagesOf(declaration)[ref.stageIndex]).map((a, i) =>
      i === ref.actionIndex
        ? { ...a, outputArtifacts: outputs.map((o, k) => (k === ref.outputIndex ? { ...o, name } : o)) }
        : a,
    ),
  );
  const next = clash
    ? renamed
    : {
        ...renamed,
        stages: stagesOf(renamed).map((stage) =>
          actionsOf(stage).some((a) => a.inputArtifacts?.some((input) => input.name === previous))
            ? {
                ...stage,
                actions: actionsOf(stage).map((a) =>
                  a.inputArtifacts?.some((input) => input.name === previous)
                    ? {
                        ...a,
                        inputArtifacts: a.inputArtifacts.map((input) =>
                          input.name === previous ? { ...input, name } : input,
                        ),
                      }
                    : a,
                ),
              }
            : stage,
        ),
      };
  return {
    declaration: next,
    label: `rename artifact ${previous}`,
    select: actionNodeId(ref.stageIndex, ref.actionIndex),
  };
}

/** Names of the artifacts an action may take as input: outputs of earlier stages and of lower runOrders. */
export function availableInputs(declaration: PipelineDeclaration, stageIndex: number, actionIndex: number): string[] {
  const stages = stagesOf(declaration);
  const action = actionsOf(stages[stageIndex])[actionIndex];
  const order = effectiveRunOrder(action?.runOrder);
  const names: string[] = [];
  stages.forEach((stage, s) => {
    if (s > stageIndex) return;
    actionsOf(stage).forEach((other, a) => {
      if (s === stageIndex && (a === actionIndex || effectiveRunOrder(other.runOrder) >= order)) return;
      names.push(...outputNames(other));
    });
  });
  return names;
}

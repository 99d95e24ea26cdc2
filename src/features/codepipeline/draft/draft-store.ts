import { create } from 'zustand';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';

/**
 * The pipeline being designed, shared by the graph (designer/) and the code view (code-view/). Declarations are
 * immutable: every edit replaces the object, so undo/redo is a list of past values and fields neither side
 * models ride along untouched.
 */
export interface DraftState {
  /** The declaration as last saved (or loaded); `declaration !== saved` means there are unsaved edits. */
  saved: PipelineDeclaration | undefined;
  declaration: PipelineDeclaration | undefined;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** The pipeline the draft edits (GetPipeline's name); undefined for a pipeline not created yet. */
  pipelineName: string | undefined;
  /**
   * Starts editing a declaration (a loaded pipeline, an import, a template); clears the history. An import or a
   * template leaves `pipelineName` out, and the create page then starts from it instead of a skeleton.
   */
  load(declaration: PipelineDeclaration, pipelineName?: string): void;
  /**
   * One undoable edit; `label` is what Undo says ("Undo: add action Build"). Edits with the same `coalesce` key
   * in a row (the keystrokes of one field) make one undo step.
   */
  apply(next: PipelineDeclaration, label: string, coalesce?: string): void;
  undo(): void;
  redo(): void;
  /** After a successful Create/UpdatePipeline: the answer (with its new version) becomes the saved one. */
  markSaved(declaration: PipelineDeclaration, pipelineName?: string): void;
}

export interface HistoryEntry {
  declaration: PipelineDeclaration;
  label: string;
  coalesce?: string;
}

const HISTORY_LIMIT = 200;

/**
 * The declaration before the run of edits `coalesce` is making (the first keystroke of a field being typed), or
 * the current one when that run has not begun: what an edit that spans keystrokes, such as a rename, starts from.
 */
export function coalescingFrom(state: Pick<DraftState, 'declaration' | 'past' | 'future'>, coalesce: string) {
  const last = state.past.at(-1);
  return last?.coalesce === coalesce && state.future.length === 0 ? last.declaration : state.declaration;
}

export const useDraftStore = create<DraftState>()((set, get) => ({
  saved: undefined,
  declaration: undefined,
  past: [],
  future: [],
  pipelineName: undefined,
  load: (declaration, pipelineName) => set({ saved: declaration, declaration, past: [], future: [], pipelineName }),
  apply: (next, label, coalesce) => {
    const { declaration, past, future } = get();
    if (!declaration || next === declaration) return;
    const last = past.at(-1);
    if (coalesce !== undefined && last?.coalesce === coalesce && future.length === 0) {
      set({ declaration: next });
      return;
    }
    set({ declaration: next, past: [...past, { declaration, label, coalesce }].slice(-HISTORY_LIMIT), future: [] });
  },
  undo: () => {
    const { declaration, past, future } = get();
    const last = past.at(-1);
    if (!declaration || !last) return;
    set({
      declaration: last.declaration,
      past: past.slice(0, -1),
      future: [{ declaration, label: last.label }, ...future],
    });
  },
  redo: () => {
    const { declaration, past, future } = get();
    const next = future[0];
    if (!declaration || !next) return;
    set({
      declaration: next.declaration,
      past: [...past, { declaration, label: next.label }],
      future: future.slice(1),
    });
  },
  markSaved: (declaration, pipelineName) =>
    set((s) => ({ saved: declaration, declaration, pipelineName: pipelineName ?? s.pipelineName })),
}));

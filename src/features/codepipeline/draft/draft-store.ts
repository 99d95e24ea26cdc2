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
  past: { declaration: PipelineDeclaration; label: string }[];
  future: { declaration: PipelineDeclaration; label: string }[];
  /** Starts editing a declaration (a loaded pipeline, an import, a template); clears the history. */
  load(declaration: PipelineDeclaration): void;
  /** One undoable edit; `label` is what Undo says ("Undo: add action Build"). */
  apply(next: PipelineDeclaration, label: string): void;
  undo(): void;
  redo(): void;
  /** After a successful Create/UpdatePipeline: the answer (with its new version) becomes the saved one. */
  markSaved(declaration: PipelineDeclaration): void;
}

const HISTORY_LIMIT = 200;

export const useDraftStore = create<DraftState>()((set, get) => ({
  saved: undefined,
  declaration: undefined,
  past: [],
  future: [],
  load: (declaration) => set({ saved: declaration, declaration, past: [], future: [] }),
  apply: (next, label) => {
    const { declaration, past } = get();
    if (!declaration || next === declaration) return;
    set({ declaration: next, past: [...past, { declaration, label }].slice(-HISTORY_LIMIT), future: [] });
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
  markSaved: (declaration) => set({ saved: declaration, declaration }),
}));

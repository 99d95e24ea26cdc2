import { create } from 'zustand';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { DEFAULT_LOGICAL_ID, writeCode, type CodeFormat } from './code-formats';

/** One tab of the code view. */
export interface CodeDocument {
  /** What the editor holds: the user's text, kept as typed even while it does not parse. */
  text: string;
  /** The draft declaration `synced` stands for. */
  declaration: PipelineDeclaration;
  /** The text as it was when last in step with `declaration` (the left side of the diff). */
  synced: string;
}

/** The text differs from the pipeline it was last in step with: edits not applied yet. */
export const isEdited = (document: CodeDocument) => document.text !== document.synced;

/**
 * The tab after the draft moved to `declaration`. Text in step with the old draft is rewritten keeping its
 * comments and key order; text with edits not applied is kept as it is (it is the user's), and the review shows it
 * against the new draft. `fresh` (another pipeline was loaded) starts the text over.
 */
export function followDraft(
  format: CodeFormat,
  document: CodeDocument | undefined,
  declaration: PipelineDeclaration,
  options: { logicalId: string; fresh: boolean },
): CodeDocument {
  if (document && document.declaration === declaration) return document;
  if (document && isEdited(document) && !options.fresh) return document;
  const previousText = options.fresh ? undefined : document?.synced;
  const text = writeCode(format, declaration, { previousText, logicalId: options.logicalId });
  return { text, declaration, synced: text };
}

interface CodeViewState {
  format: CodeFormat;
  /** The CloudFormation resource the pipeline is (the one chosen at import, or `Pipeline`). */
  logicalId: string;
  documents: Partial<Record<CodeFormat, CodeDocument>>;
  choose(format: CodeFormat): void;
  /** The user renamed the pipeline's resource in the template. */
  setLogicalId(logicalId: string): void;
  setDocument(format: CodeFormat, document: CodeDocument): void;
  /** An imported file becomes the tab's text as it was written (comments and all). */
  adopt(format: CodeFormat, text: string, declaration: PipelineDeclaration, logicalId?: string): void;
}

export const useCodeViewStore = create<CodeViewState>()((set) => ({
  format: 'json',
  logicalId: DEFAULT_LOGICAL_ID,
  documents: {},
  choose: (format) => set({ format }),
  setLogicalId: (logicalId) => set({ logicalId }),
  setDocument: (format, document) => set((s) => ({ documents: { ...s.documents, [format]: document } })),
  adopt: (format, text, declaration, logicalId) =>
    set((s) => ({
      format,
      logicalId: logicalId ?? s.logicalId,
      // The other tab was written for the pipeline this one replaces.
      documents: { [format]: { text, declaration, synced: text } },
    })),
}));

import { useEffect, useMemo, useState } from 'react';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { useDraftStore } from '../draft/draft-store';
import { carried, readCode, sameDeclaration, withUncarried, type CodeFormat, type CodeReading } from './code-formats';
import { followDraft, isEdited, useCodeViewStore, type CodeDocument } from './code-store';

/** Quiet time after the last keystroke before the text is read again. */
export const READ_DEBOUNCE_MS = 300;

export interface CodeDocumentState {
  document: CodeDocument | undefined;
  /** The findings and declaration of the text, once read (undefined while the user is still typing). */
  reading: CodeReading | undefined;
  /** The text holds a pipeline other than the draft's: Review and apply. */
  change: PipelineDeclaration | undefined;
  /** The draft moved on (the graph, undo) while the text had edits not applied. */
  draftMoved: boolean;
}

/** A declaration counts as freshly loaded (another pipeline, a template) when it has no history yet. */
const selectFresh = (s: ReturnType<typeof useDraftStore.getState>) =>
  s.past.length === 0 && s.future.length === 0 && s.declaration === s.saved;

/**
 * Keeps one tab of the code view and the draft in step: the draft's changes rewrite the text (unless it holds
 * edits not applied yet), and the text is read {@link READ_DEBOUNCE_MS} after typing stops.
 */
export function useCodeDocument(format: CodeFormat): CodeDocumentState {
  const declaration = useDraftStore((s) => s.declaration);
  const fresh = useDraftStore(selectFresh);
  const logicalId = useCodeViewStore((s) => s.logicalId);
  const document = useCodeViewStore((s) => s.documents[format]);
  const setDocument = useCodeViewStore((s) => s.setDocument);

  useEffect(() => {
    if (!declaration) return;
    const next = followDraft(format, document, declaration, { logicalId, fresh });
    if (next !== document) setDocument(format, next);
  }, [format, document, declaration, logicalId, fresh, setDocument]);

  const text = document?.text;
  const [read, setRead] = useState<{ format: CodeFormat; text: string; reading: CodeReading }>();
  useEffect(() => {
    if (text === undefined) return;
    const timer = window.setTimeout(
      () => setRead({ format, text, reading: readCode(format, text, logicalId) }),
      READ_DEBOUNCE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [format, text, logicalId]);
  const reading = read && read.format === format && read.text === text ? read.reading : undefined;

  const inStep = document?.declaration;
  const carriedInStep = useMemo(() => inStep && carried(format, inStep), [format, inStep]);
  const carriedDraft = useMemo(
    () => (declaration === inStep ? carriedInStep : declaration && carried(format, declaration)),
    [format, declaration, inStep, carriedInStep],
  );

  // An edit that leaves the pipeline as it was (a comment, a key moved) becomes the text the next rewrite keeps.
  useEffect(() => {
    if (!document || !isEdited(document) || !reading?.declaration || !carriedInStep) return;
    if (sameDeclaration(reading.declaration, carriedInStep))
      setDocument(format, { ...document, synced: document.text });
  }, [format, document, reading, carriedInStep, setDocument]);

  const change = useMemo(
    () =>
      declaration && carriedDraft && reading?.declaration && !sameDeclaration(reading.declaration, carriedDraft)
        ? withUncarried(format, declaration, reading.declaration)
        : undefined,
    [format, declaration, carriedDraft, reading],
  );
  return {
    document,
    reading,
    change,
    draftMoved: document !== undefined && declaration !== undefined && document.declaration !== declaration,
  };
}

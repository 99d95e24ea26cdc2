import { useState } from 'react';
import { useCreatePipeline } from '../../../api/codepipeline/create-pipeline';
import { useUpdatePipeline } from '../../../api/codepipeline/update-pipeline';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { validateDeclaration } from '../../../engine/specs/pipeline/validate-declaration';
import { useDraftStore } from '../draft/draft-store';
import { blocking, toProblems, type Problem } from './problems';

export interface SaveState {
  save: () => void;
  saving: boolean;
  /** The checks found errors: like the console, nothing was sent. */
  refused: Problem[] | undefined;
  /** The service refused what the checks let through. */
  error: unknown;
}

/**
 * Create or UpdatePipeline with the draft. Errors the checks find stop it before the call, as the console does;
 * whatever the service still refuses comes back as its own error. `onSaved` gets the saved declaration.
 */
export function useSaveDraft(mode: 'create' | 'update', onSaved: (saved: PipelineDeclaration) => void): SaveState {
  const create = useCreatePipeline();
  const update = useUpdatePipeline();
  const [refused, setRefused] = useState<Problem[]>();
  const mutation = mode === 'create' ? create : update;

  const save = () => {
    const declaration = useDraftStore.getState().declaration;
    if (!declaration) return;
    const errors = blocking(toProblems(validateDeclaration(declaration)));
    setRefused(errors.length ? errors : undefined);
    if (errors.length) return;
    const done = (saved: PipelineDeclaration) => {
      const store = useDraftStore.getState();
      // Edits made while the call was out stay in the draft, still unsaved.
      if (store.declaration === declaration) store.markSaved(saved, saved.name);
      else useDraftStore.setState({ saved, pipelineName: saved.name });
      onSaved(saved);
    };
    if (mode === 'create') create.mutate({ pipeline: declaration }, { onSuccess: (out) => done(out.pipeline) });
    else update.mutate(declaration, { onSuccess: done });
  };

  return { save, saving: mutation.isPending, refused, error: mutation.error };
}

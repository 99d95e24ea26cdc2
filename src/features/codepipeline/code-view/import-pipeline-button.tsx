import { useState } from 'react';
import { buttonClass } from '../../../components/button-styles';
import { useDraftStore } from '../draft/draft-store';
import { writeCode } from './code-formats';
import { useCodeViewStore } from './code-store';
import { ImportPipelineDialog, type ChosenImport } from './import-pipeline-dialog';
import { ReviewChangesDialog } from './review-changes-dialog';

/** The imported pipeline becomes the draft (one undoable step when there was one) and its text the code view's. */
function importIntoDraft({ candidate, text, format, fileName }: ChosenImport) {
  const draft = useDraftStore.getState();
  useCodeViewStore.getState().adopt(format, text, candidate.declaration, candidate.logicalId);
  if (draft.declaration) draft.apply(candidate.declaration, `Import ${fileName}`);
  else draft.load(candidate.declaration);
}

/**
 * "Import": a pipeline file or a CloudFormation template replaces the pipeline in the designer. When the designer
 * holds edits not saved yet, the difference is shown first.
 */
export function ImportPipelineButton({ className }: { className?: string }) {
  const [step, setStep] = useState<'closed' | 'choose' | ChosenImport>('closed');
  const draft = useDraftStore((s) => s.declaration);
  const unsaved = useDraftStore((s) => s.declaration !== undefined && s.declaration !== s.saved);

  const chosen = (choice: ChosenImport) => {
    if (unsaved) {
      setStep(choice);
      return;
    }
    importIntoDraft(choice);
    setStep('closed');
  };

  return (
    <>
      <button type="button" className={className ?? buttonClass()} onClick={() => setStep('choose')}>
        Import
      </button>
      {step === 'choose' && <ImportPipelineDialog onImport={chosen} onClose={() => setStep('closed')} />}
      {typeof step === 'object' && draft && (
        <ReviewChangesDialog
          title={`Replace your unsaved pipeline with ${step.candidate.name ?? step.candidate.logicalId ?? 'the import'}?`}
          before={writeCode('json', draft)}
          after={writeCode('json', step.candidate.declaration)}
          fileName="pipeline.json"
          applyLabel="Replace the pipeline"
          onApply={() => {
            importIntoDraft(step);
            setStep('closed');
          }}
          onCancel={() => setStep('closed')}
        >
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            The designer holds edits that are not saved. Importing replaces the pipeline; Undo brings it back.
          </p>
        </ReviewChangesDialog>
      )}
    </>
  );
}

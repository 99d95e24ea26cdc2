import type { ReactNode } from 'react';
import type { Diagnostic } from '../../../engine/specs';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { SpecEditor } from '../../../components/editor/spec-editor';

/** The comparison is read-only: the editor's checks would only repeat the code view's. */
const NOTHING_TO_CHECK: Diagnostic[] = [];

interface ReviewChangesDialogProps {
  title: string;
  /** The pipeline as the graph holds it now, in the same format as `after`. */
  before: string;
  after: string;
  /** A file name that gives the editor its language (`pipeline.json`, `template.yaml`). */
  fileName: string;
  applyLabel: string;
  onApply: () => void;
  onCancel: () => void;
  children?: ReactNode;
}

/** The text's changes side by side before they replace the pipeline in the designer; Cancel changes nothing. */
export function ReviewChangesDialog({
  title,
  before,
  after,
  fileName,
  applyLabel,
  onApply,
  onCancel,
  children,
}: ReviewChangesDialogProps) {
  return (
    <Dialog title={title} onClose={onCancel} size="wide">
      {children}
      <div
        data-testid="pipeline-diff"
        className="mt-3 overflow-hidden rounded-md border border-zinc-300 dark:border-zinc-700"
      >
        <SpecEditor
          value={after}
          path={fileName}
          compareWith={before}
          compareLabel="The pipeline in the designer now"
          label="The pipeline after applying"
          readOnly
          hideProblems
          findings={{ diagnostics: NOTHING_TO_CHECK, text: after }}
          height="50vh"
        />
      </div>
      <DialogActions>
        <button type="button" className={buttonClass()} onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className={buttonClass('primary')} onClick={onApply} data-autofocus>
          {applyLabel}
        </button>
      </DialogActions>
    </Dialog>
  );
}

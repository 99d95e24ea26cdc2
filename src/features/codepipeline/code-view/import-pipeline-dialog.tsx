import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { buttonClass, inputClass } from '../../../components/button-styles';
import { CodeText } from '../../../components/code-text';
import { Dialog, DialogActions } from '../../../components/dialog';
import { diagnosticsToProblems } from '../../../components/editor/markers';
import { ProblemsList } from '../../../components/editor/problems-list';
import { RadioGroup } from '../../../components/form-field';
import { FORMAT_LABEL } from './code-formats';
import { readImport, sizeProblem, type ImportCandidate } from './import-file';

/** What the user chose to import: the pipeline and the text it came from. */
export interface ChosenImport {
  candidate: ImportCandidate & { declaration: NonNullable<ImportCandidate['declaration']> };
  text: string;
  fileName: string;
  format: 'json' | 'cloudformation';
}

const candidateLabel = (c: ImportCandidate) => [c.logicalId, c.name].filter(Boolean).join(' — ') || 'The pipeline';

const candidateHint = (c: ImportCandidate) =>
  c.blocked ?? (c.errorCount > 0 ? `${c.errorCount} error${c.errorCount === 1 ? '' : 's'}` : 'No errors');

/** The line and column of a problem as an offset into the pasted text, to put the cursor there. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

/**
 * Reads a pipeline file (get-pipeline / create-pipeline JSON, or a CloudFormation template with one or more
 * pipelines) from a file or pasted text, lists every finding at its line, and lets the user choose the pipeline.
 */
export function ImportPipelineDialog({
  onImport,
  onClose,
}: {
  onImport: (chosen: ChosenImport) => void;
  onClose: () => void;
}) {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('pasted text');
  const [refusal, setRefusal] = useState<string>();
  const [chosenId, setChosenId] = useState<string>();
  const area = useRef<HTMLTextAreaElement>(null);
  const ids = useId();
  const deferred = useDeferredValue(text);
  const reading = useMemo(
    () => (deferred.trim() && !sizeProblem(deferred.length) ? readImport(deferred) : undefined),
    [deferred],
  );
  const importable = reading?.candidates.filter((c) => c.declaration) ?? [];
  const candidate = reading?.candidates.find((c) => (c.logicalId ?? '') === chosenId && c.declaration) ?? importable[0];

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const tooBig = sizeProblem(file.size);
    setRefusal(tooBig);
    if (tooBig) return;
    setFileName(file.name);
    setChosenId(undefined);
    setText(await file.text());
  };

  const paste = (value: string) => {
    const tooBig = sizeProblem(new TextEncoder().encode(value).length);
    setRefusal(tooBig);
    // The pasted text stays in the box either way, so nothing typed is lost; only the import is refused.
    setText(value);
    setFileName('pasted text');
  };

  const choose = () => {
    if (!reading || !candidate?.declaration || refusal) return;
    onImport({
      candidate: { ...candidate, declaration: candidate.declaration },
      text,
      fileName,
      format: reading.format,
    });
  };

  const select = (line: number, column: number) => {
    const offset = offsetOf(text, line, column);
    area.current?.focus();
    area.current?.setSelectionRange(offset, offset);
  };

  return (
    <Dialog title="Import a pipeline" onClose={onClose} size="wide">
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        A <code>get-pipeline</code> or <code>create-pipeline --cli-input-json</code> JSON file, or a CloudFormation
        template (YAML or JSON) with one or more <code>AWS::CodePipeline::Pipeline</code> resources.
      </p>
      <div className="mt-3">
        <label htmlFor={`${ids}-file`} className="mb-1 block text-sm font-semibold">
          File
        </label>
        <input
          id={`${ids}-file`}
          type="file"
          accept=".json,.yaml,.yml,.template,.txt,application/json,text/yaml"
          onChange={(event) => void readFile(event.target.files?.[0])}
          className="block text-sm"
        />
      </div>
      <div className="mt-3">
        <label htmlFor={`${ids}-text`} className="mb-1 block text-sm font-semibold">
          Or paste it
        </label>
        <textarea
          id={`${ids}-text`}
          ref={area}
          value={text}
          onChange={(event) => paste(event.target.value)}
          rows={8}
          spellCheck={false}
          className={`${inputClass} w-full font-mono text-xs`}
        />
      </div>
      {refusal && (
        <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
          {refusal}
        </p>
      )}
      {reading && (
        <div className="mt-3 space-y-3 text-sm">
          <p>
            Read as {reading.format === 'json' ? 'pipeline JSON' : 'a CloudFormation template'} ({fileName}
            {reading.format === 'cloudformation' &&
              `, ${reading.candidates.length} pipeline${reading.candidates.length === 1 ? '' : 's'}`}
            ). It opens in the code view's {FORMAT_LABEL[reading.format]} tab.
          </p>
          {reading.refused && (
            <p role="alert" className="text-red-800 dark:text-red-300">
              <CodeText text={reading.refused} />
            </p>
          )}
          {reading.candidates.length > 1 && (
            <RadioGroup
              legend="Pipeline to import"
              value={candidate?.logicalId ?? ''}
              onChange={setChosenId}
              options={reading.candidates.map((c) => ({
                value: c.logicalId ?? '',
                label: candidateLabel(c),
                hint: candidateHint(c),
              }))}
            />
          )}
          {reading.candidates.length === 1 && reading.candidates[0]?.blocked && (
            <p role="alert" className="text-red-800 dark:text-red-300">
              <CodeText text={reading.candidates[0].blocked} />
            </p>
          )}
          <div className="rounded-md border border-zinc-300 dark:border-zinc-700">
            <ProblemsList
              problems={diagnosticsToProblems(reading.diagnostics)}
              onSelect={(p) => select(p.line, p.column)}
            />
          </div>
          {candidate && candidate.errorCount > 0 && (
            <p className="text-zinc-700 dark:text-zinc-300">
              The pipeline can be imported with its errors: the designer lists them, and saving it is refused until they
              are fixed.
            </p>
          )}
        </div>
      )}
      <DialogActions>
        <button type="button" className={buttonClass()} onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className={buttonClass('primary')}
          onClick={choose}
          disabled={!candidate || refusal !== undefined}
        >
          Import
        </button>
      </DialogActions>
    </Dialog>
  );
}

import { useMemo, useState } from 'react';
import { buttonClass } from '../../../components/button-styles';
import { CodeText } from '../../../components/code-text';
import { SpecEditor } from '../../../components/editor/spec-editor';
import { useDraftStore } from '../draft/draft-store';
import { CODE_FORMATS, FORMAT_LABEL, writeCode, type CodeFormat } from './code-formats';
import { useCodeViewStore } from './code-store';
import { ReviewChangesDialog } from './review-changes-dialog';
import { useCodeDocument } from './use-code-document';

/** The file name each tab's editor gets: it picks Monaco's language. */
export const FILE_NAME: Record<CodeFormat, string> = { json: 'pipeline.json', cloudformation: 'template.yaml' };

const NOTE =
  'rounded-md border px-3 py-2 text-sm border-zinc-300 bg-zinc-50 text-zinc-800 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200';
const WARNING_NOTE =
  'rounded-md border px-3 py-2 text-sm border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100';

function FormatTabs({ current, onSelect }: { current: CodeFormat; onSelect: (format: CodeFormat) => void }) {
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = CODE_FORMATS[(CODE_FORMATS.indexOf(current) + 1) % CODE_FORMATS.length]!;
    onSelect(next);
    event.currentTarget.parentElement?.querySelector<HTMLElement>(`[data-format="${next}"]`)?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label="Pipeline code format"
      className="flex gap-1 border-b border-zinc-200 dark:border-zinc-800"
    >
      {CODE_FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          role="tab"
          data-format={format}
          aria-selected={format === current}
          tabIndex={format === current ? 0 : -1}
          onClick={() => onSelect(format)}
          onKeyDown={onKeyDown}
          className={`-mb-px border-b-2 px-3 py-2 text-sm font-semibold whitespace-nowrap ${
            format === current
              ? 'border-accent text-accent dark:border-accent-night dark:text-accent-night'
              : 'border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100'
          }`}
        >
          {FORMAT_LABEL[format]}
        </button>
      ))}
    </div>
  );
}

/**
 * The pipeline being designed as code, beside the graph: the `get-pipeline` JSON or a CloudFormation template.
 * The graph's edits rewrite the text (keeping comments and key order); the text's edits reach the graph after a
 * review of the diff. Text that does not parse stays as typed, with its errors marked, and changes nothing.
 */
export function CodeView({ height = '60vh' }: { height?: string }) {
  const draft = useDraftStore((s) => s.declaration);
  const applyToDraft = useDraftStore((s) => s.apply);
  const format = useCodeViewStore((s) => s.format);
  const logicalId = useCodeViewStore((s) => s.logicalId);
  const choose = useCodeViewStore((s) => s.choose);
  const setDocument = useCodeViewStore((s) => s.setDocument);
  const setLogicalId = useCodeViewStore((s) => s.setLogicalId);
  const { document, reading, change, draftMoved } = useCodeDocument(format);
  const [reviewing, setReviewing] = useState(false);

  const findings = useMemo(
    () =>
      reading && document
        ? {
            // In JSON, Monaco's own JSON service marks syntax errors already.
            diagnostics: reading.diagnostics.filter((d) => format !== 'json' || d.code !== 'json-syntax'),
            text: document.text,
          }
        : undefined,
    [reading, document, format],
  );

  if (!draft || !document) {
    return <p className="p-4 text-sm text-zinc-600 dark:text-zinc-400">No pipeline to show yet.</p>;
  }

  const edit = (text: string) => setDocument(format, { ...document, text });
  const discard = () => setDocument(format, { ...document, text: document.synced });
  const apply = () => {
    if (!change) return;
    setDocument(format, { text: document.text, declaration: change, synced: document.text });
    if (reading?.logicalId) setLogicalId(reading.logicalId);
    applyToDraft(change, `Edit the pipeline's ${FORMAT_LABEL[format]}`);
    setReviewing(false);
  };

  return (
    <section aria-label="Pipeline code" data-testid="pipeline-code-view" className="flex flex-col gap-2">
      <FormatTabs current={format} onSelect={choose} />
      <div role="tabpanel" aria-label={FORMAT_LABEL[format]}>
        <SpecEditor
          key={format}
          value={document.text}
          onChange={edit}
          path={FILE_NAME[format]}
          kind={format === 'json' ? 'pipeline-json' : 'yaml'}
          label={`Pipeline as ${FORMAT_LABEL[format]}`}
          height={height}
          findings={findings}
        />
      </div>
      {draftMoved && (
        <p className={WARNING_NOTE} role="status">
          The pipeline changed in the designer after you started editing this text. Your text is kept; reviewing it
          shows it against the pipeline as it is now.
        </p>
      )}
      {reading?.blocked && document.text !== document.synced && (
        <p className={WARNING_NOTE} role="status">
          <CodeText text={`Not applied: ${reading.blocked}`} />
        </p>
      )}
      {change && (
        <div className={`${NOTE} flex flex-wrap items-center gap-2`} role="status">
          <span className="mr-auto">Your edits change the pipeline.</span>
          <button type="button" className={buttonClass()} onClick={discard}>
            Discard edits
          </button>
          <button type="button" className={buttonClass('primary')} onClick={() => setReviewing(true)}>
            Review and apply
          </button>
        </div>
      )}
      {reviewing && change && (
        <ReviewChangesDialog
          title="Apply your edits to the pipeline?"
          before={writeCode(format, draft, { previousText: document.synced, logicalId })}
          after={document.text}
          fileName={FILE_NAME[format]}
          applyLabel="Apply to the pipeline"
          onApply={apply}
          onCancel={() => setReviewing(false)}
        />
      )}
    </section>
  );
}

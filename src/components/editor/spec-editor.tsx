import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Diagnostic } from '../../engine/specs';
import {
  baseNameOf,
  buildspecVersionOf,
  detectFileKind,
  KIND_LABEL,
  languageOf,
  validatesKind,
  type FileKind,
} from './file-kind';
import { diagnosticsToProblems, type Problem } from './markers';
import type { EditorHandle } from './monaco-view';
import { ProblemsList } from './problems-list';
import { useDarkMode } from './use-dark-mode';
import type { SpecContext } from './validate-spec';
import { useSpecValidation } from './validation-client';

// Monaco and its setup are one lazy chunk: nothing of it is in the first paint.
const MonacoView = lazy(() => import('./monaco-view').then((m) => ({ default: m.MonacoView })));

export interface SpecEditorProps {
  value: string;
  onChange?: (value: string) => void;
  /** The file's path: decides the kind (unless `kind` is given) and names the editor. */
  path: string;
  kind?: FileKind;
  readOnly?: boolean;
  /** Account facts for the buildspec and AppSpec checks; memoise it, a new object re-checks the file. */
  context?: SpecContext;
  /** Side-by-side mode: this text on the left (read-only), the edited `value` on the right. */
  compareWith?: string;
  compareLabel?: string;
  /** CSS height of the editor area. */
  height?: string;
  /** Accessible name of the editor; defaults to "Edit <file>" (or "Contents of <file>" when read-only). */
  label?: string;
  /** Told the Problems list whenever it changes, e.g. to warn before committing a file with errors. */
  onProblemsChange?: (problems: Problem[]) => void;
  /**
   * Findings the caller computed for `text` (a pipeline declaration, which the caller parses anyway): they replace
   * the built-in checks, and are shown only while the editor still holds that text.
   */
  findings?: { diagnostics: Diagnostic[]; text: string };
  /** Leave out the Problems list (a read-only comparison has nothing to fix). */
  hideProblems?: boolean;
}

/**
 * The editor every spec file in the product opens in: Monaco with YAML/JSON, completion and hovers from the
 * specs module's schemas for buildspecs and AppSpec files, the specs module's checks run in a worker as markers, and a Problems
 * list under the editor. Light or dark with the app.
 */
export function SpecEditor({
  value,
  onChange,
  path,
  kind: forcedKind,
  readOnly = false,
  context,
  compareWith,
  compareLabel,
  height = '60vh',
  label,
  onProblemsChange,
  findings,
  hideProblems = false,
}: SpecEditorProps) {
  const kind = forcedKind ?? detectFileKind(path, value);
  const language = languageOf(kind, path);
  const dark = useDarkMode();
  const instance = useId().replace(/[^a-zA-Z0-9]/g, '');
  const modelPath = `file:///cicdlab/${instance}/${encodeURIComponent(baseNameOf(path) || 'untitled')}`;
  const checks = validatesKind(kind, language);
  // An AppSpec file's scripts are looked up relative to its folder (the revision root).
  const specContext = useMemo(
    () => (kind === 'appspec' ? { ...context, filePath: path } : context),
    [kind, context, path],
  );
  const checked = useSpecValidation(kind, value, specContext, checks && !findings);
  const validation = findings ? { ...findings, ms: undefined } : checked;
  const [markerProblems, setMarkerProblems] = useState<Problem[]>();
  const handle = useRef<EditorHandle>(undefined);
  const version = kind === 'buildspec' ? buildspecVersionOf(value) : undefined;
  const schema = version ? (`buildspec-${version}` as const) : kind === 'appspec' ? 'appspec' : undefined;

  const fallbackProblems = useMemo(() => diagnosticsToProblems(validation.diagnostics), [validation.diagnostics]);
  const problems = markerProblems ?? fallbackProblems;
  useEffect(() => onProblemsChange?.(problems), [problems, onProblemsChange]);
  const ariaLabel = label ?? (readOnly ? `Contents of ${path}` : `Edit ${path}`);
  const note = [
    KIND_LABEL[kind] + (version ? ` ${version}` : ''),
    checks && validation.ms !== undefined ? `checked in ${Math.max(1, Math.round(validation.ms))} ms` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <div data-testid="spec-editor" data-file-kind={kind} className="overflow-hidden">
      <Suspense
        fallback={
          <p style={{ height }} className="p-4 text-sm text-zinc-600 dark:text-zinc-400">
            Loading the editor…
          </p>
        }
      >
        <MonacoView
          value={value}
          onChange={onChange}
          language={language}
          modelPath={modelPath}
          readOnly={readOnly}
          dark={dark}
          ariaLabel={ariaLabel}
          height={height}
          diagnostics={validation.diagnostics}
          diagnosticsText={validation.text}
          schema={schema}
          compareWith={compareWith}
          compareLabel={compareLabel}
          onProblems={setMarkerProblems}
          onReady={(h) => {
            handle.current = h;
          }}
        />
      </Suspense>
      {!hideProblems && (
        <ProblemsList problems={problems} note={note} onSelect={(p) => handle.current?.reveal(p.line, p.column)} />
      )}
    </div>
  );
}

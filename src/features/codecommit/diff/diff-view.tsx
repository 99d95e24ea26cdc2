import { useState } from 'react';
import { useDifferences } from '../../../api/codecommit/get-differences';
import { buttonClass } from '../../../components/button-styles';
import { EmptyState } from '../../../components/empty-state';
import { errorText } from '../../../components/error-text';
import { Loading } from '../../../components/loading';
import { ChangeTypeBadge } from './change-type-badge';
import { FileDiff, fileAnchor, pathOf, type DiffMode } from './file-diff';
import type { LineCommentSupport } from './line-comments';

/** Files past this many are listed but their diffs wait to be asked for. */
const FILES_SHOWN = 30;

interface DiffViewProps {
  repositoryName: string;
  /** Commit specifiers (branch names or commit IDs): the old and the new side. */
  before: string;
  after: string;
  comments?: LineCommentSupport;
}

function ModeSwitch({ mode, onChange }: { mode: DiffMode; onChange: (mode: DiffMode) => void }) {
  return (
    <div
      role="group"
      aria-label="Diff layout"
      className="flex rounded-full border border-zinc-400 p-0.5 dark:border-zinc-600"
    >
      {(['unified', 'split'] as const).map((m) => (
        <button
          key={m}
          type="button"
          aria-pressed={mode === m}
          onClick={() => onChange(m)}
          className="rounded-full px-3 py-1 text-xs font-semibold text-zinc-700 aria-pressed:bg-accent aria-pressed:text-white dark:text-zinc-300 dark:aria-pressed:bg-accent-night dark:aria-pressed:text-zinc-950"
        >
          {m === 'unified' ? 'Unified' : 'Split'}
        </button>
      ))}
    </div>
  );
}

/** GetDifferences between two commits, a list of the changed files, then each file's line diff. */
export function DiffView({ repositoryName, before, after, comments }: DiffViewProps) {
  const differences = useDifferences(repositoryName, before, after);
  const [mode, setMode] = useState<DiffMode>('unified');
  const [showAll, setShowAll] = useState(false);

  if (differences.isPending) return <Loading label="Comparing…" />;
  if (differences.isError) {
    return (
      <p role="alert" className="font-mono text-xs break-words text-red-700 dark:text-red-300">
        {errorText(differences.error)}
      </p>
    );
  }
  const files = differences.data;
  if (files.length === 0) {
    return (
      <EmptyState title="No differences">
        <p>Both sides have the same files with the same content.</p>
      </EmptyState>
    );
  }
  const shown = showAll ? files : files.slice(0, FILES_SHOWN);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <nav aria-label="Changed files" className="min-w-0">
          <p className="mb-1 font-semibold">
            {files.length} {files.length === 1 ? 'file' : 'files'} changed
          </p>
          <ul className="space-y-0.5 text-sm">
            {files.map((d) => (
              <li key={pathOf(d)} className="flex items-center gap-2">
                <ChangeTypeBadge type={d.changeType} />
                <a
                  href={`#${fileAnchor(pathOf(d))}`}
                  onClick={(e) => {
                    e.preventDefault();
                    setShowAll(true);
                    requestAnimationFrame(() => jumpTo(pathOf(d)));
                  }}
                  className="font-mono text-xs text-accent hover:underline dark:text-accent-night"
                >
                  {pathOf(d)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <ModeSwitch mode={mode} onChange={setMode} />
      </div>
      {shown.map((d) => (
        <FileDiff key={pathOf(d)} repositoryName={repositoryName} difference={d} mode={mode} comments={comments} />
      ))}
      {shown.length < files.length && (
        <button type="button" className={buttonClass('normal')} onClick={() => setShowAll(true)}>
          Show the other {files.length - shown.length} files
        </button>
      )}
    </div>
  );
}

/** The app routes by the URL hash, so in-page links scroll instead of navigating. */
function jumpTo(path: string) {
  const target = document.getElementById(fileAnchor(path));
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}

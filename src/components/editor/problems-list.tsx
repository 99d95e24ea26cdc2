import type { DiagnosticSeverity } from '../../engine/specs';
import { summarizeProblems, type Problem } from './markers';

/** Rendering thousands of rows (a pasted log) would slow the page; the first ones are enough to act on. */
const MAX_ROWS = 200;

const SEVERITY: Record<DiagnosticSeverity, { label: string; className: string; path: string }> = {
  error: {
    label: 'Error',
    className: 'text-red-700 dark:text-red-400',
    path: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM5.75 5.75l4.5 4.5M10.25 5.75l-4.5 4.5',
  },
  warning: {
    label: 'Warning',
    className: 'text-amber-700 dark:text-amber-400',
    path: 'M8 1.75l6.5 12H1.5zM8 6.5v3.25M8 11.75v.25',
  },
  info: {
    label: 'Hint',
    className: 'text-sky-700 dark:text-sky-400',
    path: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM8 7.25v4M8 4.75V5',
  },
};

function SeverityIcon({ severity }: { severity: DiagnosticSeverity }) {
  return (
    <svg
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={`shrink-0 ${SEVERITY[severity].className}`}
    >
      <path d={SEVERITY[severity].path} />
    </svg>
  );
}

/** Messages mark keys and values with backticks; they become <code>, everything else stays plain text. */
function MessageText({ text }: { text: string }) {
  return text.split(/`([^`\n]+)`/).map((part, i) =>
    i % 2 === 1 ? (
      <code key={i} className="rounded bg-zinc-100 px-1 font-mono text-xs dark:bg-zinc-800">
        {part}
      </code>
    ) : (
      part
    ),
  );
}

interface ProblemsListProps {
  problems: Problem[];
  /** Moves the editor's cursor to a problem. */
  onSelect: (problem: Problem) => void;
  /** Shown after the summary: "checked in 12 ms". */
  note?: string;
}

/** The findings under the editor, as text (never HTML): severity, message, `line:column`; a click jumps there. */
export function ProblemsList({ problems, onSelect, note }: ProblemsListProps) {
  const shown = problems.slice(0, MAX_ROWS);
  return (
    <section aria-label="Problems" className="border-t border-zinc-200 dark:border-zinc-800">
      <h3 className="flex flex-wrap items-baseline gap-x-3 px-4 py-2 text-sm font-semibold">
        Problems
        <span className="font-normal text-zinc-600 dark:text-zinc-400" aria-live="polite">
          {summarizeProblems(problems)}
        </span>
        {note && <span className="text-xs font-normal text-zinc-500 dark:text-zinc-400">{note}</span>}
      </h3>
      {shown.length > 0 && (
        <ul className="max-h-48 overflow-y-auto pb-2 text-sm">
          {shown.map((problem, i) => (
            <li key={`${problem.line}:${problem.column}:${problem.code ?? ''}:${i}`}>
              <button
                type="button"
                onClick={() => onSelect(problem)}
                className="flex w-full items-start gap-2 px-4 py-1 text-left hover:bg-zinc-100 focus-visible:bg-zinc-100 dark:hover:bg-zinc-800 dark:focus-visible:bg-zinc-800"
              >
                <SeverityIcon severity={problem.severity} />
                <span className="sr-only">{SEVERITY[problem.severity].label}:</span>
                <span className="min-w-0 flex-1 break-words whitespace-pre-wrap">
                  <MessageText text={problem.message} />
                </span>
                {problem.code && (
                  <span className="hidden font-mono text-xs text-zinc-500 sm:inline dark:text-zinc-400">
                    {problem.code}
                  </span>
                )}
                <span className="font-mono text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
                  {problem.line}:{problem.column}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {problems.length > MAX_ROWS && (
        <p className="px-4 pb-2 text-xs text-zinc-600 dark:text-zinc-400">
          and {problems.length - MAX_ROWS} more not listed; fix the first ones and check again.
        </p>
      )}
    </section>
  );
}

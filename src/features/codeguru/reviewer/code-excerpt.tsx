import { useFile } from '../../../api/codecommit/get-file';
import { excerpt } from './recommendation-groups';

/** The reviewed code around a recommendation, as plain text (never HTML), flagged lines highlighted. */
export function CodeExcerpt({
  repositoryName,
  revision,
  filePath,
  startLine,
  endLine,
}: {
  repositoryName: string;
  revision: string;
  filePath: string;
  startLine: number;
  endLine: number;
}) {
  const file = useFile(repositoryName, revision, filePath);
  if (file.isPending) return <p className="text-xs text-zinc-500">Reading {filePath}…</p>;
  if (file.isError || file.data.text === undefined)
    return (
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        The code is not available: {filePath} is no longer at {revision.slice(0, 12)}.
      </p>
    );
  return (
    <pre
      aria-label={`${filePath} lines ${startLine}-${endLine}`}
      className="overflow-x-auto rounded-lg border border-zinc-200 bg-zinc-50 py-1 font-mono text-xs dark:border-zinc-800 dark:bg-zinc-950"
    >
      {excerpt(file.data.text, startLine, endLine).map((line) => (
        <div
          key={line.number}
          className={`flex gap-3 px-2 ${line.flagged ? 'bg-amber-100 dark:bg-amber-900/40' : ''}`}
          data-flagged={line.flagged || undefined}
        >
          <span className="w-8 shrink-0 text-right text-zinc-500 select-none">{line.number}</span>
          <code className="whitespace-pre">{line.text}</code>
        </div>
      ))}
    </pre>
  );
}

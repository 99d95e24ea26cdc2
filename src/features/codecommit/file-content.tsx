import { countLines, lineNumbers } from './file-lines';

/** A text file with a line-number gutter; the numbers stay out of copied text and screen readers. */
export function FileContent({ text, label }: { text: string; label: string }) {
  if (text === '') return <p className="p-4 text-zinc-600 dark:text-zinc-400">This file is empty.</p>;
  return (
    <div className="flex overflow-auto font-mono text-xs leading-5">
      <pre
        aria-hidden="true"
        className="sticky left-0 shrink-0 border-r border-zinc-200 bg-zinc-50 px-3 py-3 text-right text-zinc-400 select-none dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-500"
      >
        {lineNumbers(countLines(text))}
      </pre>
      <pre aria-label={label} tabIndex={0} className="flex-1 px-4 py-3">
        {text}
      </pre>
    </div>
  );
}

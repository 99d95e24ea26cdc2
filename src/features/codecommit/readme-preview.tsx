import { useFile } from '../../api/codecommit/get-file';
import { baseName } from './paths';

/** A folder's README, shown as the plain text it is (never rendered as HTML). */
export function ReadmePreview({ name, gitRef, path }: { name: string; gitRef: string; path: string }) {
  const file = useFile(name, gitRef, path);
  if (!file.data || file.data.text === undefined) return null;
  return (
    <section
      aria-label={baseName(path)}
      className="rounded-xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2 className="border-b border-zinc-200 px-4 py-2 font-mono text-sm font-semibold dark:border-zinc-800">
        {baseName(path)}
      </h2>
      <pre className="overflow-x-auto p-4 font-mono text-xs leading-relaxed whitespace-pre-wrap">{file.data.text}</pre>
    </section>
  );
}

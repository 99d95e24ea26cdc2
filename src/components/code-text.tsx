import { splitCode } from './split-code';

/** Rule text with its `backticked` parts as code; everything is rendered as text, never as HTML. */
export function CodeText({ text }: { text: string }) {
  return (
    <>
      {splitCode(text).map((part, i) =>
        part.code ? (
          <code key={i} className="rounded bg-zinc-100 px-1 font-mono text-[0.85em] dark:bg-zinc-800">
            {part.text}
          </code>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

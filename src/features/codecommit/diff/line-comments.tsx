import { useId, useState } from 'react';
import type { Location } from '../../../api/codecommit/pull-request-types';
import { buttonClass, inputClass } from '../../../components/button-styles';
import { errorText } from '../../../components/error-text';

/** A comment as the diff shows it under its line; the text is plain (never HTML). */
export interface LineComment {
  commentId: string;
  author: string;
  when: string;
  content: string;
}

/** What a diff needs to show and take comments on file lines (pull requests have them; compare does not). */
export interface LineCommentSupport {
  threadFor: (location: Location) => LineComment[];
  post: (location: Location, content: string) => Promise<unknown>;
  /** Who a new comment is posted as ("Acting as"). */
  actingAs: string;
}

export const locationKey = (location: Location) => `${location.relativeFileVersion}:${location.filePosition}`;

/** The "+" that opens a comment form on a line; shows on hover or focus. */
export function CommentButton({ location, onClick }: { location: Location; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={`Comment on line ${location.filePosition} of ${location.filePath}${location.relativeFileVersion === 'BEFORE' ? ' (old version)' : ''}`}
      className="size-5 rounded bg-accent text-white opacity-0 group-hover:opacity-100 focus:opacity-100 dark:bg-accent-night dark:text-zinc-950"
    >
      +
    </button>
  );
}

interface LineCommentsProps {
  location: Location;
  support: LineCommentSupport;
  open: boolean;
  onDone: () => void;
}

/** A line's thread and, when open, the form for a new comment. */
export function LineComments({ location, support, open, onDone }: LineCommentsProps) {
  const thread = support.threadFor(location);
  return (
    <>
      {thread.length > 0 && <LineCommentThread comments={thread} />}
      {open && <LineCommentForm location={location} support={support} onDone={onDone} />}
    </>
  );
}

export function LineCommentThread({ comments }: { comments: LineComment[] }) {
  return (
    <ul className="space-y-2">
      {comments.map((c) => (
        <li
          key={c.commentId}
          className="rounded-lg border border-zinc-200 bg-white p-2.5 font-sans text-sm dark:border-zinc-700 dark:bg-zinc-900"
        >
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            <span className="font-semibold text-zinc-800 dark:text-zinc-200">{c.author}</span> · {c.when}
          </p>
          <p className="mt-1 break-words whitespace-pre-wrap">{c.content}</p>
        </li>
      ))}
    </ul>
  );
}

interface LineCommentFormProps {
  location: Location;
  support: LineCommentSupport;
  onDone: () => void;
}

/** Writes a comment on one line; a refused comment keeps its text and shows the service's words. */
export function LineCommentForm({ location, support, onDone }: LineCommentFormProps) {
  const id = useId();
  const [content, setContent] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const side = location.relativeFileVersion === 'BEFORE' ? 'old' : 'new';

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await support.post(location, content);
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-2 font-sans text-sm">
      <label htmlFor={id} className="block text-xs font-semibold">
        Comment on line {location.filePosition} ({side} version) as {support.actingAs}
      </label>
      <textarea
        id={id}
        data-autofocus
        autoFocus
        rows={3}
        value={content}
        onChange={(e) => setContent(e.target.value)}
        className={`${inputClass} w-full`}
      />
      {error !== undefined && (
        <p role="alert" className="font-mono text-xs break-words text-red-700 dark:text-red-300">
          {errorText(error)}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" disabled={busy} className={buttonClass('primary', 'py-1 text-xs')}>
          {busy ? 'Posting…' : 'Comment'}
        </button>
        <button type="button" onClick={onDone} className={buttonClass('normal', 'py-1 text-xs')}>
          Cancel
        </button>
      </div>
    </form>
  );
}

import { useId, useState, type ReactNode } from 'react';
import { buttonClass, inputClass } from '../../../components/button-styles';
import { useDraftStore } from './draft-store';

export interface CommitDetails {
  message: string;
  name: string;
  email: string;
}

interface CommitFormProps {
  /** Used when the message is left empty, as the console does ("Edited buildspec.yml"). */
  defaultMessage: string;
  submitLabel: string;
  pending: boolean;
  /** Why committing is not possible right now, shown beside the button. */
  blockedBecause?: string;
  onSubmit: (details: CommitDetails) => void;
  onCancel: () => void;
  /** The service's answer to the last attempt. */
  children?: ReactNode;
}

/** "Commit changes": author name and email (remembered for the next commit) and a commit message. */
export function CommitForm({
  defaultMessage,
  submitLabel,
  pending,
  blockedBecause,
  onSubmit,
  onCancel,
  children,
}: CommitFormProps) {
  const id = useId();
  const author = useDraftStore((s) => s.author);
  const setAuthor = useDraftStore((s) => s.setAuthor);
  const [message, setMessage] = useState('');

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (pending || blockedBecause) return;
    onSubmit({ message: message.trim() || defaultMessage, name: author.name.trim(), email: author.email.trim() });
  };

  return (
    <form
      onSubmit={submit}
      aria-label="Commit changes"
      className="space-y-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2 className="text-base font-bold">Commit changes</h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-name`} className="mb-1 block font-semibold">
            Author name
          </label>
          <input
            id={`${id}-name`}
            value={author.name}
            onChange={(e) => setAuthor({ ...author, name: e.target.value })}
            required
            autoComplete="name"
            className={`${inputClass} w-full`}
          />
        </div>
        <div>
          <label htmlFor={`${id}-email`} className="mb-1 block font-semibold">
            Email address
          </label>
          <input
            id={`${id}-email`}
            type="email"
            value={author.email}
            onChange={(e) => setAuthor({ ...author, email: e.target.value })}
            required
            autoComplete="email"
            className={`${inputClass} w-full`}
          />
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-message`} className="mb-1 block font-semibold">
          Commit message <span className="font-normal text-zinc-600 dark:text-zinc-400">(optional)</span>
        </label>
        <textarea
          id={`${id}-message`}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          placeholder={defaultMessage}
          rows={2}
          className={`${inputClass} w-full`}
        />
      </div>
      {children}
      <div className="flex flex-wrap items-center justify-end gap-2">
        {blockedBecause && <p className="mr-auto text-sm text-zinc-600 dark:text-zinc-400">{blockedBecause}</p>}
        <button type="button" className={buttonClass('normal')} onClick={onCancel}>
          Cancel
        </button>
        <button
          type="submit"
          className={buttonClass('primary')}
          disabled={blockedBecause !== undefined}
          aria-disabled={pending}
        >
          {pending ? 'Committing…' : submitLabel}
        </button>
      </div>
    </form>
  );
}

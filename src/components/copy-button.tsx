import { useEffect, useState } from 'react';
import { buttonClass } from './button-styles';
import { CopyIcon } from './icons';

interface CopyButtonProps {
  text: string;
  /** The button's visible text; also what it says it copies, e.g. "Copy JSON". */
  label: string;
}

/** Copies text to the clipboard and says so in place (announced to screen readers). */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className={buttonClass('normal', 'px-3 py-1 text-xs')} onClick={() => void copy()}>
        <CopyIcon />
        {label}
      </button>
      <span role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'The browser did not allow copying' : ''}
      </span>
    </span>
  );
}

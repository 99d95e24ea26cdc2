import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { focusableIn, trapTab } from './focusable';

interface DialogProps {
  title: string;
  children: ReactNode;
  /** Escape calls this; leave it out for a choice the user must make. */
  onClose?: () => void;
  /** Wider dialogs for lists of problems or long text. */
  size?: 'normal' | 'wide';
}

/** Open dialogs, innermost last: only that one answers the keyboard. */
const openDialogs: symbol[] = [];

/** The app root goes inert while any dialog is open, so screen readers and clicks stay inside it. */
const syncRootInert = () => document.getElementById('root')?.toggleAttribute('inert', openDialogs.length > 0);

/**
 * A modal dialog: focus moves in (to the element marked `data-autofocus`, else the first
 * control), Tab stays inside, Escape closes, and focus returns to where it was on close.
 * Keys are handled on the document, so they still work when focus has fallen to the body
 * (for example after the focused button was removed).
 */
export function Dialog({ title, children, onClose, size = 'normal' }: DialogProps) {
  const panel = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  const titleId = useId();

  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const self = Symbol('dialog');
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    openDialogs.push(self);
    syncRootInert();
    const root = panel.current;
    if (root) (root.querySelector<HTMLElement>('[data-autofocus]') ?? focusableIn(root)[0] ?? root).focus();

    const onKeyDown = (event: KeyboardEvent) => {
      if (openDialogs[openDialogs.length - 1] !== self || !panel.current) return;
      if (event.key === 'Escape' && onCloseRef.current) {
        event.preventDefault();
        onCloseRef.current();
        return;
      }
      trapTab(panel.current, event);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      openDialogs.splice(openDialogs.indexOf(self), 1);
      syncRootInert();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  return createPortal(
    <div className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-zinc-950/50 px-4 py-[10vh] dark:bg-black/70">
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={`w-full ${size === 'wide' ? 'max-w-2xl' : 'max-w-lg'} rounded-xl border border-zinc-300 bg-white shadow-2xl dark:border-zinc-700 dark:bg-zinc-900`}
      >
        <h2 id={titleId} className="border-b border-zinc-200 px-5 py-3 text-base font-bold dark:border-zinc-700">
          {title}
        </h2>
        <div className="px-5 py-4">{children}</div>
      </div>
    </div>,
    document.body,
  );
}

/** The row of buttons at the bottom of a dialog, primary action last. */
export function DialogActions({ children }: { children: ReactNode }) {
  return <div className="mt-5 flex justify-end gap-2">{children}</div>;
}

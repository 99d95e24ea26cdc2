import { useEffect } from 'react';
import { useStatusStore } from '../../stores/status-store';

const SHOWN_MS = 6000;

/** Brief confirmations of world actions; the live region is always present so every message is announced. */
export function StatusToast() {
  const message = useStatusStore((s) => s.message);
  const serial = useStatusStore((s) => s.serial);
  const clear = useStatusStore((s) => s.clear);

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(clear, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [message, serial, clear]);

  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed right-4 bottom-4 z-40">
      {message && (
        <p className="pointer-events-auto max-w-md rounded-lg bg-zinc-900 px-4 py-3 text-sm text-white shadow-xl dark:bg-zinc-100 dark:text-zinc-950">
          {message}
        </p>
      )}
    </div>
  );
}

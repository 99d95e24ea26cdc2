import { useEffect, useRef } from 'react';
import { mountTerminal } from './screen';

/** The shared terminal screen, filling its box. */
export function TerminalView({ className = '' }: { className?: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return undefined;
    return mountTerminal(container.current);
  }, []);
  return (
    <div
      ref={container}
      data-testid="terminal"
      className={`min-h-0 overflow-hidden bg-white px-2 pt-1 dark:bg-ink ${className}`}
    />
  );
}

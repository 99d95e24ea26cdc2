/** A polite "still working" line; screen readers hear it once. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p role="status" className="flex items-center gap-2 py-6 text-zinc-600 dark:text-zinc-400">
      <span
        aria-hidden="true"
        className="size-4 animate-spin rounded-full border-2 border-zinc-300 border-t-accent dark:border-zinc-600 dark:border-t-accent-night"
      />
      {label}
    </p>
  );
}

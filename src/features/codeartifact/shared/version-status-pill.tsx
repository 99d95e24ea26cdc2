import type { PackageVersionStatus } from '../../../api/codeartifact/wire-types';

const TONE: Record<PackageVersionStatus, string> = {
  Published:
    'bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950/60 dark:text-emerald-300 dark:ring-emerald-800',
  Unfinished: 'bg-sky-50 text-sky-800 ring-sky-300 dark:bg-sky-950/60 dark:text-sky-300 dark:ring-sky-800',
  Unlisted: 'bg-zinc-100 text-zinc-700 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-600',
  Archived: 'bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950/60 dark:text-amber-300 dark:ring-amber-800',
  Disposed: 'bg-red-50 text-red-800 ring-red-300 dark:bg-red-950/60 dark:text-red-300 dark:ring-red-800',
  Deleted: 'bg-red-50 text-red-800 ring-red-300 dark:bg-red-950/60 dark:text-red-300 dark:ring-red-800',
};

/** A package version's status in the colour its meaning suggests: usable, hidden, frozen or gone. */
export function VersionStatusPill({ status }: { status: PackageVersionStatus | undefined }) {
  const tone = status ? TONE[status] : TONE.Unlisted;
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${tone}`}
    >
      {status ?? 'Unknown'}
    </span>
  );
}

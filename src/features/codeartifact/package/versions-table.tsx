import type { PackageVersionSummary } from '../../../api/codeartifact/wire-types';
import { linkClass } from '../../../components/button-styles';
import { TableHead } from '../../../components/table-head';
import { VersionStatusPill } from '../shared/version-status-pill';

const COLUMNS = [
  { label: 'Select', hidden: true } as const,
  'Version',
  'Status',
  'Origin',
  'Came in through',
  'Revision',
];

/** Origin type in words: INTERNAL was published to the domain, EXTERNAL came from a public registry. */
const ORIGIN: Record<string, string> = {
  INTERNAL: 'Internal (published)',
  EXTERNAL: 'External (public registry)',
  UNKNOWN: 'Unknown',
};

/** The versions this repository holds, each selectable for the actions above the table. */
export function VersionsTable({
  versions,
  selected,
  onToggle,
  shownAssets,
  onShowAssets,
}: {
  versions: PackageVersionSummary[];
  selected: ReadonlySet<string>;
  onToggle: (version: string) => void;
  shownAssets?: string;
  onShowAssets: (version: string) => void;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">Package versions</caption>
        <TableHead columns={COLUMNS} />
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {versions.map((v) => {
            const version = v.version ?? '';
            const entry = v.origin?.domainEntryPoint;
            return (
              <tr key={version} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
                <td className="w-10 px-4 py-2.5">
                  <input
                    type="checkbox"
                    aria-label={`Select version ${version}`}
                    checked={selected.has(version)}
                    onChange={() => onToggle(version)}
                  />
                </td>
                <td className="px-4 py-2.5">
                  <button
                    type="button"
                    className={`${linkClass} font-mono font-semibold`}
                    aria-pressed={shownAssets === version}
                    onClick={() => onShowAssets(version)}
                  >
                    {version}
                  </button>
                </td>
                <td className="px-4 py-2.5">
                  <VersionStatusPill status={v.status} />
                </td>
                <td className="px-4 py-2.5">{ORIGIN[v.origin?.originType ?? 'UNKNOWN']}</td>
                <td className="px-4 py-2.5 font-mono text-xs">
                  {entry?.externalConnectionName ?? entry?.repositoryName ?? '—'}
                </td>
                <td className="max-w-40 truncate px-4 py-2.5 font-mono text-xs" title={v.revision}>
                  {v.revision}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="border-t border-zinc-100 px-4 py-2 text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
        Choose a version number to see its assets.
      </p>
    </div>
  );
}

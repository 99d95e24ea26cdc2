import { Link } from 'react-router';
import type { Build } from '../../../api/codebuild/types';
import { linkClass } from '../../../components/button-styles';
import { formatDateTime, formatRelative } from '../../../components/format/time';
import { useSimNow } from '../../../components/simulation/use-sim-now';
import { buildDurationSeconds, formatSeconds } from '../build/phase-rows';
import { buildPath, projectPath } from './paths';
import { StatusPill } from './status-badge';
import { TableHead } from '../../../components/table-head';

const td = 'px-4 py-2.5';

/** The short form of a source version: commit IDs to 8 characters, branch names and `pr/3` as they are. */
export const shortVersion = (v?: string) => (v && /^[0-9a-f]{40}$/.test(v) ? v.slice(0, 8) : v);

/** Build history rows: run, status, number, source version, who started it, duration, when. */
export function BuildTable({
  builds,
  caption,
  showProject,
}: {
  builds: Build[];
  caption: string;
  showProject: boolean;
}) {
  const now = useSimNow(1000);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <TableHead
          columns={[
            'Build run',
            'Status',
            ...(showProject ? ['Project'] : []),
            'Build number',
            'Source version',
            'Submitter',
            'Duration',
            'Started',
          ]}
        />
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {builds.map((b) => {
            const duration = buildDurationSeconds(b, now);
            const started = b.startTime * 1000;
            return (
              <tr key={b.id} data-testid="build-row" className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
                <td className={`${td} max-w-xs truncate`}>
                  <Link to={buildPath(b.id)} className={`${linkClass} font-mono text-xs font-semibold`}>
                    {b.id}
                  </Link>
                </td>
                <td className={td}>
                  <StatusPill status={b.buildStatus} />
                </td>
                {showProject && (
                  <td className={td}>
                    <Link to={projectPath(b.projectName)} className={linkClass}>
                      {b.projectName}
                    </Link>
                  </td>
                )}
                <td className={`${td} tabular-nums`}>{b.buildNumber}</td>
                <td className={`${td} font-mono text-xs`} title={b.resolvedSourceVersion ?? b.sourceVersion}>
                  {shortVersion(b.sourceVersion ?? b.resolvedSourceVersion) ?? '–'}
                </td>
                <td className={`${td} max-w-[12rem] truncate`} title={b.initiator}>
                  {b.initiator ?? '–'}
                </td>
                <td className={`${td} whitespace-nowrap tabular-nums`}>
                  {duration === undefined ? '–' : formatSeconds(duration)}
                </td>
                <td className={`${td} whitespace-nowrap`} title={formatDateTime(started)}>
                  {now === undefined ? formatDateTime(started) : formatRelative(started, now)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

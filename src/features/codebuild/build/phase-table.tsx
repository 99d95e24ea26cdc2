import type { Build } from '../../../api/codebuild/types';
import { useSimNow } from '../../../components/simulation/use-sim-now';
import { StatusPill } from '../shared/status-badge';
import { formatLogTime } from './log-line';
import { formatSeconds, phaseRows } from './phase-rows';
import { TableHead } from '../../../components/table-head';

/** Phases last seconds: times to the second, UTC like the log. */
const clock = (ms: number) => `${formatLogTime(ms).slice(0, 8)} UTC`;

/** Phase details: each phase's status, duration, start and end, and its context (why it failed). */
export function PhaseTable({ build }: { build: Build }) {
  const now = useSimNow(1000);
  const rows = phaseRows(build, now);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">Phase details</caption>
        <TableHead columns={['Name', 'Status', 'Context', 'Duration', 'Start time', 'End time']} />
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {rows.map((r) => (
            <tr key={r.phase} data-testid="phase-row">
              <td className="px-4 py-2 font-mono text-xs font-semibold">{r.phase}</td>
              <td className="px-4 py-2">
                <StatusPill status={r.status} />
              </td>
              <td className="max-w-md px-4 py-2 font-mono text-xs break-words">
                {r.contexts.length === 0 ? '–' : r.contexts.map((c) => <p key={c}>{c}</p>)}
              </td>
              <td className="px-4 py-2 whitespace-nowrap tabular-nums">
                {r.durationSeconds === undefined ? '–' : formatSeconds(r.durationSeconds)}
              </td>
              <td className="px-4 py-2 whitespace-nowrap">{clock(r.startMs)}</td>
              <td className="px-4 py-2 whitespace-nowrap">{r.endMs === undefined ? '–' : clock(r.endMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

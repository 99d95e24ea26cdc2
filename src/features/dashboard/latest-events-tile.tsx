import { Link } from 'react-router';
import { useEvents } from '../../api/simulation/hooks';
import { formatElapsed } from '../../components/format/time';
import { useWorldStart } from '../../components/simulation/use-sim-now';
import { DashboardTile } from './dashboard-tile';
import { latestEventRows } from './dashboard-summary';

export function LatestEventsTile() {
  const events = useEvents();
  const start = useWorldStart();
  const rows = start === undefined ? [] : latestEventRows(events, start);

  return (
    <DashboardTile title="Latest events" to="/events" className="lg:col-span-3">
      {rows.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">
          Nothing has happened yet. Run the clock (press Space, or choose a speed in the simulation bar) and the
          account's EventBridge events appear here: pushes, builds, deployments.
        </p>
      ) : (
        <ol className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {rows.map((row) => (
            <li key={row.id}>
              <Link
                to={`/events?event=${encodeURIComponent(row.id)}`}
                className="grid grid-cols-[5rem_8.5rem_19rem_minmax(0,1fr)] items-baseline gap-3 rounded px-1 py-1.5 hover:bg-zinc-50 dark:hover:bg-zinc-800/60"
              >
                <span className="font-mono text-xs tabular-nums">{formatElapsed(row.elapsedMs)}</span>
                <span className="truncate text-xs text-zinc-600 dark:text-zinc-400">{row.source}</span>
                <span className="truncate text-xs font-semibold">{row.detailType}</span>
                <span className="truncate text-accent dark:text-accent-night">{row.summary}</span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </DashboardTile>
  );
}

import { Fragment, useState } from 'react';
import { targetDetail, type DeploymentTarget, type LifecycleEvent } from '../../../api/codedeploy/deployment-types';
import { formatDateTime } from '../../../components/format/time';
import { TableHead } from '../../../components/table-head';
import { StatusPill } from '../shared/status-pill';
import { explainLifecycleFailure } from './failure-explanations';
import { formatSpan } from '../../../components/format/time';

const COLUMNS = ['Target', 'Label', 'Status', 'Lifecycle events', 'Last updated'];
/** Rows drawn at once; a 1,000-instance table grows on request. */
const PAGE = 50;

const EVENT_TONE: Record<string, string> = {
  Succeeded: 'text-green-700 dark:text-green-400',
  Failed: 'text-red-700 dark:text-red-400 font-semibold',
  InProgress: 'text-sky-700 dark:text-sky-300',
  Skipped: 'text-amber-700 dark:text-amber-300',
};

const duration = (e: LifecycleEvent) =>
  e.startTime !== undefined && e.endTime !== undefined ? formatSpan((e.endTime - e.startTime) * 1000) : '';

function EventChips({ events }: { events: LifecycleEvent[] }) {
  return (
    <ol className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs">
      {events.map((e) => (
        <li key={e.lifecycleEventName} className={EVENT_TONE[e.status ?? ''] ?? 'text-zinc-500 dark:text-zinc-400'}>
          {e.lifecycleEventName} <span className="sr-only">status</span>
          {e.status}
          {duration(e) && <span className="text-zinc-500 dark:text-zinc-400"> {duration(e)}</span>}
        </li>
      ))}
    </ol>
  );
}

function Diagnostics({ events }: { events: LifecycleEvent[] }) {
  const withDiagnostics = events.filter((e) => e.diagnostics);
  if (withDiagnostics.length === 0) return <p className="text-sm">No diagnostics: no lifecycle event reported one.</p>;
  return (
    <div className="space-y-4">
      {withDiagnostics.map((e) => {
        const d = e.diagnostics ?? {};
        const explained = explainLifecycleFailure(e);
        return (
          <section key={e.lifecycleEventName} aria-label={`${e.lifecycleEventName} diagnostics`}>
            <h4 className="text-sm font-semibold">
              {e.lifecycleEventName}: {d.errorCode ?? e.status}
              {d.scriptName && <span className="font-mono font-normal"> ({d.scriptName})</span>}
            </h4>
            {d.message && <p className="mt-1 text-sm">{d.message}</p>}
            {explained && (
              <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
                <strong>{explained.title}.</strong> {explained.why} <strong>Fix:</strong> {explained.fix}
              </p>
            )}
            {d.logTail && (
              <pre className="mt-2 max-h-64 overflow-auto rounded-md bg-zinc-950 p-3 font-mono text-xs whitespace-pre-wrap text-zinc-100">
                {d.logTail}
              </pre>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** Each target with its status, label and lifecycle events; a click opens the diagnostics. */
export function TargetsTable({ targets }: { targets: readonly DeploymentTarget[] }) {
  const [open, setOpen] = useState<string>();
  const [shown, setShown] = useState(PAGE);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Deployment targets</caption>
        <TableHead columns={COLUMNS} />
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {targets.slice(0, shown).map((t) => {
            const detail = targetDetail(t);
            if (!detail) return null;
            const events = detail.lifecycleEvents ?? [];
            const expanded = open === detail.targetId;
            return (
              <Fragment key={detail.targetId}>
                <tr className="align-top hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
                  <td className="px-4 py-2">
                    <button
                      type="button"
                      aria-expanded={expanded}
                      className="font-mono text-xs font-semibold text-accent hover:underline dark:text-accent-night"
                      onClick={() => setOpen(expanded ? undefined : detail.targetId)}
                    >
                      {expanded ? '▾' : '▸'} {detail.targetId}
                    </button>
                  </td>
                  <td className="px-4 py-2">{t.instanceTarget?.instanceLabel ?? '–'}</td>
                  <td className="px-4 py-2">
                    <StatusPill status={detail.status ?? 'Unknown'} />
                  </td>
                  <td className="px-4 py-2">
                    <EventChips events={events} />
                  </td>
                  <td className="px-4 py-2 whitespace-nowrap">
                    {detail.lastUpdatedAt !== undefined ? formatDateTime(detail.lastUpdatedAt * 1000) : '–'}
                  </td>
                </tr>
                {expanded && (
                  <tr>
                    <td colSpan={COLUMNS.length} className="bg-zinc-50 px-4 py-3 dark:bg-zinc-800/40">
                      <Diagnostics events={events} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {targets.length > shown && (
        <button
          type="button"
          className="m-3 text-sm text-accent hover:underline dark:text-accent-night"
          onClick={() => setShown((n) => n + PAGE * 4)}
        >
          Show more targets ({targets.length - shown} not shown)
        </button>
      )}
    </div>
  );
}

import { usePullRequestEvents } from '../../../api/codecommit/describe-pull-request-events';
import { formatDateTime } from '../../../components/format/time';
import { Loading } from '../../../components/loading';
import { ErrorLine } from '../diff/error-line';
import { toActivityRows } from './activity-rows';

/** DescribePullRequestEvents as a timeline. */
export function ActivityPanel({ pullRequestId }: { pullRequestId: string }) {
  const events = usePullRequestEvents(pullRequestId);
  if (events.isPending) return <Loading label="Reading the activity…" />;
  if (events.isError) return <ErrorLine error={events.error} />;
  const rows = toActivityRows(events.data);
  return (
    <ol aria-label="Activity" className="relative space-y-4 border-l-2 border-zinc-200 pl-5 dark:border-zinc-700">
      {rows.map((row) => (
        <li key={row.key} data-event-type={row.type} className="relative">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[27px] size-3 rounded-full border-2 border-white bg-accent dark:border-zinc-900 dark:bg-accent-night"
          />
          <p>
            <span className="font-semibold">{row.actor}</span> {row.summary}
          </p>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            {formatDateTime(row.at)} · <code className="font-mono">{row.type}</code>
          </p>
          {row.details.length > 0 && (
            <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 text-xs">
              {row.details.map((d) => (
                <div key={d.label} className="contents">
                  <dt className="text-zinc-600 dark:text-zinc-400">{d.label}</dt>
                  <dd className="font-mono break-all">{d.value}</dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ol>
  );
}

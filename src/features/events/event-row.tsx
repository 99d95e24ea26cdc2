import { memo } from 'react';
import { Link } from 'react-router';
import { eventElapsed, shortResource, summarizeEvent } from '../../components/events/event-summary';
import { formatElapsed } from '../../components/format/time';
import type { EventBridgeEvent } from '../../engine/core/events';

interface EventRowProps {
  event: EventBridgeEvent;
  startEpochMs: number;
  selected: boolean;
}

/** One event in the feed: when (virtual and wall time), where from, what kind, and what happened. */
export const EventRow = memo(function EventRow({ event, startEpochMs, selected }: EventRowProps) {
  return (
    <Link
      to={`/events?event=${encodeURIComponent(event.id)}`}
      data-testid="event-row"
      data-event-id={event.id}
      aria-current={selected ? 'true' : undefined}
      className="grid h-full grid-cols-[9.5rem_minmax(0,1fr)] gap-x-3 border-b border-zinc-100 px-3 py-2 hover:bg-zinc-50 aria-[current=true]:bg-accent-soft dark:border-zinc-800 dark:hover:bg-zinc-800/60 dark:aria-[current=true]:bg-accent-night-soft"
    >
      <span className="font-mono text-sm font-semibold tabular-nums">
        {formatElapsed(eventElapsed(event, startEpochMs))}
      </span>
      <span className="flex min-w-0 items-baseline gap-2">
        <span className="shrink-0 rounded bg-zinc-100 px-1.5 text-xs text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
          {event.source}
        </span>
        <span className="truncate font-semibold">{event['detail-type']}</span>
        <span className="ml-auto shrink-0 truncate text-xs text-zinc-500 dark:text-zinc-400">
          {event.resources.map(shortResource).join(', ')}
        </span>
      </span>
      <span className="font-mono text-[11px] whitespace-nowrap text-zinc-500 dark:text-zinc-400">{event.time}</span>
      <span className="truncate text-zinc-700 dark:text-zinc-300">{summarizeEvent(event)}</span>
    </Link>
  );
});

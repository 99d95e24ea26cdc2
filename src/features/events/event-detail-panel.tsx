import { Link } from 'react-router';
import { buttonClass } from '../../components/button-styles';
import { CopyButton } from '../../components/copy-button';
import { eventElapsed, summarizeEvent } from '../../components/events/event-summary';
import { formatElapsed } from '../../components/format/time';
import { CloseIcon } from '../../components/icons';
import type { EventBridgeEvent } from '../../engine/core/events';
import { prettyJson } from './event-rows';

interface EventDetailPanelProps {
  eventId: string;
  event: EventBridgeEvent | undefined;
  startEpochMs: number;
}

/** The whole event as EventBridge delivers it to targets, as plain text. */
export function EventDetailPanel({ eventId, event, startEpochMs }: EventDetailPanelProps) {
  const json = event ? prettyJson(event) : '';
  return (
    <aside
      aria-label="Event detail"
      className="flex min-h-0 w-[44%] max-w-2xl min-w-96 shrink-0 flex-col border-l border-zinc-200 dark:border-zinc-800"
    >
      <div className="flex items-start justify-between gap-2 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
        <div className="min-w-0">
          <h2 className="truncate text-base font-bold">{event ? event['detail-type'] : 'Event not in the feed'}</h2>
          <p className="font-mono text-xs text-zinc-500 dark:text-zinc-400">{eventId}</p>
        </div>
        <Link to="/events" aria-label="Close event detail" className={buttonClass('normal', 'px-2 py-1')}>
          <CloseIcon />
        </Link>
      </div>
      {event ? (
        <div className="flex min-h-0 flex-1 flex-col gap-3 p-4">
          <p>{summarizeEvent(event)}</p>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            At {formatElapsed(eventElapsed(event, startEpochMs))} of virtual time ({event.time})
          </p>
          <div>
            <CopyButton text={json} label="Copy JSON" />
          </div>
          <pre
            data-testid="event-json"
            aria-label="Event JSON"
            tabIndex={0}
            className="min-h-0 flex-1 overflow-auto rounded-lg border border-zinc-200 bg-zinc-50 p-3 font-mono text-xs leading-relaxed dark:border-zinc-800 dark:bg-zinc-950"
          >
            {json}
          </pre>
        </div>
      ) : (
        <p className="p-4 text-zinc-600 dark:text-zinc-400">
          No event with this ID is in the feed. The console keeps the latest 5000 events of this world; older ones, and
          events of a world that was reset or replaced, are gone.
        </p>
      )}
    </aside>
  );
}

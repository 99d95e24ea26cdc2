import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useEvents } from '../../api/simulation/hooks';
import { buttonClass } from '../../components/button-styles';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { useWorldStart } from '../../components/simulation/use-sim-now';
import { EventDetailPanel } from './event-detail-panel';
import { EventFiltersBar } from './event-filters';
import { EventList } from './event-list';
import { NO_FILTERS, detailTypesIn, filterEvents, sourcesIn, type EventFilters } from './event-rows';

/** The live EventBridge feed of the account: filter it, follow it, open any event's JSON. */
export function EventsPage() {
  const events = useEvents();
  const start = useWorldStart() ?? 0;
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const selectedId = params.get('event') ?? undefined;
  // Other pages link here filtered (`?source=aws.codepipeline&text=demo-pipeline`); the filters stay editable.
  const [filters, setFilters] = useState<EventFilters>(() => ({
    ...NO_FILTERS,
    source: params.get('source') ?? '',
    text: params.get('text') ?? '',
  }));
  const [follow, setFollow] = useState(selectedId === undefined);

  const rows = useMemo(() => filterEvents(events, filters), [events, filters]);
  const sources = useMemo(() => sourcesIn(events), [events]);
  const detailTypes = useMemo(() => detailTypesIn(events, filters.source), [events, filters.source]);
  const selected = useMemo(() => events.find((e) => e.id === selectedId), [events, selectedId]);

  return (
    <div className="flex h-full min-h-[28rem] flex-col">
      <PageHeader
        title="Events"
        description="Every EventBridge event of this account as it happens, newest first. Select one to see its full JSON."
      />
      {events.length === 0 ? (
        <EmptyState title="No events yet">
          <p>
            EventBridge is the account's event bus: AWS services publish a JSON event whenever something changes, such
            as a push to a branch, a build phase or a deployment. Rules match these events and send them to targets,
            which is how a push can start a pipeline.
          </p>
          <p>Run the clock (Space, or a speed in the simulation bar) and events appear here as they happen.</p>
        </EmptyState>
      ) : (
        <div className="flex min-h-0 flex-1 flex-col overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
          <div className="border-b border-zinc-200 p-3 dark:border-zinc-800">
            <EventFiltersBar
              filters={filters}
              sources={sources}
              detailTypes={detailTypes}
              follow={follow}
              onChange={setFilters}
              onFollowChange={setFollow}
            />
            <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
              {rows.length === events.length
                ? `${events.length} ${events.length === 1 ? 'event' : 'events'}`
                : `Showing ${rows.length} of ${events.length} events`}
            </p>
          </div>
          <div className="flex min-h-0 flex-1">
            {rows.length === 0 ? (
              <div className="flex-1">
                <EmptyState
                  title="No events match these filters"
                  action={
                    <button type="button" className={buttonClass('normal')} onClick={() => setFilters(NO_FILTERS)}>
                      Clear filters
                    </button>
                  }
                >
                  <p>Change the source, detail type or search text, or clear the filters to see the whole feed.</p>
                </EmptyState>
              </div>
            ) : (
              <EventList
                rows={rows}
                startEpochMs={start}
                selectedId={selectedId}
                follow={follow}
                onSelect={(id) => void navigate(`/events?event=${encodeURIComponent(id)}`, { replace: true })}
                onStopFollowing={() => setFollow(false)}
              />
            )}
            {selectedId && <EventDetailPanel eventId={selectedId} event={selected} startEpochMs={start} />}
          </div>
        </div>
      )}
    </div>
  );
}

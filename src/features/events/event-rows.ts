import type { EventBridgeEvent } from '../../engine/core/events';

export interface EventFilters {
  /** '' means every source. */
  source: string;
  /** '' means every detail type. */
  detailType: string;
  /** Matched, ignoring case, against the event's whole JSON. */
  text: string;
}

export const NO_FILTERS: EventFilters = { source: '', detailType: '', text: '' };

/** Events never change once emitted, so each one's searchable text is computed once. */
const searchText = new WeakMap<EventBridgeEvent, string>();

function searchable(event: EventBridgeEvent): string {
  let text = searchText.get(event);
  if (text === undefined) {
    text = JSON.stringify(event).toLowerCase();
    searchText.set(event, text);
  }
  return text;
}

/** The feed as the Events view lists it: newest first, only what matches every filter. */
export function filterEvents(events: readonly EventBridgeEvent[], filters: EventFilters): EventBridgeEvent[] {
  const needle = filters.text.trim().toLowerCase();
  const out: EventBridgeEvent[] = [];
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i] as EventBridgeEvent;
    if (filters.source && e.source !== filters.source) continue;
    if (filters.detailType && e['detail-type'] !== filters.detailType) continue;
    if (needle && !searchable(e).includes(needle)) continue;
    out.push(e);
  }
  return out;
}

/** The sources present in the feed, for the Source filter. */
export const sourcesIn = (events: readonly EventBridgeEvent[]): string[] =>
  [...new Set(events.map((e) => e.source))].sort();

/** The detail types present (of one source, when one is chosen), for the Detail type filter. */
export function detailTypesIn(events: readonly EventBridgeEvent[], source: string): string[] {
  const types = new Set<string>();
  for (const e of events) if (!source || e.source === source) types.add(e['detail-type']);
  return [...types].sort();
}

/** The event as its JSON panel shows and copies it. */
export const prettyJson = (event: EventBridgeEvent): string => JSON.stringify(event, null, 2);

/**
 * How many rows appeared above `previousFirstId` since the last render: the list shifts its
 * scroll position by that many rows so what the user is reading stays put.
 */
export function rowsAddedAbove(rows: readonly EventBridgeEvent[], previousFirstId: string | undefined): number {
  if (previousFirstId === undefined) return 0;
  const index = rows.findIndex((r) => r.id === previousFirstId);
  return index > 0 ? index : 0;
}

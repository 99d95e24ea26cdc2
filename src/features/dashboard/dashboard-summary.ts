import type { RepositoryMetadata } from '../../api/codecommit/types';
import { eventElapsed, summarizeEvent } from '../../components/events/event-summary';
import type { EventBridgeEvent } from '../../engine/core/events';

export interface LatestEventRow {
  id: string;
  elapsedMs: number;
  source: string;
  detailType: string;
  summary: string;
}

/** The newest events first, as the dashboard's feed lists them. */
export function latestEventRows(
  events: readonly EventBridgeEvent[],
  startEpochMs: number,
  count = 8,
): LatestEventRow[] {
  return events
    .slice(-count)
    .reverse()
    .map((e) => ({
      id: e.id,
      elapsedMs: eventElapsed(e, startEpochMs),
      source: e.source,
      detailType: e['detail-type'],
      summary: summarizeEvent(e),
    }));
}

/** Most recently changed first; ties (same second) by name so the order never flickers. */
export function recentlyModified(repositories: readonly RepositoryMetadata[]): RepositoryMetadata[] {
  return [...repositories].sort(
    (a, b) => b.lastModifiedDate - a.lastModifiedDate || a.repositoryName.localeCompare(b.repositoryName),
  );
}

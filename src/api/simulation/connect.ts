import type { QueryClient } from '@tanstack/react-query';
import type { EventBridgeEvent } from '../../engine';
import type { EngineClient, StreamMessage } from '../../worker/protocol';
import { MAX_EVENTS, engineStore } from './engine-store';

/** Which cached service data an event makes stale: `aws.codecommit` → every `['codecommit', ...]` query. */
const queryRootOf = (source: string) => (source.startsWith('aws.') ? source.slice(4) : undefined);

/**
 * Feeds the engine's live stream into the UI: messages are applied at most once per frame, the
 * event list and clock go to `engineStore`, and queries of the services that changed refetch.
 */
export function connectEngine(client: EngineClient, queryClient: QueryClient): () => void {
  let queued: StreamMessage[] = [];
  let frame: number | undefined;

  const apply = () => {
    frame = undefined;
    const messages = queued;
    queued = [];
    const state = engineStore.getState();
    let events = state.events;
    let { clock, ownership, worldGeneration } = state;
    const stale = new Set<string>();
    let replaced = false;
    for (const m of messages) {
      if (m.type === 'world') {
        events = m.events;
        clock = m.clock;
        worldGeneration++;
        replaced = true;
      } else if (m.type === 'events') {
        events = appendCapped(events, m.events);
        clock = m.clock;
        for (const e of m.events) {
          const root = queryRootOf(e.source);
          if (root) stale.add(root);
        }
      } else if (m.type === 'clock') {
        clock = m.clock;
      } else {
        ownership = m.ownership;
      }
    }
    engineStore.setState({ events, clock, ownership, worldGeneration });
    if (replaced) void queryClient.resetQueries();
    else for (const root of stale) void refetchAfterEvent(queryClient, root);
  };

  const unsubscribe = client.subscribe((message) => {
    queued.push(message);
    frame ??= requestAnimationFrame(apply);
  });
  engineStore.setState({ client });
  return () => {
    unsubscribe();
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}

/**
 * An answer still in flight was asked for before the event. Invalidation alone cancels it only
 * when the query already has data; a first load would instead be joined and its older answer
 * kept, so those are cancelled first.
 */
async function refetchAfterEvent(queryClient: QueryClient, root: string): Promise<void> {
  await queryClient.cancelQueries({
    queryKey: [root],
    predicate: (query) => query.state.data === undefined && query.state.fetchStatus === 'fetching',
  });
  await queryClient.invalidateQueries({ queryKey: [root] });
}

function appendCapped(events: EventBridgeEvent[], more: EventBridgeEvent[]): EventBridgeEvent[] {
  const next = events.concat(more);
  return next.length > MAX_EVENTS ? next.slice(next.length - MAX_EVENTS) : next;
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { EventBridgeEvent } from '../../engine/core/events';
import { rowsAddedAbove } from './event-rows';
import { EventRow } from './event-row';

const ROW_HEIGHT = 58;

interface EventListProps {
  rows: EventBridgeEvent[];
  startEpochMs: number;
  selectedId: string | undefined;
  follow: boolean;
  onSelect: (id: string) => void;
  /** Called when the user scrolls away from the newest events while following them. */
  onStopFollowing: () => void;
}

/**
 * The feed, virtualised (up to 5000 events). Following: the newest event stays in view.
 * Not following: new events arrive above without moving what the user is reading.
 */
export function EventList({ rows, startEpochMs, selectedId, follow, onSelect, onStopFollowing }: EventListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const previousFirst = useRef(rows[0]?.id);
  const focusAfterSelect = useRef(false);
  // The app does not use the React Compiler, and the virtualizer re-renders this list itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 12,
  });

  const firstId = rows[0]?.id;
  useLayoutEffect(() => {
    const el = scroller.current;
    const added = rowsAddedAbove(rows, previousFirst.current);
    previousFirst.current = firstId;
    if (!el) return;
    if (follow) el.scrollTop = 0;
    else if (added > 0) el.scrollTop += added * ROW_HEIGHT;
  }, [firstId, follow, rows]);

  // A deep link (#/events?event=…) opens with its row in view, once the feed has arrived.
  const pendingScroll = useRef(selectedId);
  useEffect(() => {
    if (pendingScroll.current === undefined || rows.length === 0) return;
    const index = rows.findIndex((r) => r.id === pendingScroll.current);
    pendingScroll.current = undefined;
    if (index > 0) virtualizer.scrollToIndex(index, { align: 'center' });
  }, [rows, virtualizer]);

  useEffect(() => {
    if (!focusAfterSelect.current || !selectedId) return;
    focusAfterSelect.current = false;
    const rowLinks = scroller.current?.querySelectorAll<HTMLElement>('[data-event-id]') ?? [];
    Array.from(rowLinks)
      .find((el) => el.dataset.eventId === selectedId)
      ?.focus();
  }, [selectedId]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current) return;
    const next = Number(current.dataset.index) + (event.key === 'ArrowDown' ? 1 : -1);
    const row = rows[next];
    if (!row) return;
    event.preventDefault();
    virtualizer.scrollToIndex(next);
    focusAfterSelect.current = true;
    onSelect(row.id);
  };

  return (
    <div
      ref={scroller}
      onScroll={(e) => {
        if (follow && e.currentTarget.scrollTop > ROW_HEIGHT / 2) onStopFollowing();
      }}
      className="min-h-0 flex-1 overflow-y-auto"
    >
      <ul
        aria-label="Events, newest first"
        onKeyDown={onKeyDown}
        className="relative"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <li
              key={item.key}
              data-index={item.index}
              className="absolute inset-x-0 top-0"
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            >
              <EventRow event={row} startEpochMs={startEpochMs} selected={row.id === selectedId} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

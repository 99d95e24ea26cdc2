import type { SimMillis } from './time';

/**
 * Something the world has scheduled for itself. `seq` breaks ties between equal times, so two
 * timers due at the same instant always fire in the order they were scheduled.
 */
export interface Timer {
  at: SimMillis;
  seq: number;
  kind: string;
  payload: unknown;
}

const before = (x: Timer, y: Timer) => x.at < y.at || (x.at === y.at && x.seq < y.seq);

/** Binary min-heap kept as a plain array so it serialises with the rest of the world. */
export function pushTimer(heap: Timer[], timer: Timer): void {
  heap.push(timer);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent] as Timer;
    if (!before(timer, p)) break;
    heap[i] = p;
    i = parent;
  }
  heap[i] = timer;
}

export function popTimer(heap: Timer[]): Timer | undefined {
  const top = heap[0];
  const last = heap.pop();
  if (top === undefined || last === undefined || heap.length === 0) return top;
  const n = heap.length;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= n) break;
    const right = left + 1;
    let child = left;
    if (right < n && before(heap[right] as Timer, heap[left] as Timer)) child = right;
    const c = heap[child] as Timer;
    if (!before(c, last)) break;
    heap[i] = c;
    i = child;
  }
  heap[i] = last;
  return top;
}

export function peekTimer(heap: readonly Timer[]): Timer | undefined {
  return heap[0];
}

import { isoAt, type SimMillis } from './time';

/** EventBridge stamps events to the second: `2026-01-05T09:00:00Z`. */
const eventTime = (startEpochMs: number, t: number) => isoAt(startEpochMs, t).replace(/\.\d{3}Z$/, 'Z');

/**
 * An event as the engine emits it. It becomes an EventBridge event only when it leaves the engine
 * (see `toEventBridge`), which keeps the hot loop free of string formatting.
 */
export interface SimEvent {
  /** Position in the world's event log; also what the event `id` is derived from. */
  seq: number;
  at: SimMillis;
  source: string;
  detailType: string;
  resources: string[];
  detail: Record<string, unknown>;
}

export type EmittedEvent = Omit<SimEvent, 'seq' | 'at'>;

/** The envelope EventBridge delivers to rules and targets. */
export interface EventBridgeEvent {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: Record<string, unknown>;
}

/** Source of the facts AWS does not publish as events but the simulator must show (docs/events.md). */
export const SIMULATOR_SOURCE = 'cicdlab.simulator';

function mix(x: number): number {
  let z = x >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A UUID-shaped event ID that depends only on the world's seed and the event's position. */
export function eventId(seed: number, seq: number): string {
  const words: string[] = [];
  let h = mix(seed ^ 0x5bd1e995);
  for (let i = 0; i < 4; i++) {
    h = mix(h + seq * 0x9e3779b9 + i * 0x7f4a7c15);
    words.push(h.toString(16).padStart(8, '0'));
  }
  const w = words.join('');
  const variant = ((parseInt(w[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${w.slice(0, 8)}-${w.slice(8, 12)}-4${w.slice(13, 16)}-${variant}${w.slice(17, 20)}-${w.slice(20, 32)}`;
}

export interface WorldIdentity {
  seed: number;
  startEpochMs: number;
  account: { accountId: string; region: string };
}

export function toEventBridge(world: WorldIdentity, e: SimEvent): EventBridgeEvent {
  return {
    version: '0',
    id: eventId(world.seed, e.seq),
    'detail-type': e.detailType,
    source: e.source,
    account: world.account.accountId,
    time: eventTime(world.startEpochMs, e.at),
    region: world.account.region,
    resources: e.resources,
    detail: e.detail,
  };
}

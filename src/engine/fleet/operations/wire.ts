import { AwsError } from '../../core/aws-error';
import type { SimContext } from '../../core/simulation';
import { epochSecondsAt, isoAt } from '../../core/time';

/** Reading list and object fields of a wire request (the scalar readers live in core/input.ts). */
export function optionalList<T = unknown>(input: Record<string, unknown>, field: string): T[] | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new AwsError('SerializationException', `Field ${field} must be a list.`);
  return value as T[];
}

export function optionalStrings(input: Record<string, unknown>, field: string): string[] | undefined {
  const list = optionalList(input, field);
  if (list?.some((v) => typeof v !== 'string'))
    throw new AwsError('SerializationException', `Field ${field} must be a list of strings.`);
  return list as string[] | undefined;
}

export function optionalNumber(input: Record<string, unknown>, field: string): number | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new AwsError('SerializationException', `Field ${field} must be a number.`);
  return value;
}

export function optionalObject(input: Record<string, unknown>, field: string): Record<string, unknown> | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value))
    throw new AwsError('SerializationException', `Field ${field} must be an object.`);
  return value as Record<string, unknown>;
}

/** JSON protocols put timestamps on the wire as epoch seconds. */
export const epoch = (ctx: SimContext, t: number) => epochSecondsAt(ctx.world.startEpochMs, t);
export const iso = (ctx: SimContext, t: number) => isoAt(ctx.world.startEpochMs, t);

export const toTagList = (tags: Record<string, string>) =>
  Object.entries(tags)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([Key, Value]) => ({ Key, Value }));

export function fromTagList(list: unknown[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of list ?? []) {
    const { Key, Value } = (t ?? {}) as { Key?: unknown; Value?: unknown };
    if (typeof Key !== 'string') throw new AwsError('SerializationException', 'A tag needs a Key.');
    Object.defineProperty(out, Key, {
      value: typeof Value === 'string' ? Value : '',
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

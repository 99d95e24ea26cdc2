import { getOwn, setOwn } from '../core/records';
import type { SimMillis } from '../core/time';
import type { World } from '../world';
import type { LogEvent, LogGroup, LogStream } from './state';

/**
 * What other services may do with CloudWatch Logs: write a stream the way an agent would. An event stamped
 * later than the clock is stored at once but stays invisible to readers until virtual time reaches it, so a
 * service may write a whole phase of output when the phase starts and still be read live.
 */
export function ensureLogStream(world: World, groupName: string, streamName: string, at: SimMillis): LogStream {
  const groups = world.account.logs.groups;
  let group = getOwn(groups, groupName);
  if (!group) {
    group = { logGroupName: groupName, creationTime: at, streams: {} };
    setOwn(groups, groupName, group);
  }
  let stream = getOwn(group.streams, streamName);
  if (!stream) {
    stream = { logStreamName: streamName, creationTime: at, timestamps: [], messages: [] };
    setOwn(group.streams, streamName, stream);
  }
  return stream;
}

export function findLogStream(world: World, groupName: string, streamName: string): LogStream | undefined {
  const group: LogGroup | undefined = getOwn(world.account.logs.groups, groupName);
  return group && getOwn(group.streams, streamName);
}

/** Appends events (in timestamp order, none earlier than the stream's last). */
export function appendLogEvents(
  stream: LogStream,
  timestamps: readonly SimMillis[],
  messages: readonly string[],
): void {
  for (let i = 0; i < timestamps.length; i++) {
    stream.timestamps.push(timestamps[i] as SimMillis);
    stream.messages.push(messages[i] as string);
  }
}

/** Drops the events stamped after `t`: output a stopped process never got to write. */
export function truncateLogStream(stream: LogStream, t: SimMillis): void {
  let end = stream.timestamps.length;
  while (end > 0 && (stream.timestamps[end - 1] as number) > t) end--;
  stream.timestamps.length = end;
  stream.messages.length = end;
}

/** The events readers can see now (stamped at or before the clock). */
export function visibleEvents(stream: LogStream, now: SimMillis): LogEvent[] {
  const out: LogEvent[] = [];
  for (let i = 0; i < stream.timestamps.length; i++) {
    const timestamp = stream.timestamps[i] as SimMillis;
    if (timestamp > now) break;
    out.push({ timestamp, message: stream.messages[i] as string });
  }
  return out;
}

import { optionalInteger, optionalString, requiredString } from '../core/input';
import { deleteOwn, getOwn, setOwn } from '../core/records';
import type { Operation, SimContext } from '../core/simulation';
import { simMillis, type SimMillis } from '../core/time';
import { logsErrors as errors } from './errors';
import { visibleEvents } from './public';
import type { LogEvent, LogGroup, LogStream } from './state';

const GROUP_NAME = /^[.\-_/#A-Za-z0-9]{1,512}$/;
const STREAM_NAME = /^[^:*]{1,512}$/;
const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

const epochMs = (ctx: SimContext, t: number) => ctx.world.startEpochMs + t;
const toSim = (ctx: SimContext, epoch: number) => simMillis(epoch - ctx.world.startEpochMs);

function optionalBoolean(input: Record<string, unknown>, field: string): boolean | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw errors.invalidParameter(`Field ${field} must be a boolean.`);
  return value;
}

function optionalStrings(input: Record<string, unknown>, field: string): string[] | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw errors.invalidParameter(`Field ${field} must be a list of strings.`);
  }
  return value as string[];
}

function groupName(input: Record<string, unknown>, field = 'logGroupName'): string {
  const name = requiredString(input, field, () => errors.validation('null', field, 'Member must not be null'));
  if (!GROUP_NAME.test(name)) {
    throw errors.validation(name, field, 'Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+');
  }
  return name;
}

function streamName(input: Record<string, unknown>): string {
  const name = requiredString(input, 'logStreamName', () =>
    errors.validation('null', 'logStreamName', 'Member must not be null'),
  );
  if (!STREAM_NAME.test(name)) {
    throw errors.validation(name, 'logStreamName', 'Member must satisfy regular expression pattern: [^:*]*');
  }
  return name;
}

/** `logGroupName`, or `logGroupIdentifier` (a name or an ARN) where the operation takes one. */
function requireGroup(ctx: SimContext, input: Record<string, unknown>): LogGroup {
  const identifier = optionalString(input, 'logGroupIdentifier');
  const name =
    identifier !== undefined && input.logGroupName === undefined
      ? identifier.replace(/^arn:aws:logs:[^:]*:\d*:log-group:/, '').replace(/:\*$/, '')
      : groupName(input);
  const group = getOwn(ctx.world.account.logs.groups, name);
  if (!group) throw errors.groupNotFound();
  return group;
}

function requireStream(group: LogGroup, name: string): LogStream {
  const stream = getOwn(group.streams, name);
  if (!stream) throw errors.streamNotFound();
  return stream;
}

function limit(input: Record<string, unknown>, max: number, fallback: number): number {
  const value = optionalInteger(input, 'limit');
  if (value === undefined) return fallback;
  if (value < 1 || value > max) {
    throw errors.validation(
      String(value),
      'limit',
      `Member must have value ${value < 1 ? 'greater than or equal to 1' : `less than or equal to ${max}`}`,
    );
  }
  return value;
}

function pageStart(token: string | undefined): number {
  if (token === undefined) return 0;
  const n = Number(token);
  if (!Number.isSafeInteger(n) || n < 0) throw errors.invalidToken();
  return n;
}

const groupArn = (ctx: SimContext, name: string) => ctx.arn('logs', `log-group:${name}`);

export const CreateLogGroup: Operation = (ctx, input) => {
  const name = groupName(input);
  const groups = ctx.world.account.logs.groups;
  if (getOwn(groups, name)) throw errors.groupExists();
  setOwn(groups, name, { logGroupName: name, creationTime: ctx.now, streams: {} });
  return {};
};

export const DeleteLogGroup: Operation = (ctx, input) => {
  const group = requireGroup(ctx, input);
  deleteOwn(ctx.world.account.logs.groups, group.logGroupName);
  return {};
};

export const PutRetentionPolicy: Operation = (ctx, input) => {
  const group = requireGroup(ctx, input);
  const days = optionalInteger(input, 'retentionInDays');
  if (days === undefined || !RETENTION_DAYS.includes(days)) {
    throw errors.validation(
      String(days ?? 'null'),
      'retentionInDays',
      `Member must satisfy enum value set: [${RETENTION_DAYS.join(', ')}]`,
    );
  }
  group.retentionInDays = days;
  return {};
};

function storedBytes(stream: LogStream): number {
  let n = 0;
  for (const m of stream.messages) n += m.length;
  return n;
}

export const DescribeLogGroups: Operation = (ctx, input) => {
  const prefix = optionalString(input, 'logGroupNamePrefix') ?? '';
  const max = limit(input, 50, 50);
  const start = pageStart(optionalString(input, 'nextToken'));
  const groups = Object.values(ctx.world.account.logs.groups)
    .filter((g) => g.logGroupName.startsWith(prefix))
    .sort((a, b) => (a.logGroupName < b.logGroupName ? -1 : a.logGroupName > b.logGroupName ? 1 : 0));
  const page = groups.slice(start, start + max);
  return {
    logGroups: page.map((g) => ({
      logGroupName: g.logGroupName,
      creationTime: epochMs(ctx, g.creationTime),
      ...(g.retentionInDays !== undefined && { retentionInDays: g.retentionInDays }),
      metricFilterCount: 0,
      arn: `${groupArn(ctx, g.logGroupName)}:*`,
      logGroupArn: groupArn(ctx, g.logGroupName),
      storedBytes: Object.values(g.streams).reduce((n, s) => n + storedBytes(s), 0),
      logGroupClass: 'STANDARD',
    })),
    ...(start + max < groups.length && { nextToken: String(start + max) }),
  };
};

export const CreateLogStream: Operation = (ctx, input) => {
  const group = requireGroup(ctx, input);
  const name = streamName(input);
  if (getOwn(group.streams, name)) throw errors.streamExists();
  setOwn(group.streams, name, { logStreamName: name, creationTime: ctx.now, timestamps: [], messages: [] });
  return {};
};

export const DeleteLogStream: Operation = (ctx, input) => {
  const group = requireGroup(ctx, input);
  const stream = requireStream(group, streamName(input));
  deleteOwn(group.streams, stream.logStreamName);
  return {};
};

export const DescribeLogStreams: Operation = (ctx, input) => {
  const group = requireGroup(ctx, input);
  const prefix = optionalString(input, 'logStreamNamePrefix');
  const orderBy = optionalString(input, 'orderBy') ?? 'LogStreamName';
  if (orderBy !== 'LogStreamName' && orderBy !== 'LastEventTime') {
    throw errors.validation(orderBy, 'orderBy', 'Member must satisfy enum value set: [LogStreamName, LastEventTime]');
  }
  if (orderBy === 'LastEventTime' && prefix !== undefined) {
    throw errors.invalidParameter('Cannot order by LastEventTime with a logStreamNamePrefix.');
  }
  const descending = optionalBoolean(input, 'descending') ?? false;
  const max = limit(input, 50, 50);
  const start = pageStart(optionalString(input, 'nextToken'));
  const rows = Object.values(group.streams)
    .filter((s) => prefix === undefined || s.logStreamName.startsWith(prefix))
    .map((s) => ({ stream: s, visible: visibleEvents(s, ctx.now) }));
  const last = (r: (typeof rows)[number]) => (r.visible.at(-1)?.timestamp ?? -1) as number;
  rows.sort((a, b) =>
    orderBy === 'LastEventTime'
      ? last(a) - last(b) || (a.stream.logStreamName < b.stream.logStreamName ? -1 : 1)
      : a.stream.logStreamName < b.stream.logStreamName
        ? -1
        : a.stream.logStreamName > b.stream.logStreamName
          ? 1
          : 0,
  );
  if (descending) rows.reverse();
  const page = rows.slice(start, start + max);
  return {
    logStreams: page.map(({ stream, visible }) => {
      const first = visible[0];
      const latest = visible.at(-1);
      return {
        logStreamName: stream.logStreamName,
        creationTime: epochMs(ctx, stream.creationTime),
        ...(first && { firstEventTimestamp: epochMs(ctx, first.timestamp) }),
        ...(latest && {
          lastEventTimestamp: epochMs(ctx, latest.timestamp),
          lastIngestionTime: epochMs(ctx, latest.timestamp),
        }),
        arn: `${groupArn(ctx, group.logGroupName)}:log-stream:${stream.logStreamName}`,
        storedBytes: 0,
      };
    }),
    ...(start + max < rows.length && { nextToken: String(start + max) }),
  };
};

export const PutLogEvents: Operation = (ctx, input) => {
  const group = requireGroup(ctx, input);
  const stream = requireStream(group, streamName(input));
  const raw = input.logEvents;
  if (!Array.isArray(raw) || raw.length === 0) {
    throw errors.validation('[]', 'logEvents', 'Member must have length greater than or equal to 1');
  }
  if (raw.length > 10_000) {
    throw errors.validation(`${raw.length} events`, 'logEvents', 'Member must have length less than or equal to 10000');
  }
  const events: LogEvent[] = raw.map((e: unknown, i) => {
    const item = (e ?? {}) as Record<string, unknown>;
    if (typeof item.timestamp !== 'number' || typeof item.message !== 'string') {
      throw errors.invalidParameter(`Log event ${i} needs a numeric timestamp and a string message.`);
    }
    return { timestamp: toSim(ctx, item.timestamp), message: item.message };
  });
  for (let i = 1; i < events.length; i++) {
    if ((events[i] as LogEvent).timestamp < (events[i - 1] as LogEvent).timestamp) {
      throw errors.invalidParameter('Log events in a single PutLogEvents request must be in chronological order.');
    }
  }
  // Events arrive in order per request; the stream stays sorted for readers.
  const merged = visibleEvents(stream, Number.MAX_SAFE_INTEGER as SimMillis)
    .concat(events)
    .sort((a, b) => a.timestamp - b.timestamp);
  stream.timestamps = merged.map((e) => e.timestamp);
  stream.messages = merged.map((e) => e.message);
  return { nextSequenceToken: String(stream.timestamps.length).padStart(56, '0') };
};

const FORWARD = /^f\/(\d{20})$/;
const BACKWARD = /^b\/(\d{20})$/;
const token = (kind: 'f' | 'b', i: number) => `${kind}/${String(i).padStart(20, '0')}`;

/**
 * GetLogEvents with CloudWatch's paging: without a token it reads the newest events (or the oldest with
 * `startFromHead`); `nextForwardToken` at the end of the stream is the token that was passed in.
 */
export const GetLogEvents: Operation = (ctx, input) => {
  const group = requireGroup(ctx, input);
  const stream = requireStream(group, streamName(input));
  const startTime = optionalInteger(input, 'startTime');
  const endTime = optionalInteger(input, 'endTime');
  const max = limit(input, 10_000, 10_000);
  const nextToken = optionalString(input, 'nextToken');
  const startFromHead = optionalBoolean(input, 'startFromHead') ?? false;
  const events = visibleEvents(stream, ctx.now).filter((e) => {
    const at = epochMs(ctx, e.timestamp);
    return (startTime === undefined || at >= startTime) && (endTime === undefined || at < endTime);
  });
  let from: number;
  let to: number;
  if (nextToken !== undefined) {
    const f = FORWARD.exec(nextToken);
    const b = BACKWARD.exec(nextToken);
    if (f) {
      from = Math.min(Number(f[1]), events.length);
      to = Math.min(from + max, events.length);
    } else if (b) {
      to = Math.min(Number(b[1]), events.length);
      from = Math.max(0, to - max);
    } else throw errors.invalidToken();
  } else if (startFromHead) {
    from = 0;
    to = Math.min(max, events.length);
  } else {
    to = events.length;
    from = Math.max(0, to - max);
  }
  return {
    events: events.slice(from, to).map((e) => ({
      timestamp: epochMs(ctx, e.timestamp),
      message: e.message,
      ingestionTime: epochMs(ctx, e.timestamp),
    })),
    nextForwardToken: token('f', to),
    nextBackwardToken: token('b', from),
  };
};

/** A CloudWatch filter pattern of terms: all plain terms must appear, `?a ?b` any of them, `-x` none. */
function filterMatcher(pattern: string | undefined): (message: string) => boolean {
  if (pattern === undefined || pattern.trim() === '') return () => true;
  if (pattern.trim().startsWith('{') || pattern.trim().startsWith('[')) {
    throw errors.invalidParameter('Invalid filter pattern: JSON and space-delimited patterns are not simulated.');
  }
  const terms = [...pattern.matchAll(/([?-]?)(?:"([^"]*)"|(\S+))/g)].map((m) => ({
    op: m[1] ?? '',
    text: m[2] ?? m[3] ?? '',
  }));
  const all = terms.filter((t) => t.op === '').map((t) => t.text);
  const any = terms.filter((t) => t.op === '?').map((t) => t.text);
  const none = terms.filter((t) => t.op === '-').map((t) => t.text);
  return (message) =>
    all.every((t) => message.includes(t)) &&
    (any.length === 0 || any.some((t) => message.includes(t))) &&
    !none.some((t) => message.includes(t));
}

export const FilterLogEvents: Operation = (ctx, input) => {
  const group = requireGroup(ctx, input);
  const names = optionalStrings(input, 'logStreamNames');
  const prefix = optionalString(input, 'logStreamNamePrefix');
  if (names !== undefined && prefix !== undefined) {
    throw errors.invalidParameter('You cannot specify both LogStreamNames and LogStreamNamePrefix.');
  }
  const startTime = optionalInteger(input, 'startTime');
  const endTime = optionalInteger(input, 'endTime');
  const max = limit(input, 10_000, 10_000);
  const start = pageStart(optionalString(input, 'nextToken'));
  const matches = filterMatcher(optionalString(input, 'filterPattern'));
  const streams = Object.values(group.streams)
    .filter(
      (s) =>
        (names === undefined || names.includes(s.logStreamName)) &&
        (prefix === undefined || s.logStreamName.startsWith(prefix)),
    )
    .sort((a, b) => (a.logStreamName < b.logStreamName ? -1 : 1));
  const found: { stream: string; event: LogEvent; index: number }[] = [];
  for (const s of streams) {
    visibleEvents(s, ctx.now).forEach((event, index) => {
      const at = epochMs(ctx, event.timestamp);
      if (startTime !== undefined && at < startTime) return;
      if (endTime !== undefined && at > endTime) return;
      if (matches(event.message)) found.push({ stream: s.logStreamName, event, index });
    });
  }
  found.sort(
    (a, b) =>
      a.event.timestamp - b.event.timestamp || (a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : a.index - b.index),
  );
  const page = found.slice(start, start + max);
  return {
    events: page.map(({ stream, event, index }) => ({
      logStreamName: stream,
      timestamp: epochMs(ctx, event.timestamp),
      message: event.message,
      ingestionTime: epochMs(ctx, event.timestamp),
      eventId: `${String(epochMs(ctx, event.timestamp)).padStart(20, '0')}${String(index).padStart(16, '0')}`,
    })),
    searchedLogStreams: streams.map((s) => ({ logStreamName: s.logStreamName, searchedCompletely: true })),
    ...(start + max < found.length && { nextToken: String(start + max) }),
  };
};

import type { SimMillis } from '../core/time';

/** One log event. `timestamp` is virtual time; the wire adds the world's start epoch. */
export interface LogEvent {
  timestamp: SimMillis;
  message: string;
}

/**
 * A stream's events as two parallel arrays (timestamps and messages), in timestamp order: build logs hold
 * millions of lines, and plain arrays keep them compact. Events stamped later than the clock are written but
 * not visible yet.
 */
export interface LogStream {
  logStreamName: string;
  creationTime: SimMillis;
  timestamps: SimMillis[];
  messages: string[];
}

export interface LogGroup {
  logGroupName: string;
  creationTime: SimMillis;
  retentionInDays?: number;
  streams: Record<string, LogStream>;
}

/** CloudWatch Logs: log groups of streams of events. */
export interface LogsState {
  groups: Record<string, LogGroup>;
}

export const emptyLogsState = (): LogsState => ({ groups: {} });

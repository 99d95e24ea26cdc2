import type { SimMillis } from '../core/time';

/** One log event. `timestamp` is virtual time; the wire adds the world's start epoch. */
export interface LogEvent {
  timestamp: SimMillis;
  message: string;
}

export interface LogStream {
  logStreamName: string;
  creationTime: SimMillis;
  /** In timestamp order. Events stamped later than the clock are written but not visible yet. */
  events: LogEvent[];
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

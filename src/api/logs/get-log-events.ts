import { awsCall } from '../aws-call';
import { logs } from './service';

export interface OutputLogEvent {
  timestamp: number;
  message: string;
  ingestionTime?: number;
}

export interface GetLogEventsInput {
  logGroupName: string;
  logStreamName: string;
  /** The forward token of the previous page: only events after it come back. */
  nextToken?: string;
  startFromHead?: boolean;
}

export interface GetLogEventsOutput {
  events: OutputLogEvent[];
  nextForwardToken: string;
  nextBackwardToken: string;
}

/** One page of GetLogEvents; a tail follows `nextForwardToken` (the same token comes back at the end). */
export const getLogEvents = (input: GetLogEventsInput) =>
  awsCall<GetLogEventsOutput>(logs, 'GetLogEvents', { ...input, startFromHead: input.startFromHead ?? true });

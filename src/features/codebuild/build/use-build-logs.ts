import { useEffect, useRef, useState } from 'react';
import { AwsApiError } from '../../../api/aws-call';
import { getLogEvents, type OutputLogEvent } from '../../../api/logs/get-log-events';

const POLL_MS = 500;

/**
 * A build's log, tailed with GetLogEvents and the forward token: while the build runs it asks again every
 * ~500 ms (and at once when the build changes, i.e. when its events arrive); once complete it reads the
 * rest and stops. A stream that does not exist yet (before PROVISIONING) counts as empty. Mount it afresh (a
 * `key`) for another stream.
 */
export function useBuildLogs(
  group: string | undefined,
  stream: string | undefined,
  complete: boolean,
  version: unknown,
) {
  const [events, setEvents] = useState<OutputLogEvent[]>([]);
  const [error, setError] = useState<unknown>();
  const completeRef = useRef(complete);
  const kick = useRef<() => void>(() => undefined);

  useEffect(() => {
    completeRef.current = complete;
    kick.current();
  }, [complete, version]);

  useEffect(() => {
    if (!group || !stream) return;
    let token: string | undefined;
    let cancelled = false;
    let running = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let finalRead = false;

    const poll = async () => {
      if (running || cancelled) return;
      running = true;
      clearTimeout(timer);
      const wasComplete = completeRef.current;
      try {
        for (;;) {
          const page = await getLogEvents({
            logGroupName: group,
            logStreamName: stream,
            ...(token && { nextToken: token }),
          });
          if (cancelled) return;
          const fresh = page.events;
          if (fresh.length > 0) setEvents((prev) => prev.concat(fresh));
          const moved = page.nextForwardToken !== token;
          token = page.nextForwardToken;
          if (!moved || fresh.length === 0) break;
        }
        setError(undefined);
      } catch (e) {
        if (cancelled) return;
        if (!(e instanceof AwsApiError && e.type === 'ResourceNotFoundException')) setError(e);
      } finally {
        running = false;
      }
      if (cancelled) return;
      if (wasComplete) finalRead = true;
      if (!finalRead) timer = setTimeout(() => void poll(), POLL_MS);
    };
    kick.current = () => {
      if (!finalRead) void poll();
    };
    void poll();
    return () => {
      cancelled = true;
      clearTimeout(timer);
      kick.current = () => undefined;
    };
  }, [group, stream]);

  return { events, error };
}

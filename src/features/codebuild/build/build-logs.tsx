import { useEffect, useId, useRef, useState } from 'react';
import type { Build } from '../../../api/codebuild/types';
import { errorText } from '../../../components/error-text';
import { LogLine } from './log-line';
import { useBuildLogs } from './use-build-logs';

/** The build's CloudWatch log, live while it runs; the view follows the tail unless the reader scrolls up. */
export function BuildLogs({ build }: { build: Build }) {
  const { events, error } = useBuildLogs(
    build.logs?.groupName,
    build.logs?.streamName,
    build.buildComplete,
    `${build.currentPhase}:${build.buildStatus}`,
  );
  const [follow, setFollow] = useState(true);
  const box = useRef<HTMLDivElement>(null);
  const followId = useId();

  useEffect(() => {
    const el = box.current;
    if (follow && el) el.scrollTop = el.scrollHeight;
  }, [events, follow]);

  const onScroll = () => {
    const el = box.current;
    if (!el) return;
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
    if (atBottom !== follow) setFollow(atBottom);
  };

  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-3 text-sm text-zinc-600 dark:text-zinc-400">
        <p>
          {build.logs?.groupName ?? '–'} · {build.logs?.streamName ?? '–'} · {events.length} line
          {events.length === 1 ? '' : 's'}
          {!build.buildComplete && ' · streaming'}
        </p>
        <label htmlFor={followId} className="flex items-center gap-2">
          <input id={followId} type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} />
          Follow the tail
        </label>
      </div>
      {error !== undefined && (
        <p role="alert" className="mb-2 font-mono text-xs text-red-700 dark:text-red-300">
          {errorText(error)}
        </p>
      )}
      <div
        ref={box}
        onScroll={onScroll}
        role="log"
        aria-label="Build logs"
        aria-live="off"
        tabIndex={0}
        className="h-[28rem] overflow-auto rounded-lg border border-zinc-800 bg-zinc-950 py-2 font-mono text-xs leading-5 text-zinc-200"
      >
        {events.length === 0 && (
          <p className="px-3 text-zinc-500">
            {build.buildComplete
              ? 'This build wrote no log lines.'
              : 'Waiting for the build container to write its log…'}
          </p>
        )}
        {events.map((e, i) => (
          <LogLine key={i} timestamp={e.timestamp} message={e.message} />
        ))}
      </div>
    </div>
  );
}

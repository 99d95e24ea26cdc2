import type { Build, BuildStatus } from '../../../api/codebuild/types';

export interface PhaseRow {
  phase: string;
  status: BuildStatus | 'NOT_STARTED';
  /** Epoch milliseconds. */
  startMs: number;
  endMs?: number;
  /** Whole seconds; for the phase in progress, how long it has run so far. */
  durationSeconds?: number;
  /** `STATUS_CODE: message` per context that says something (COMMAND_EXECUTION_ERROR, YAML_FILE_ERROR...). */
  contexts: string[];
}

/**
 * The Phase details table: every phase the build reached, in order, with its status, duration and context
 * messages. The phase in progress has no status in the API; it reads IN_PROGRESS with its running time.
 * COMPLETED is the end marker, not a phase with a status, so it is left out.
 */
export function phaseRows(build: Build, nowEpochMs?: number): PhaseRow[] {
  return build.phases
    .filter((p) => p.phaseType !== 'COMPLETED')
    .map((p) => {
      const startMs = p.startTime * 1000;
      const running = p.phaseStatus === undefined && p.endTime === undefined;
      const endMs = p.endTime !== undefined ? p.endTime * 1000 : undefined;
      const durationSeconds =
        p.durationInSeconds ??
        (running && nowEpochMs !== undefined ? Math.max(0, Math.floor((nowEpochMs - startMs) / 1000)) : undefined);
      return {
        phase: p.phaseType,
        status: p.phaseStatus ?? (running && !build.buildComplete ? 'IN_PROGRESS' : 'NOT_STARTED'),
        startMs,
        ...(endMs !== undefined && { endMs }),
        ...(durationSeconds !== undefined && { durationSeconds }),
        contexts: (p.contexts ?? [])
          .filter((c) => c.statusCode || c.message)
          .map((c) => [c.statusCode, c.message].filter(Boolean).join(': ')),
      };
    });
}

/** Whole seconds as the console shows durations: `45 secs`, `2 mins 5 secs`, `1 hr 3 mins`. */
export function formatSeconds(total: number): string {
  const s = Math.max(0, Math.round(total));
  if (s < 60) return `${s} sec${s === 1 ? '' : 's'}`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min${m === 1 ? '' : 's'}${s % 60 ? ` ${s % 60} sec${s % 60 === 1 ? '' : 's'}` : ''}`;
  const h = Math.floor(m / 60);
  return `${h} hr${h === 1 ? '' : 's'}${m % 60 ? ` ${m % 60} min${m % 60 === 1 ? '' : 's'}` : ''}`;
}

/** How long a build ran (or has run so far), in seconds. */
export function buildDurationSeconds(build: Build, nowEpochMs?: number): number | undefined {
  if (build.endTime !== undefined) return build.endTime - build.startTime;
  if (nowEpochMs === undefined) return undefined;
  return Math.max(0, Math.floor(nowEpochMs / 1000 - build.startTime));
}

import { DAY, HOUR, MINUTE, type SimMillis } from '../core/time';
import { cutStack, hash32, isLoggingFrame } from './call-tree';
import { BUCKET_MS } from './agent';
import type { HeapClass, ProfilingGroup } from './state';

/**
 * What CodeGuru Profiler makes of the reports: aggregated profiles per period, the recommendation reports
 * (patterns matched against the aggregated call tree) and anomalies (a frame whose share jumped). Pure reads.
 */

export const PERIODS = { PT5M: 5 * MINUTE, PT1H: HOUR, P1D: DAY } as const;
export type AggregationPeriod = keyof typeof PERIODS;

/** The window [start, end) in epoch milliseconds. */
export interface Window {
  start: number;
  end: number;
}

export interface Aggregate {
  stacks: Record<string, number>;
  samples: number;
  heap: HeapClass[];
  revisionKeys: string[];
  /** First and last 5-minute windows that had data. */
  dataStart?: number;
  dataEnd?: number;
}

/** Buckets the aggregation has made visible by virtual time `now`. */
export const visibleBuckets = (group: ProfilingGroup, now: SimMillis) =>
  group.buckets.filter((b) => b.visibleAt <= now);

export function aggregate(group: ProfilingGroup, now: SimMillis, window: Window, maxDepth?: number): Aggregate {
  const out: Aggregate = { stacks: {}, samples: 0, heap: [], revisionKeys: [] };
  for (const b of visibleBuckets(group, now)) {
    if (b.start < window.start || b.start >= window.end) continue;
    for (const [key, n] of Object.entries(b.stacks)) {
      const cut = maxDepth === undefined ? key : cutStack(key.split(';'), maxDepth).join(';');
      out.stacks[cut] = (out.stacks[cut] ?? 0) + n;
    }
    out.samples += b.samples;
    out.heap = b.heap;
    for (const r of b.revisionKeys) if (!out.revisionKeys.includes(r)) out.revisionKeys.push(r);
    out.dataStart ??= b.start;
    out.dataEnd = b.start + BUCKET_MS;
  }
  return out;
}

/** The start of the aggregation period that contains `epochMs`. */
export const periodStart = (epochMs: number, period: AggregationPeriod) => epochMs - (epochMs % PERIODS[period]);

/** Starts of the aggregated profiles of `period` that have visible data in the window, oldest first. */
export function profileTimes(
  group: ProfilingGroup,
  now: SimMillis,
  period: AggregationPeriod,
  window: Window,
): number[] {
  const starts = new Set<number>();
  for (const b of visibleBuckets(group, now)) {
    if (b.start >= window.start && b.start < window.end) starts.add(periodStart(b.start, period));
  }
  return [...starts].sort((a, b) => a - b);
}

interface CallNode {
  counts?: { WALL_TIME: number };
  children?: Record<string, CallNode>;
}

/**
 * The aggregated profile in the agent's JSON format: `start`/`end` (epoch ms), `agentMetadata` with the sample
 * weight, and `callgraph`, a tree of frames whose `counts.WALL_TIME` are self samples. The simulator adds
 * `heapSummary` (by class) and `revisions` (what ran).
 */
export function profileDocument(window: Window, agg: Aggregate) {
  const root: CallNode = {};
  for (const [key, n] of Object.entries(agg.stacks)) {
    let node = root;
    for (const frame of key.split(';')) {
      node.children ??= {};
      node = node.children[frame] ??= {};
    }
    node.counts = { WALL_TIME: (node.counts?.WALL_TIME ?? 0) + n };
  }
  return {
    start: window.start,
    end: window.end,
    agentMetadata: {
      sampleWeights: { WALL_TIME: agg.samples === 0 ? 0 : 1 },
      durationInMs: window.end - window.start,
      totalSampleCount: agg.samples,
    },
    callgraph: root,
    heapSummary: agg.heap,
    revisions: agg.revisionKeys,
  };
}

/** Share of samples (0..1) with `frame` anywhere on the stack. */
function totalShares(stacks: Record<string, number>, samples: number): Map<string, number> {
  const shares = new Map<string, number>();
  if (samples === 0) return shares;
  for (const [key, n] of Object.entries(stacks)) {
    for (const frame of new Set(key.split(';'))) shares.set(frame, (shares.get(frame) ?? 0) + n / samples);
  }
  return shares;
}

/** The documented patterns; each recommendation names the one it matched. */
export const LOGGING_PATTERN = {
  id: 'cpu-spent-in-logging',
  name: 'CPU spent in logging',
  description:
    'Your application spends a large share of its CPU time in logging: formatting messages and writing them out. Logging inside a loop or at DEBUG level in production multiplies the cost.',
  resolutionSteps:
    'Move logging out of loops (log a summary once), raise the log level to INFO or WARN in production, and guard expensive messages with a level check (logger.isDebugEnabled()).',
  thresholdPercent: 10,
  countersToAggregate: ['WALL_TIME'],
};

const LOGGING_TARGETS = [['console.log'], ['logging.Logger.debug'], ['org.slf4j.Logger.debug']];

/** The "CPU spent in logging" recommendation when logging frames take at least the pattern's threshold. */
export function recommendations(agg: Aggregate, window: Window) {
  if (agg.samples === 0) return [];
  const byCaller = new Map<string, number>();
  let logging = 0;
  for (const [key, n] of Object.entries(agg.stacks)) {
    const frames = key.split(';');
    const at = frames.findIndex(isLoggingFrame);
    if (at < 0) continue;
    logging += n;
    const caller = frames[at - 1] ?? (frames[at] as string);
    byCaller.set(caller, (byCaller.get(caller) ?? 0) + n);
  }
  const share = logging / agg.samples;
  if (share * 100 < LOGGING_PATTERN.thresholdPercent) return [];
  const matches = [...byCaller.entries()].sort((a, b) => b[1] - a[1]);
  return [
    {
      allMatchesCount: matches.length,
      allMatchesSum: round4(share),
      pattern: { ...LOGGING_PATTERN, targetFrames: LOGGING_TARGETS },
      topMatches: matches.slice(0, 5).map(([frameAddress, n]) => ({
        targetFramesIndex: 0,
        frameAddress,
        thresholdBreachValue: round4(n / agg.samples),
      })),
      startTime: window.start,
      endTime: window.end,
    },
  ];
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** How much a frame's share must grow over the previous window of the same length to be an anomaly. */
export const ANOMALY_RISE = 0.1;

/**
 * Frames whose share of samples rose by at least 10 points (and at least doubled) against the window just before:
 * what a new deployment that got slower shows.
 */
export function anomalies(group: ProfilingGroup, now: SimMillis, window: Window, current: Aggregate) {
  const length = window.end - window.start;
  const before = aggregate(group, now, { start: window.start - length, end: window.start });
  if (before.samples === 0 || current.samples === 0) return [];
  const then = totalShares(before.stacks, before.samples);
  const out = [];
  for (const [frame, share] of totalShares(current.stacks, current.samples)) {
    const was = then.get(frame) ?? 0;
    if (share - was < ANOMALY_RISE || share < 2 * was) continue;
    out.push({
      metric: { frameName: frame, type: 'AggregatedRelativeTotalTime', threadStates: ['RUNNABLE'] },
      reason: `${frame} went from ${(was * 100).toFixed(1)}% to ${(share * 100).toFixed(1)}% of the samples.`,
      instances: [
        {
          id: `${hash32(`${group.name}|${frame}|${window.start}`).toString(16).padStart(8, '0')}`,
          startTime: current.dataStart ?? window.start,
          endTime: current.dataEnd ?? window.end,
        },
      ],
    });
  }
  return out.sort((a, b) => a.metric.frameName.localeCompare(b.metric.frameName));
}

/** Findings reports: one per hour (and per day) with visible data that has ended, newest first. */
export function findingsReports(
  group: ProfilingGroup,
  now: SimMillis,
  epochNow: number,
  window: Window,
  dailyReportsOnly: boolean,
) {
  const periods: AggregationPeriod[] = dailyReportsOnly ? ['P1D'] : ['PT1H', 'P1D'];
  const out = [];
  for (const p of periods) {
    for (const start of profileTimes(group, now, p, window)) {
      const end = start + PERIODS[p];
      if (end > epochNow) continue;
      const w = { start, end };
      const agg = aggregate(group, now, w);
      out.push({
        id: `${group.name}-${p}-${start}`.replace(/[^\w-]/g, '-'),
        profilingGroupName: group.name,
        profileStartTime: start,
        profileEndTime: end,
        totalNumberOfFindings: recommendations(agg, w).length + anomalies(group, now, w, agg).length,
      });
    }
  }
  return out.sort((a, b) => b.profileStartTime - a.profileStartTime || a.profileEndTime - b.profileEndTime);
}

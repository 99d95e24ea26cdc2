import type { ActionExecutionDetailWire } from '../../../api/codepipeline/list-action-executions';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { epochMs } from '../shared/format';

export interface TimelineBar {
  /** The action execution (each retry of a stage runs its actions again, as new action executions). */
  id: string;
  status: string;
  /** Epoch milliseconds. */
  start: number;
  /** Epoch milliseconds; a bar still running ends at `now`. */
  end: number;
  running: boolean;
}

export interface TimelineRow {
  key: string;
  kind: 'stage' | 'action';
  stageName: string;
  actionName?: string;
  bars: TimelineBar[];
}

export interface ExecutionTimeline {
  rows: TimelineRow[];
  start: number;
  end: number;
}

const barOf = (d: ActionExecutionDetailWire, nowMs: number): TimelineBar | undefined => {
  const start = epochMs(d.startTime);
  if (start === undefined) return undefined;
  const running = d.status === 'InProgress';
  const end = running ? nowMs : (epochMs(d.lastUpdateTime) ?? start);
  return {
    id: d.actionExecutionId ?? `${d.stageName}/${d.actionName}/${start}`,
    status: d.status ?? 'Unknown',
    start,
    end: Math.max(start, end),
    running,
  };
};

/** A stage's own status over its actions' bars: running while one runs, else failed if one failed, else succeeded. */
function stageStatus(bars: readonly TimelineBar[]): string {
  if (bars.some((b) => b.running)) return 'InProgress';
  if (bars.some((b) => b.status === 'Failed')) return 'Failed';
  if (bars.some((b) => b.status === 'Abandoned')) return 'Stopped';
  return 'Succeeded';
}

/**
 * The execution on one time axis: a row per stage (from its first action's start to its last action's end)
 * followed by a row per action, in the order of the declaration the execution ran; each retry adds a bar.
 */
export function toExecutionTimeline(
  declaration: PipelineDeclaration,
  details: readonly ActionExecutionDetailWire[],
  nowMs: number,
): ExecutionTimeline {
  const rows: TimelineRow[] = [];
  for (const stage of declaration.stages) {
    const actionRows: TimelineRow[] = [];
    for (const action of stage.actions) {
      const bars = details
        .filter((d) => d.stageName === stage.name && d.actionName === action.name)
        .flatMap((d) => barOf(d, nowMs) ?? [])
        .sort((a, b) => a.start - b.start);
      if (bars.length > 0)
        actionRows.push({
          key: `${stage.name}/${action.name}`,
          kind: 'action',
          stageName: stage.name,
          actionName: action.name,
          bars,
        });
    }
    const all = actionRows.flatMap((r) => r.bars);
    if (all.length === 0) continue;
    const start = Math.min(...all.map((b) => b.start));
    const end = Math.max(...all.map((b) => b.end));
    rows.push(
      {
        key: stage.name,
        kind: 'stage',
        stageName: stage.name,
        bars: [{ id: stage.name, status: stageStatus(all), start, end, running: all.some((b) => b.running) }],
      },
      ...actionRows,
    );
  }
  const bars = rows.flatMap((r) => r.bars);
  const start = bars.length > 0 ? Math.min(...bars.map((b) => b.start)) : nowMs;
  const end = bars.length > 0 ? Math.max(...bars.map((b) => b.end)) : nowMs;
  return { rows, start, end: Math.max(end, start + 1000) };
}

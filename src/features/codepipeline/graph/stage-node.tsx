import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { STAGE_NAME_LINE } from '../designer/layout';
import { ProblemBadge } from './problem-badge';
import { StatusLabel } from './status-label';
import { STATUS_STYLES } from './status-style';
import { HANDLE_SIZE, TRANSITION_IN, TRANSITION_OUT, TRANSITION_Y, type StageFlowNode } from './to-flow-graph';

const hiddenHandle = '!pointer-events-none !min-h-0 !min-w-0 !border-0 !bg-transparent';

/** A stage: the column its actions sit in, with its name, live status and the executions waiting to enter. */
export const StageNode = memo(function StageNode({ data, selected, width, height }: NodeProps<StageFlowNode>) {
  const { stage, header, live, problems, editable } = data;
  const actions = Array.isArray(stage.actions) ? stage.actions.length : 0;
  const status = live?.status;
  const border = problems?.length
    ? 'border-red-400 dark:border-red-500'
    : status
      ? STATUS_STYLES[status].border
      : 'border-zinc-300 dark:border-zinc-700';
  const waiting = live?.inboundExecutionIds.length ?? 0;
  return (
    <div
      style={{ width, height }}
      aria-label={`Stage ${stage.name}`}
      data-stage-index={data.stageIndex}
      className={`relative rounded-xl border-2 bg-zinc-50/50 dark:bg-zinc-900/40 ${border} ${
        editable ? 'border-dashed' : ''
      } ${selected ? 'ring-2 ring-accent ring-offset-2 dark:ring-accent-night dark:ring-offset-zinc-950' : ''}`}
    >
      <Handle
        type="target"
        id={TRANSITION_IN}
        position={Position.Left}
        isConnectable={false}
        className={hiddenHandle}
        style={{ top: TRANSITION_Y, width: HANDLE_SIZE, height: HANDLE_SIZE }}
      />
      <div style={{ height: header }} className="flex min-w-0 flex-col px-3.5 pt-2.5">
        {/* Stage names have no spaces: break anywhere so the whole name shows, as layout.ts sized the header. */}
        <span
          style={{ lineHeight: `${STAGE_NAME_LINE}px` }}
          className="text-sm font-bold break-all text-zinc-900 dark:text-zinc-50"
          title={stage.name}
        >
          {stage.name || '(no name)'}
        </span>
        <div className="mt-auto flex min-w-0 items-center gap-2 pb-1.5">
          {status && <StatusLabel status={status} />}
          <span className="ml-auto shrink-0 text-xs text-zinc-500 dark:text-zinc-400">
            {waiting > 0 ? `${waiting} waiting` : `${actions} ${actions === 1 ? 'action' : 'actions'}`}
          </span>
        </div>
      </div>
      {actions === 0 && (
        <p className="px-3.5 text-xs text-zinc-500 dark:text-zinc-400">
          {editable ? 'Drop an action here from the palette.' : 'No actions.'}
        </p>
      )}
      {problems && problems.length > 0 && <ProblemBadge problems={problems} />}
      <Handle
        type="source"
        id={TRANSITION_OUT}
        position={Position.Right}
        isConnectable={false}
        className={hiddenHandle}
        style={{ top: TRANSITION_Y, width: HANDLE_SIZE, height: HANDLE_SIZE }}
      />
    </div>
  );
});

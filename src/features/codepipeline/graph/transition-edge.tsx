import { BaseEdge, EdgeLabelRenderer, getStraightPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useGraphCallbacks } from './graph-context';
import type { TransitionEdge as TransitionEdgeType } from './to-flow-graph';

/**
 * The transition into a stage. Enabled it is a plain arrow; disabled (DisableStageTransition) it is dashed red
 * with a lock and the reason, as executions stop in front of it.
 */
export const TransitionEdge = memo(function TransitionEdge(props: EdgeProps<TransitionEdgeType>) {
  const { id, sourceX, sourceY, targetX, targetY, data, markerEnd } = props;
  const { onTransitionClick } = useGraphCallbacks();
  const [path, labelX, labelY] = getStraightPath({ sourceX, sourceY, targetX, targetY });
  const disabled = data?.disabledReason !== undefined;
  const toStage = data?.toStage ?? '';
  const title = disabled
    ? `Transition into ${toStage} is disabled: ${data?.disabledReason || 'no reason given'}`
    : `Transition into ${toStage} is enabled`;
  const symbol = disabled ? '🔒' : '→';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={disabled ? '!stroke-red-600 dark:!stroke-red-400' : '!stroke-zinc-500 dark:!stroke-zinc-400'}
        style={{ strokeWidth: 2, strokeDasharray: disabled ? '6 4' : undefined }}
      />
      <EdgeLabelRenderer>
        <div
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          className="nodrag nopan pointer-events-auto absolute"
        >
          {onTransitionClick ? (
            <button
              type="button"
              title={title}
              aria-label={disabled ? `Enable transition into ${toStage}` : `Disable transition into ${toStage}`}
              onClick={() => onTransitionClick(toStage, data?.disabledReason)}
              className={`flex h-6 min-w-6 items-center justify-center rounded-full border bg-white px-1 text-xs dark:bg-zinc-900 ${
                disabled
                  ? 'border-red-500 text-red-700 dark:text-red-300'
                  : 'border-zinc-400 text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800'
              }`}
            >
              {symbol}
            </button>
          ) : (
            disabled && (
              <span title={title} role="img" aria-label={title} className="text-xs">
                {symbol}
              </span>
            )
          )}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});

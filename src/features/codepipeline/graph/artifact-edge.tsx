import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ArtifactEdge as ArtifactEdgeType } from './to-flow-graph';

/**
 * An artifact handed from the action that outputs it to one that takes it as input. The producing action already
 * names its outputs, so the name shows on the line only when the edge is selected.
 */
export const ArtifactEdge = memo(function ArtifactEdge(props: EdgeProps<ArtifactEdgeType>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={selected ? '!stroke-accent dark:!stroke-accent-night' : '!stroke-zinc-400 dark:!stroke-zinc-500'}
        style={{ strokeWidth: selected ? 2.5 : 1.5 }}
      />
      {selected && (
        <EdgeLabelRenderer>
          <div
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            className="nodrag nopan pointer-events-auto absolute rounded bg-white px-1 font-mono text-[10px] text-accent ring-1 ring-accent dark:bg-zinc-900 dark:text-accent-night dark:ring-accent-night"
          >
            {data?.artifact}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ArtifactEdge as ArtifactEdgeType } from './to-flow-graph';

/** An artifact handed from the action that outputs it to one that takes it as input, named on the line. */
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
      <EdgeLabelRenderer>
        <div
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          className={`nodrag nopan pointer-events-auto absolute rounded bg-white px-1 font-mono text-[10px] ring-1 dark:bg-zinc-900 ${
            selected
              ? 'text-accent ring-accent dark:text-accent-night dark:ring-accent-night'
              : 'text-zinc-600 ring-zinc-300 dark:text-zinc-400 dark:ring-zinc-700'
          }`}
        >
          {data?.artifact}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});

import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { OUTCOME_LABEL, type NodeState } from './explorer-model';
import { NODE_HEIGHT, NODE_WIDTH } from './to-domain-graph';

export type DomainNodeData = {
  kind: 'repository' | 'connection';
  name: string;
  detail?: string;
  /** Where the explorer's search is on this node. */
  state?: NodeState;
  /** The last Fetch left the version in this repository. */
  retained?: boolean;
  chosen?: boolean;
};
export type DomainFlowNode = Node<DomainNodeData, 'domain'>;

const hiddenHandle = '!pointer-events-none !min-h-0 !min-w-0 !border-0 !bg-transparent';

const STATE_STYLE: Record<NodeState, string> = {
  current: 'border-sky-500 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/60',
  'not-found': 'border-zinc-400 bg-zinc-100 dark:border-zinc-500 dark:bg-zinc-800',
  'not-searched': 'border-dashed border-zinc-300 bg-white text-zinc-500 dark:border-zinc-600 dark:bg-zinc-900',
  found: 'border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/60',
  'fetched-from-external-connection': 'border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/60',
  'blocked-by-origin-controls': 'border-red-600 bg-red-50 dark:border-red-400 dark:bg-red-950/60',
};

const stateLabel = (state: NodeState) => (state === 'current' ? 'Searching…' : OUTCOME_LABEL[state]);

/** A repository or a public registry in the domain graph, coloured by where the explorer's search is. */
export const DomainNode = memo(function DomainNode({ data }: NodeProps<DomainFlowNode>) {
  const { kind, name, detail, state, retained, chosen } = data;
  const shape = kind === 'connection' ? 'rounded-full' : 'rounded-lg';
  const idle =
    kind === 'connection'
      ? 'border-zinc-400 bg-white dark:border-zinc-500 dark:bg-zinc-900'
      : 'border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-900';
  return (
    <div
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT }}
      aria-label={`${kind === 'connection' ? 'External connection' : 'Repository'} ${name}${state ? `: ${stateLabel(state)}` : ''}${retained ? ', retained here' : ''}`}
      data-state={state}
      className={`relative flex flex-col justify-center border-2 px-3 text-left transition-colors ${shape} ${state ? STATE_STYLE[state] : idle} ${
        chosen ? 'ring-2 ring-accent ring-offset-2 dark:ring-accent-night dark:ring-offset-zinc-950' : ''
      }`}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} className={hiddenHandle} />
      <span className="truncate text-sm font-bold text-zinc-900 dark:text-zinc-50" title={name}>
        {name}
      </span>
      <span className="truncate text-xs text-zinc-600 dark:text-zinc-400">
        {state
          ? stateLabel(state)
          : kind === 'connection'
            ? `External connection · ${detail ?? ''}`
            : detail || 'Repository'}
      </span>
      {retained && (
        <span className="absolute -top-2.5 right-2 rounded-full bg-emerald-700 px-2 py-0.5 text-[11px] font-semibold text-white dark:bg-emerald-400 dark:text-zinc-950">
          retained
        </span>
      )}
      <Handle type="source" position={Position.Right} isConnectable={false} className={hiddenHandle} />
    </div>
  );
});

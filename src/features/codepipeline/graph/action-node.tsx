import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ProviderIcon } from '../designer/provider-icons';
import { ProblemBadge } from './problem-badge';
import { StatusLabel } from './status-label';
import { STATUS_STYLES } from './status-style';
import {
  HANDLE_SIZE,
  INPUT_HANDLE,
  outputHandleId,
  outputHandleY,
  outputNames,
  type ActionFlowNode,
} from './to-flow-graph';

const handleClass =
  '!h-2.5 !w-2.5 !border-2 !border-white !bg-zinc-500 dark:!border-zinc-900 dark:!bg-zinc-400 [&.connectingto]:!bg-sky-500';

/** One action: provider icon, name, type, runOrder, and the live status or the problems found in it. */
export const ActionNode = memo(function ActionNode({ data, selected }: NodeProps<ActionFlowNode>) {
  const { action, box, live, problems, editable } = data;
  const type = action.actionTypeId ?? { category: '', provider: '' };
  const outputs = outputNames(action);
  const status = live?.status;
  const border = problems?.length
    ? 'border-red-500 dark:border-red-400'
    : status
      ? STATUS_STYLES[status].border
      : 'border-zinc-300 dark:border-zinc-600';
  return (
    <div
      style={{ width: box.width, height: box.height }}
      aria-label={`Action ${action.name}`}
      className={`relative flex flex-col justify-between rounded-lg border-2 bg-white px-2.5 py-1.5 text-left shadow-sm dark:bg-zinc-900 ${border} ${
        selected ? 'ring-2 ring-accent ring-offset-1 dark:ring-accent-night dark:ring-offset-zinc-900' : ''
      }`}
    >
      <Handle
        type="target"
        id={INPUT_HANDLE}
        position={Position.Left}
        isConnectable={editable}
        className={handleClass}
        style={{ width: HANDLE_SIZE, height: HANDLE_SIZE }}
        title="Input artifacts"
      />
      <div className="flex min-w-0 items-center gap-2">
        <ProviderIcon provider={type.provider} category={type.category} />
        <span className="truncate font-semibold text-zinc-900 dark:text-zinc-50" title={action.name}>
          {action.name}
        </span>
      </div>
      <div className="flex min-w-0 items-center justify-between gap-2 text-xs text-zinc-600 dark:text-zinc-400">
        <span className="truncate">
          {type.provider || 'No provider'} · {type.category || 'No category'}
        </span>
        {box.parallel > 1 && (
          <span
            className="shrink-0"
            title={`Runs in parallel with ${box.parallel - 1} more at runOrder ${box.runOrder}`}
          >
            ∥ {box.runOrder}
          </span>
        )}
      </div>
      <div className="flex min-w-0 items-center gap-1.5 text-xs">
        {status && <StatusLabel status={status} />}
        {live?.href ? (
          <a href={live.href} className="nodrag truncate text-accent hover:underline dark:text-accent-night">
            {live.summary ?? 'Details'}
          </a>
        ) : (
          live?.summary && <span className="truncate text-zinc-600 dark:text-zinc-400">{live.summary}</span>
        )}
        {!live && (
          <span className="truncate text-zinc-500 dark:text-zinc-500">
            {outputs.length ? `→ ${outputs.join(', ')}` : ''}
          </span>
        )}
      </div>
      {problems && problems.length > 0 && <ProblemBadge problems={problems} />}
      {outputs.map((name, index) => (
        <Handle
          key={name}
          type="source"
          id={outputHandleId(name)}
          position={Position.Right}
          isConnectable={editable}
          className={handleClass}
          style={{ top: outputHandleY(box.height, index, outputs.length), width: HANDLE_SIZE, height: HANDLE_SIZE }}
          title={`Output artifact ${name}${editable ? ': drag to an action to make it an input' : ''}`}
        />
      ))}
    </div>
  );
});

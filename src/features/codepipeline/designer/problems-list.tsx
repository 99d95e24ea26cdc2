import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { parseNodeId } from '../graph/node-ids';
import type { Problem } from './problems';

/** Where a problem is, in the user's words: "Stage Build › action Unit", or the pipeline settings. */
function placeOf(declaration: PipelineDeclaration, nodeId: string | undefined): string {
  const ref = parseNodeId(nodeId);
  const stage = ref && declaration.stages[ref.stageIndex];
  if (!ref || !stage) return 'Pipeline settings';
  if (ref.kind === 'stage') return `Stage ${stage.name}`;
  return `Stage ${stage.name} › action ${stage.actions[ref.actionIndex]?.name ?? ''}`;
}

/**
 * Every finding with the error CreatePipeline / UpdatePipeline would return, a plain explanation and where it is;
 * clicking one selects its stage or action (or the pipeline settings).
 */
export function ProblemsList({
  declaration,
  problems,
  onSelect,
}: {
  declaration: PipelineDeclaration;
  problems: readonly Problem[];
  onSelect: (nodeId: string | undefined) => void;
}) {
  if (problems.length === 0) {
    return (
      <p className="p-4 text-sm text-emerald-800 dark:text-emerald-300">
        No problems: CodePipeline would accept this pipeline.
      </p>
    );
  }
  return (
    <ul aria-label="Problems" className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {problems.map((problem, index) => (
        <li key={index}>
          <button
            type="button"
            onClick={() => onSelect(problem.nodeId)}
            className="block w-full px-4 py-2.5 text-left hover:bg-zinc-50 dark:hover:bg-zinc-800/60"
          >
            <span className="flex flex-wrap items-baseline gap-x-2">
              <span
                className={`font-mono text-xs font-bold ${
                  problem.severity === 'error' ? 'text-red-800 dark:text-red-300' : 'text-amber-800 dark:text-amber-300'
                }`}
              >
                {problem.exception ?? (problem.severity === 'error' ? 'Error' : 'Warning')}
              </span>
              <span className="text-xs text-zinc-500 dark:text-zinc-400">{placeOf(declaration, problem.nodeId)}</span>
            </span>
            <span className="mt-0.5 block">{problem.message}</span>
            {problem.explanation && (
              <span className="mt-0.5 block text-xs text-zinc-600 dark:text-zinc-400">{problem.explanation}</span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}

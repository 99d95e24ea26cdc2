import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { buttonClass } from '../../../components/button-styles';
import { parseNodeId } from '../graph/node-ids';
import { ActionForm } from './action-form';
import { removeInputArtifact, type Edit } from './edits';
import { PipelineSettingsForm } from './pipeline-settings-form';
import type { Problem } from './problems';
import { StageForm } from './stage-form';

const ARTIFACT_EDGE = /^artifact-(\d+)-(\d+)-(\d+)$/;

interface PropertyPanelProps {
  declaration: PipelineDeclaration;
  selectedId: string | undefined;
  problems: readonly Problem[];
  nameLocked: boolean;
  onEdit: (edit: Edit | undefined, coalesce?: string) => void;
}

/** The form for what is selected: an action, a stage, an artifact edge, or (nothing selected) the pipeline. */
export function PropertyPanel({ declaration, selectedId, problems, nameLocked, onEdit }: PropertyPanelProps) {
  const ref = parseNodeId(selectedId);
  const stage = ref && declaration.stages[ref.stageIndex];
  const here = problems.filter((p) => p.nodeId === selectedId || (!ref && !p.nodeId));
  const edge = selectedId ? ARTIFACT_EDGE.exec(selectedId) : null;
  // The key remounts the form for another selection, so no field shows the previous one's text.
  return (
    <div key={selectedId ?? 'pipeline'} className="space-y-4 p-4">
      {here.length > 0 && (
        <ul className="space-y-2" aria-label="Problems here">
          {here.map((problem, index) => (
            <li
              key={index}
              className="rounded-md border border-red-300 bg-red-50 p-2 text-xs text-red-950 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100"
            >
              {problem.exception && <span className="font-mono font-bold">{problem.exception}: </span>}
              {problem.message}
              {problem.explanation && <span className="mt-1 block opacity-80">{problem.explanation}</span>}
            </li>
          ))}
        </ul>
      )}
      {edge ? (
        <ArtifactEdgePanel declaration={declaration} indexes={edge.slice(1).map(Number)} onEdit={onEdit} />
      ) : ref?.kind === 'action' && stage?.actions[ref.actionIndex] ? (
        <ActionForm
          declaration={declaration}
          stageIndex={ref.stageIndex}
          actionIndex={ref.actionIndex}
          onEdit={onEdit}
        />
      ) : ref?.kind === 'stage' && stage ? (
        <StageForm declaration={declaration} stageIndex={ref.stageIndex} onEdit={onEdit} />
      ) : (
        <PipelineSettingsForm declaration={declaration} nameLocked={nameLocked} onEdit={onEdit} />
      )}
    </div>
  );
}

function ArtifactEdgePanel({
  declaration,
  indexes: [stageIndex = 0, actionIndex = 0, inputIndex = 0],
  onEdit,
}: {
  declaration: PipelineDeclaration;
  indexes: number[];
  onEdit: (edit: Edit | undefined) => void;
}) {
  const action = declaration.stages[stageIndex]?.actions[actionIndex];
  const input = action?.inputArtifacts?.[inputIndex];
  if (!action || !input) return null;
  return (
    <div className="space-y-3">
      <p>
        Artifact <span className="font-mono font-semibold">{input.name}</span> is an input of action{' '}
        <strong>{action.name}</strong>.
      </p>
      <button
        type="button"
        className={buttonClass('danger', '!px-3 !py-1 text-xs')}
        onClick={() => onEdit(removeInputArtifact(declaration, { stageIndex, actionIndex, inputIndex }))}
      >
        Disconnect
      </button>
    </div>
  );
}

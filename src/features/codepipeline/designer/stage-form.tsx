import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { buttonClass } from '../../../components/button-styles';
import { TextField } from '../../../components/form-field';
import { stageNodeId } from '../graph/node-ids';
import { moveStage, removeStage, updateStage, type Edit } from './edits';
import { FormSection } from './form-section';

/** The selected stage: its name, its place in the pipeline, and removing it. */
export function StageForm({
  declaration,
  stageIndex,
  onEdit,
}: {
  declaration: PipelineDeclaration;
  stageIndex: number;
  onEdit: (edit: Edit | undefined, coalesce?: string) => void;
}) {
  const stage = declaration.stages[stageIndex]!;
  const count = declaration.stages.length;
  const small = '!px-3 !py-1 text-xs';
  return (
    <div className="space-y-4">
      <FormSection title="Stage">
        <TextField
          label="Stage name"
          value={stage.name}
          onChange={(name) =>
            onEdit(
              updateStage(declaration, stageIndex, { ...stage, name }, `rename stage ${stage.name}`),
              `${stageNodeId(stageIndex)}:name`,
            )
          }
          hint="Unique in the pipeline. The console cannot rename a saved stage; UpdatePipeline can, but secret configuration values then need entering again."
        />
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {stage.actions?.length ?? 0} actions. Drag action types from the palette onto the stage, or select it and
          press Enter on a palette item.
        </p>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            disabled={stageIndex === 0}
            className={buttonClass('normal', small)}
            onClick={() => onEdit(moveStage(declaration, stageIndex, stageIndex - 1))}
          >
            ← Move earlier
          </button>
          <button
            type="button"
            disabled={stageIndex === count - 1}
            className={buttonClass('normal', small)}
            onClick={() => onEdit(moveStage(declaration, stageIndex, stageIndex + 1))}
          >
            Move later →
          </button>
          <button
            type="button"
            className={buttonClass('danger', small)}
            onClick={() => onEdit(removeStage(declaration, stageIndex))}
          >
            Remove stage
          </button>
        </div>
      </FormSection>
    </div>
  );
}

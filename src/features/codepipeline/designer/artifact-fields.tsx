import type { ActionTypeRule } from '../../../engine/specs/pipeline/providers';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { buttonClass, inputClass } from '../../../components/button-styles';
import {
  availableInputs,
  outputArtifactNames,
  renameOutputArtifact,
  uniqueName,
  updateAction,
  type Edit,
} from './edits';
import { FormSection } from './form-section';
import { actionNodeId } from '../graph/node-ids';

const countText = ([min, max]: readonly [number, number]) =>
  min === max ? (min === 0 ? 'none' : `exactly ${min}`) : `${min} to ${max}`;

/** Input artifacts as checkboxes (what earlier actions output), output artifacts as editable names. */
export function ArtifactFields({
  declaration,
  stageIndex,
  actionIndex,
  rule,
  onEdit,
}: {
  declaration: PipelineDeclaration;
  stageIndex: number;
  actionIndex: number;
  rule: ActionTypeRule | undefined;
  onEdit: (edit: Edit | undefined, coalesce?: string) => void;
}) {
  const action = declaration.stages[stageIndex]!.actions[actionIndex]!;
  const id = actionNodeId(stageIndex, actionIndex);
  const inputs = action.inputArtifacts ?? [];
  const outputs = action.outputArtifacts ?? [];
  const available = availableInputs(declaration, stageIndex, actionIndex);
  const listed = inputs.map((i) => i.name);
  const choices = [...new Set([...available, ...listed])];
  const setInputs = (names: string[], label: string) =>
    onEdit(
      updateAction(
        declaration,
        stageIndex,
        actionIndex,
        { ...action, inputArtifacts: names.map((name) => ({ name })) },
        label,
      ),
    );
  return (
    <>
      <FormSection title="Input artifacts">
        {rule && (
          <p className="text-xs text-zinc-600 dark:text-zinc-400">This action type takes {countText(rule.inputs)}.</p>
        )}
        {choices.length === 0 ? (
          <p className="text-xs text-zinc-600 dark:text-zinc-400">No earlier action outputs an artifact yet.</p>
        ) : (
          <ul className="space-y-1">
            {choices.map((name) => {
              const produced = available.includes(name);
              return (
                <li key={name}>
                  <label className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      checked={listed.includes(name)}
                      onChange={(e) =>
                        setInputs(
                          e.target.checked ? [...listed, name] : listed.filter((n) => n !== name),
                          `${e.target.checked ? 'connect' : 'disconnect'} ${name} ${e.target.checked ? 'to' : 'from'} ${action.name}`,
                        )
                      }
                    />
                    <span className="font-mono text-xs">{name}</span>
                    {!produced && (
                      <span className="text-xs text-red-800 dark:text-red-300">not output by an earlier action</span>
                    )}
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </FormSection>
      <FormSection title="Output artifacts">
        {rule && (
          <p className="text-xs text-zinc-600 dark:text-zinc-400">This action type makes {countText(rule.outputs)}.</p>
        )}
        <ul className="space-y-1.5">
          {outputs.map((output, outputIndex) => (
            <li key={outputIndex} className="flex items-center gap-2">
              <input
                aria-label={`Output artifact ${outputIndex + 1}`}
                value={output.name}
                spellCheck={false}
                onChange={(e) =>
                  onEdit(
                    renameOutputArtifact(declaration, { stageIndex, actionIndex, outputIndex }, e.target.value),
                    `${id}:output:${outputIndex}`,
                  )
                }
                className={`${inputClass} min-w-0 flex-1 font-mono`}
              />
              <button
                type="button"
                aria-label={`Remove output artifact ${output.name}`}
                className={buttonClass('normal', '!px-2.5 !py-1 text-xs')}
                onClick={() =>
                  onEdit(
                    updateAction(
                      declaration,
                      stageIndex,
                      actionIndex,
                      { ...action, outputArtifacts: outputs.filter((_, k) => k !== outputIndex) },
                      `remove output ${output.name} of ${action.name}`,
                    ),
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className={buttonClass('normal', '!px-3 !py-1 text-xs')}
          onClick={() => {
            const name = uniqueName(
              `${action.name.replace(/[^a-zA-Z0-9_-]/g, '') || 'Action'}Artifact`,
              outputArtifactNames(declaration),
            );
            onEdit(
              updateAction(
                declaration,
                stageIndex,
                actionIndex,
                { ...action, outputArtifacts: [...outputs, { name }] },
                `add output ${name} to ${action.name}`,
              ),
            );
          }}
        >
          Add output artifact
        </button>
      </FormSection>
    </>
  );
}

import type { ActionDeclaration, PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { buttonClass } from '../../../components/button-styles';
import { TextField } from '../../../components/form-field';
import { actionNodeId } from '../graph/node-ids';
import { coalescingFrom, useDraftStore } from '../draft/draft-store';
import { ArtifactFields } from './artifact-fields';
import { itemFor, ruleFor } from './catalog';
import { ConfigForm } from './config-form';
import { removeAction, renameAction, stepAction, updateAction, type Edit } from './edits';
import { ProviderIcon } from './provider-icons';
import { FormSection } from './form-section';

export interface ActionFormProps {
  declaration: PipelineDeclaration;
  stageIndex: number;
  actionIndex: number;
  onEdit: (edit: Edit | undefined, coalesce?: string) => void;
}

const optional = (value: string) => (value === '' ? undefined : value);

/** Drops keys set to undefined, so clearing a field removes it instead of writing an empty value. */
function patched(action: ActionDeclaration, patch: Partial<ActionDeclaration>): ActionDeclaration {
  const next: ActionDeclaration = { ...action, ...patch };
  for (const key of Object.keys(patch)) if (next[key] === undefined) delete next[key];
  return next;
}

/** The selected action's properties: name, runOrder, artifacts, the provider's configuration and the rest. */
export function ActionForm({ declaration, stageIndex, actionIndex, onEdit }: ActionFormProps) {
  const action = declaration.stages[stageIndex]!.actions[actionIndex]!;
  const id = actionNodeId(stageIndex, actionIndex);
  const type = action.actionTypeId;
  const item = itemFor(type);
  const rule = ruleFor(type);
  const configuration = action.configuration ?? {};
  const set = (patch: Partial<ActionDeclaration>, label: string, field: string) =>
    onEdit(updateAction(declaration, stageIndex, actionIndex, patched(action, patch), label), `${id}:${field}`);

  return (
    <div className="space-y-4">
      <div className="flex items-center gap-2">
        <ProviderIcon provider={type?.provider ?? ''} category={type?.category ?? ''} size={28} />
        <div className="min-w-0">
          <div className="truncate font-bold">{item?.label ?? type?.provider ?? 'Unknown provider'}</div>
          <div className="text-xs text-zinc-600 dark:text-zinc-400">
            {type ? `${type.owner} · ${type.category} · ${type.provider} · version ${type.version}` : 'No action type'}
          </div>
        </div>
      </div>
      <FormSection title="Action">
        <TextField
          label="Action name"
          value={action.name}
          onChange={(name) => {
            const before = coalescingFrom(useDraftStore.getState(), `${id}:name`);
            onEdit(renameAction(declaration, stageIndex, actionIndex, name, before), `${id}:name`);
          }}
          hint="Unique in the stage: letters, digits, . @ - _"
        />
        <TextField
          label="Run order"
          type="number"
          width="w-28"
          value={action.runOrder === undefined ? '' : String(action.runOrder)}
          onChange={(value) =>
            set({ runOrder: value === '' ? undefined : Number(value) }, `change runOrder of ${action.name}`, 'runOrder')
          }
          hint="Actions with the same number run in parallel; higher numbers run after them (1 to 999, default 1)."
        />
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={buttonClass('normal', '!px-3 !py-1 text-xs')}
            onClick={() => onEdit(stepAction(declaration, stageIndex, actionIndex, -1))}
          >
            ↑ Run earlier
          </button>
          <button
            type="button"
            className={buttonClass('normal', '!px-3 !py-1 text-xs')}
            onClick={() => onEdit(stepAction(declaration, stageIndex, actionIndex, 1))}
          >
            ↓ Run later
          </button>
          <button
            type="button"
            className={buttonClass('danger', '!px-3 !py-1 text-xs')}
            onClick={() => onEdit(removeAction(declaration, stageIndex, actionIndex))}
          >
            Remove action
          </button>
        </div>
      </FormSection>
      <ArtifactFields
        declaration={declaration}
        stageIndex={stageIndex}
        actionIndex={actionIndex}
        rule={rule}
        onEdit={onEdit}
      />
      <FormSection title="Configuration">
        {item || Object.keys(configuration).length || rule?.required.length ? (
          <ConfigForm
            keys={item?.keys ?? []}
            required={rule?.required ?? []}
            configuration={configuration}
            onChange={(key, value) => {
              const next = { ...configuration, [key]: value };
              if (value === '') delete next[key];
              set({ configuration: next }, `set ${key} of ${action.name}`, `config:${key}`);
            }}
          />
        ) : (
          <p className="text-xs text-zinc-600 dark:text-zinc-400">This action type takes no configuration.</p>
        )}
        {(type?.category === 'Compute' || action.commands) && (
          <CommandsField
            commands={action.commands ?? []}
            onChange={(commands) => set({ commands }, `edit commands of ${action.name}`, 'commands')}
          />
        )}
      </FormSection>
      <FormSection title="Variables and placement">
        <TextField
          label="Variable namespace"
          value={action.namespace ?? ''}
          onChange={(value) => set({ namespace: optional(value) }, `set namespace of ${action.name}`, 'namespace')}
          hint={`Lets later actions read this action’s output variables as #{${action.namespace || 'Namespace'}.Name}.`}
          mono
        />
        <TextField
          label="Region"
          value={action.region ?? ''}
          onChange={(value) => set({ region: optional(value) }, `set Region of ${action.name}`, 'region')}
          hint="Leave empty to run in the pipeline’s Region; another Region needs an artifact store there."
          mono
        />
        <TextField
          label="Role ARN"
          value={action.roleArn ?? ''}
          onChange={(value) => set({ roleArn: optional(value) }, `set role of ${action.name}`, 'roleArn')}
          hint="Leave empty to use the pipeline’s service role."
          mono
        />
        {type?.category === 'Approval' && (
          <TextField
            label="Timeout (minutes)"
            type="number"
            width="w-32"
            value={action.timeoutInMinutes === undefined ? '' : String(action.timeoutInMinutes)}
            onChange={(value) =>
              set(
                { timeoutInMinutes: value === '' ? undefined : Number(value) },
                `set timeout of ${action.name}`,
                'timeout',
              )
            }
            hint="5 to 86400 (60 days); 7 days when empty."
          />
        )}
      </FormSection>
    </div>
  );
}

function CommandsField({ commands, onChange }: { commands: readonly string[]; onChange: (c: string[]) => void }) {
  return (
    <label className="block">
      <span className="mb-1 block font-semibold">Commands *</span>
      <textarea
        value={commands.join('\n')}
        rows={4}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value.split('\n'))}
        className="block w-full rounded-md border border-zinc-400 bg-white px-2.5 py-1.5 font-mono text-xs dark:border-zinc-500 dark:bg-zinc-900"
      />
      <span className="mt-1 block text-xs text-zinc-600 dark:text-zinc-400">One shell command per line (1 to 50).</span>
    </label>
  );
}

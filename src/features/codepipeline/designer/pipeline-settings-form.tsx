import type { PipelineDeclaration, PipelineVariableDeclaration } from '../../../engine/specs/pipeline/types';
import { buttonClass, inputClass } from '../../../components/button-styles';
import { SelectField, TextField } from '../../../components/form-field';
import type { Edit } from './edits';
import { FormSection } from './form-section';
import { useResourceSuggestions } from './use-account-resources';

type Mode = NonNullable<PipelineDeclaration['executionMode']>;
type PipelineType = NonNullable<PipelineDeclaration['pipelineType']>;

const MODES: readonly (readonly [Mode, string])[] = [
  ['SUPERSEDED', 'SUPERSEDED'],
  ['QUEUED', 'QUEUED (V2)'],
  ['PARALLEL', 'PARALLEL (V2)'],
];

const MODE_HINT: Record<Mode, string> = {
  SUPERSEDED: 'A newer execution overtakes an older one between stages; the older one ends Superseded.',
  QUEUED: 'Executions run one at a time, in the order they arrived.',
  PARALLEL: 'Executions run at the same time, independently; no stage rollback.',
};

/** Name, service role, artifact bucket, type, execution mode and pipeline-level variables. */
export function PipelineSettingsForm({
  declaration,
  nameLocked,
  onEdit,
}: {
  declaration: PipelineDeclaration;
  /** A saved pipeline keeps its name: UpdatePipeline cannot rename. */
  nameLocked: boolean;
  onEdit: (edit: Edit | undefined, coalesce?: string) => void;
}) {
  const roles = useResourceSuggestions('role');
  const buckets = useResourceSuggestions('bucket');
  /** `field` names the text being typed, so its keystrokes make one undo step. */
  const set = (patch: Partial<PipelineDeclaration>, label: string, field?: string) => {
    const next: PipelineDeclaration = { ...declaration, ...patch };
    for (const key of Object.keys(patch)) if (next[key] === undefined) delete next[key];
    onEdit({ declaration: next, label }, field && `pipeline:${field}`);
  };
  const variables = declaration.variables ?? [];
  const setVariables = (next: PipelineVariableDeclaration[], label: string, field?: string) =>
    set({ variables: next.length ? next : undefined }, label, field);

  return (
    <div className="space-y-4">
      <FormSection title="Pipeline settings">
        <TextField
          label="Pipeline name"
          value={declaration.name}
          onChange={(name) => set({ name }, 'rename pipeline', 'name')}
          hint={
            nameLocked
              ? 'A pipeline cannot be renamed: export it and create a new one under another name.'
              : 'Unique in the account and Region: letters, digits, . @ - _'
          }
        />
        <TextField
          label="Service role ARN"
          value={declaration.roleArn}
          onChange={(roleArn) => set({ roleArn }, 'change service role', 'roleArn')}
          suggestions={roles}
          mono
          hint="The IAM role CodePipeline acts as."
        />
        {declaration.artifactStores ? (
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            Artifact stores in {Object.keys(declaration.artifactStores).join(', ')} (cross-Region): edit them in the
            code view.
          </p>
        ) : (
          <TextField
            label="Artifact store bucket"
            value={declaration.artifactStore?.location ?? ''}
            onChange={(location) =>
              set(
                { artifactStore: location ? { ...declaration.artifactStore, type: 'S3', location } : undefined },
                'change artifact bucket',
                'artifactStore',
              )
            }
            suggestions={buckets}
            mono
            hint="The S3 bucket the artifacts are zipped into between actions."
          />
        )}
        <SelectField<PipelineType>
          label="Pipeline type"
          value={declaration.pipelineType ?? 'V1'}
          onChange={(pipelineType) => set({ pipelineType }, `make pipeline ${pipelineType}`)}
          options={[
            ['V1', 'V1'],
            ['V2', 'V2'],
          ]}
          hint="V2 adds triggers, variables, the QUEUED and PARALLEL modes, stage conditions and Commands actions."
        />
        <SelectField<Mode>
          label="Execution mode"
          value={declaration.executionMode ?? 'SUPERSEDED'}
          onChange={(executionMode) => set({ executionMode }, `set execution mode ${executionMode}`)}
          options={MODES}
          hint={MODE_HINT[declaration.executionMode ?? 'SUPERSEDED']}
        />
      </FormSection>
      <FormSection title="Variables">
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          V2 pipelines: read as #{'{'}variables.name{'}'}; a release can override the default.
        </p>
        {variables.map((variable, index) => (
          <div key={index} className="grid grid-cols-[1fr_1fr_auto] items-center gap-1.5">
            <input
              aria-label={`Variable ${index + 1} name`}
              placeholder="name"
              value={variable.name}
              onChange={(e) =>
                setVariables(
                  variables.map((v, i) => (i === index ? { ...v, name: e.target.value } : v)),
                  'rename variable',
                  `variable:${index}:name`,
                )
              }
              className={`${inputClass} min-w-0 font-mono`}
            />
            <input
              aria-label={`Variable ${index + 1} default value`}
              placeholder="default value"
              value={variable.defaultValue ?? ''}
              onChange={(e) =>
                setVariables(
                  variables.map((v, i) => (i === index ? { ...v, defaultValue: e.target.value || undefined } : v)),
                  `set default of ${variable.name}`,
                  `variable:${index}:default`,
                )
              }
              className={`${inputClass} min-w-0 font-mono`}
            />
            <button
              type="button"
              aria-label={`Remove variable ${variable.name}`}
              className={buttonClass('normal', '!px-2.5 !py-1 text-xs')}
              onClick={() =>
                setVariables(
                  variables.filter((_, i) => i !== index),
                  `remove variable ${variable.name}`,
                )
              }
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className={buttonClass('normal', '!px-3 !py-1 text-xs')}
          onClick={() =>
            setVariables(
              [...variables, { name: `Variable${variables.length + 1}`, defaultValue: 'value' }],
              'add variable',
            )
          }
        >
          Add variable
        </button>
      </FormSection>
    </div>
  );
}

import { useCuratedImages } from '../../../api/codebuild/list-curated-environment-images';
import { EnvVarRows } from '../shared/env-var-rows';
import { CheckField, SelectField, TextField } from '../../../components/form-field';
import { defaultServiceRole, type ProjectForm } from './project-form-model';

const COMPUTE = [
  ['BUILD_GENERAL1_SMALL', 'Small: 3 GB, 2 vCPUs'],
  ['BUILD_GENERAL1_MEDIUM', 'Medium: 7 GB, 4 vCPUs'],
  ['BUILD_GENERAL1_LARGE', 'Large: 15 GB, 8 vCPUs'],
  ['BUILD_GENERAL1_XLARGE', 'XLarge'],
  ['BUILD_GENERAL1_2XLARGE', '2XLarge: 145 GB, 72 vCPUs'],
] as const;

const TYPES = [
  ['LINUX_CONTAINER', 'Linux container'],
  ['ARM_CONTAINER', 'ARM container'],
  ['LINUX_GPU_CONTAINER', 'Linux GPU container'],
] as const;

/** Image, compute, privileged mode, variables, role and timeouts. */
export function EnvironmentSection({ form, patch }: { form: ProjectForm; patch: (p: Partial<ProjectForm>) => void }) {
  const images = useCuratedImages();
  const options = (images.data ?? []).map((i) => [i.name, i.name] as const);
  if (!options.some(([v]) => v === form.image)) options.unshift([form.image, form.image]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-4">
        <SelectField label="Image" value={form.image} onChange={(image) => patch({ image })} options={options} />
        <SelectField
          label="Environment type"
          value={form.environmentType}
          onChange={(environmentType) => patch({ environmentType })}
          options={TYPES}
        />
        <SelectField
          label="Compute"
          value={form.computeType}
          onChange={(computeType) => patch({ computeType })}
          options={COMPUTE}
        />
      </div>
      <CheckField
        label="Privileged"
        checked={form.privilegedMode}
        onChange={(privilegedMode) => patch({ privilegedMode })}
        hint="Needed to build Docker images inside the build."
      />
      <EnvVarRows
        legend="Environment variables"
        value={form.variables}
        onChange={(variables) => patch({ variables })}
      />
      <TextField
        label="Service role"
        value={form.serviceRole}
        onChange={(serviceRole) => patch({ serviceRole })}
        placeholder={defaultServiceRole(form.name)}
        mono
        hint="A role name or ARN; empty uses the console's default role name."
      />
      <div className="flex flex-wrap gap-4">
        <TextField
          label="Timeout (minutes)"
          value={form.timeout}
          onChange={(timeout) => patch({ timeout })}
          width="w-32"
          hint="5 to 2160; default 60."
        />
        <TextField
          label="Queued timeout (minutes)"
          value={form.queuedTimeout}
          onChange={(queuedTimeout) => patch({ queuedTimeout })}
          width="w-32"
          hint="5 to 480."
        />
      </div>
    </div>
  );
}

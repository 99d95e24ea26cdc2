import { useBranches } from '../../../api/codecommit/list-branches';
import { useRepositoryMetadataList } from '../../../api/codecommit/list-repository-metadata';
import { SpecEditor } from '../../../components/editor/spec-editor';
import { repositoryOfLocation } from '../shared/paths';
import { SelectField, TextField } from '../../../components/form-field';
import type { ProjectForm } from './project-form-model';

type Patch = (patch: Partial<ProjectForm>) => void;

function BranchPicker({
  repository,
  value,
  onChange,
}: {
  repository: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const branches = useBranches(repository);
  const options = [['', '(default branch)'] as const, ...(branches.data ?? []).map((b) => [b, b] as const)];
  if (value && !options.some(([v]) => v === value)) options.push([value, value]);
  return <SelectField label="Branch (source version)" value={value} onChange={onChange} options={options} />;
}

/** Source (a CodeCommit repository and branch, or none) and where the buildspec comes from. */
export function SourceSection({ form, patch }: { form: ProjectForm; patch: Patch }) {
  const repositories = useRepositoryMetadataList();
  const repository = repositoryOfLocation(form.repositoryUrl) ?? '';
  const repoOptions = [
    ['', 'Choose a repository'] as const,
    ...(repositories.data ?? []).map((r) => [r.cloneUrlHttp, r.repositoryName] as const),
  ];
  if (form.repositoryUrl && !repoOptions.some(([v]) => v === form.repositoryUrl))
    repoOptions.push([form.repositoryUrl, repository]);
  const inline = form.sourceType === 'NO_SOURCE' || form.buildspecMode === 'inline';
  return (
    <div className="space-y-4">
      <SelectField
        label="Source provider"
        value={form.sourceType}
        onChange={(sourceType) => patch({ sourceType })}
        options={[
          ['CODECOMMIT', 'AWS CodeCommit'],
          ['NO_SOURCE', 'No source'],
        ]}
      />
      {form.sourceType === 'CODECOMMIT' && (
        <div className="flex flex-wrap gap-4">
          <SelectField
            label="Repository"
            value={form.repositoryUrl}
            onChange={(repositoryUrl) => patch({ repositoryUrl })}
            options={repoOptions}
          />
          {repository && (
            <BranchPicker
              repository={repository}
              value={form.sourceVersion}
              onChange={(sourceVersion) => patch({ sourceVersion })}
            />
          )}
        </div>
      )}
      {form.sourceType === 'CODECOMMIT' && (
        <SelectField
          label="Buildspec"
          value={form.buildspecMode}
          onChange={(buildspecMode) => patch({ buildspecMode })}
          options={[
            ['file', 'Use a buildspec file from the source'],
            ['inline', 'Insert build commands (inline buildspec)'],
          ]}
        />
      )}
      {!inline && (
        <TextField
          label="Buildspec name"
          value={form.buildspecPath}
          onChange={(buildspecPath) => patch({ buildspecPath })}
          placeholder="buildspec.yml"
          mono
          hint="A path from the source root; empty uses buildspec.yml."
        />
      )}
      {inline && (
        <div className="overflow-hidden rounded-lg border border-zinc-300 dark:border-zinc-700">
          <SpecEditor
            value={form.buildspecText}
            onChange={(buildspecText) => patch({ buildspecText })}
            path="buildspec.yml"
            kind="buildspec"
            height="18rem"
            label="Inline buildspec"
          />
        </div>
      )}
    </div>
  );
}

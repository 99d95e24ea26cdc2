import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useProject } from '../../../api/codebuild/batch-get-projects';
import { createProject } from '../../../api/codebuild/create-project';
import { createWebhook } from '../../../api/codebuild/create-webhook';
import { deleteWebhook } from '../../../api/codebuild/delete-webhook';
import { codebuildKeys } from '../../../api/codebuild/keys';
import { updateProject } from '../../../api/codebuild/update-project';
import { updateWebhook } from '../../../api/codebuild/update-webhook';
import type { Project } from '../../../api/codebuild/types';
import { buttonClass } from '../../../components/button-styles';
import { ErrorPanel } from '../../../components/error-panel';
import { errorText } from '../../../components/error-text';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { codebuildHome, projectPath } from '../shared/paths';
import { EnvironmentSection } from './environment-section';
import { TextField } from '../../../components/form-field';
import { OutputSection } from './output-section';
import { emptyProjectForm, fromProject, toFilterGroups, toProjectInput, type ProjectForm } from './project-form-model';
import { SourceSection } from './source-section';

function ProjectFormView({ existing }: { existing?: Project }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<ProjectForm>(() => (existing ? fromProject(existing) : emptyProjectForm()));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const patch = (p: Partial<ProjectForm>) => setForm((f) => ({ ...f, ...p }));

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(undefined);
    try {
      const input = toProjectInput(form);
      const project = existing ? await updateProject(input) : await createProject(input);
      const groups = toFilterGroups(form);
      const had = existing?.webhook !== undefined;
      if (groups.length > 0)
        await (had ? updateWebhook : createWebhook)({ projectName: project.name, filterGroups: groups });
      else if (had) await deleteWebhook({ projectName: project.name });
      await queryClient.invalidateQueries({ queryKey: codebuildKeys.all });
      void navigate(projectPath(project.name));
    } catch (e) {
      setError(e);
      await queryClient.invalidateQueries({ queryKey: codebuildKeys.all });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(e) => void save(e)} className="space-y-4">
      <PageHeader
        title={existing ? `Edit ${existing.name}` : 'Create build project'}
        description="The service checks every value; whatever it refuses is shown as it says it, and the form keeps what you typed."
      />
      <Panel title="Project configuration">
        <div className="space-y-4">
          {!existing && (
            <TextField
              label="Project name"
              value={form.name}
              onChange={(name) => patch({ name })}
              hint="2–150 letters, digits, hyphens and underscores, starting with a letter or digit."
            />
          )}
          <TextField label="Description" value={form.description} onChange={(description) => patch({ description })} />
        </div>
      </Panel>
      <Panel title="Source">
        <SourceSection form={form} patch={patch} />
      </Panel>
      <Panel title="Environment">
        <EnvironmentSection form={form} patch={patch} />
      </Panel>
      <Panel title="Artifacts, cache, badge and triggers">
        <OutputSection form={form} patch={patch} />
      </Panel>
      {error !== undefined && (
        <p
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 font-mono text-xs break-words text-red-950 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100"
        >
          {errorText(error)}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <button
          type="button"
          className={buttonClass('normal')}
          onClick={() => void navigate(existing ? projectPath(existing.name) : codebuildHome())}
        >
          Cancel
        </button>
        <button type="submit" className={buttonClass('primary')} aria-disabled={saving}>
          {existing ? 'Update project' : 'Create build project'}
        </button>
      </div>
    </form>
  );
}

export function CreateProjectPage() {
  return <ProjectFormView />;
}

export function EditProjectPage() {
  const { name = '' } = useParams();
  const { data, error, isPending } = useProject(name);
  if (error)
    return (
      <ErrorPanel
        error={error}
        subject={`Build project ${name}`}
        back={{ to: codebuildHome(), label: 'Build projects' }}
      />
    );
  if (isPending) return <Loading label="Reading the project…" />;
  return <ProjectFormView key={data.name} existing={data} />;
}

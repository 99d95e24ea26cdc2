import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCommitHistory } from '../../../api/codecommit/get-commit-history';
import { useStartPipelineExecution } from '../../../api/codepipeline/start-pipeline-execution';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { ErrorCallout } from '../../../components/error-callout';
import { TextField } from '../../../components/form-field';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { CODEPIPELINE_EXPLANATIONS } from '../shared/explanations';
import { firstLine, shortRevision } from '../shared/format';
import { executionPath } from '../shared/paths';
import { releaseChangeInput, sourceChoices, type ReleaseChangeForm, type SourceChoice } from './release-change-model';

const REVISION_HINT: Record<SourceChoice['revisionType'], string> = {
  COMMIT_ID: 'A commit ID; leave empty for the tip of the branch when the execution starts.',
  IMAGE_DIGEST: 'An image digest (sha256:…); leave empty for the image tag the action watches.',
  S3_OBJECT_VERSION_ID: "An object version ID; leave empty for the object's latest version.",
  S3_OBJECT_KEY: 'An object key; leave empty for the key the action watches.',
};

/** A CodeCommit source: the commit is typed or picked from the watched branch's history. */
function CommitField({
  choice,
  value,
  onChange,
}: {
  choice: SourceChoice;
  value: string;
  onChange: (value: string) => void;
}) {
  const repository = choice.action.configuration?.RepositoryName ?? '';
  const branch = choice.action.configuration?.BranchName ?? '';
  const history = useCommitHistory(repository, branch);
  const suggestions = (history.data?.commits ?? []).map(
    (c, i) =>
      [
        c.commitId,
        `${shortRevision(c.commitId)} ${firstLine(c.message)}${i === 0 ? ` (tip of ${branch})` : ''}`,
      ] as const,
  );
  return (
    <TextField
      label={`${choice.action.name}: commit in ${repository} (${branch})`}
      value={value}
      onChange={onChange}
      mono
      placeholder={`Latest commit on ${branch}`}
      suggestions={suggestions}
      hint={history.error ? `The branch history could not be read; type a commit ID.` : REVISION_HINT.COMMIT_ID}
    />
  );
}

/**
 * Release change: StartPipelineExecution with, optionally, a revision per source action and values for the
 * pipeline's variables (V2). Opens the new execution's page once it starts.
 */
export function ReleaseChangeDialog({
  declaration,
  onClose,
}: {
  declaration: PipelineDeclaration;
  onClose: () => void;
}) {
  const start = useStartPipelineExecution();
  const navigate = useNavigate();
  const [form, setForm] = useState<ReleaseChangeForm>({ revisions: {}, variables: {} });
  const choices = sourceChoices(declaration);
  const variables = declaration.variables ?? [];
  const setRevision = (name: string, value: string) =>
    setForm((f) => ({ ...f, revisions: { ...f.revisions, [name]: value } }));
  const setVariable = (name: string, value: string) =>
    setForm((f) => ({ ...f, variables: { ...f.variables, [name]: value } }));
  const submit = () =>
    start.mutate(
      { name: declaration.name, ...releaseChangeInput(declaration, form) },
      {
        onSuccess: (id) => {
          onClose();
          void navigate(executionPath(declaration.name, id));
        },
      },
    );
  return (
    <Dialog title={`Release change: ${declaration.name}`} onClose={onClose} size="wide">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Starts a new execution. Each source action fetches its latest revision unless you choose one.
      </p>
      <div className="mt-4 space-y-4">
        {choices.map((choice) =>
          choice.action.actionTypeId.provider === 'CodeCommit' ? (
            <CommitField
              key={choice.action.name}
              choice={choice}
              value={form.revisions[choice.action.name] ?? ''}
              onChange={(v) => setRevision(choice.action.name, v)}
            />
          ) : (
            <TextField
              key={choice.action.name}
              label={`${choice.action.name}: ${choice.revisionType}`}
              value={form.revisions[choice.action.name] ?? ''}
              onChange={(v) => setRevision(choice.action.name, v)}
              mono
              hint={REVISION_HINT[choice.revisionType]}
            />
          ),
        )}
        {variables.length > 0 && (
          <fieldset className="space-y-3">
            <legend className="mb-1 font-semibold">Pipeline variables</legend>
            {variables.map((v) => (
              <TextField
                key={v.name}
                label={v.name}
                value={form.variables[v.name] ?? v.defaultValue ?? ''}
                onChange={(value) => setVariable(v.name, value)}
                mono
                hint={[
                  v.description,
                  v.defaultValue !== undefined ? `Default: ${v.defaultValue}` : 'No default: a value is required.',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            ))}
          </fieldset>
        )}
      </div>
      {start.error ? (
        <div className="mt-4">
          <ErrorCallout error={start.error} explanations={CODEPIPELINE_EXPLANATIONS} />
        </div>
      ) : null}
      <DialogActions>
        <button type="button" className={buttonClass('normal')} onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className={buttonClass('primary')}
          aria-disabled={start.isPending}
          onClick={() => !start.isPending && submit()}
        >
          Release
        </button>
      </DialogActions>
    </Dialog>
  );
}

import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useStartBuild, type StartBuildInput } from '../../../api/codebuild/start-build';
import type { EnvironmentVariable, Project } from '../../../api/codebuild/types';
import { buttonClass, inputClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { errorText } from '../../../components/error-text';
import { EnvVarRows } from '../shared/env-var-rows';
import { buildPath } from '../shared/paths';

/** StartBuild with overrides: source version, environment variables, timeout and an inline buildspec. */
export function StartBuildDialog({ project, onClose }: { project: Project; onClose: () => void }) {
  const id = useId();
  const navigate = useNavigate();
  const start = useStartBuild();
  const [sourceVersion, setSourceVersion] = useState('');
  const [timeout, setTimeoutText] = useState('');
  const [variables, setVariables] = useState<EnvironmentVariable[]>([]);
  const [buildspec, setBuildspec] = useState('');

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (start.isPending) return;
    const input: StartBuildInput = {
      projectName: project.name,
      ...(sourceVersion.trim() && { sourceVersion: sourceVersion.trim() }),
      ...(timeout.trim() && { timeoutInMinutesOverride: Number(timeout) }),
      ...(variables.length > 0 && { environmentVariablesOverride: variables }),
      ...(buildspec.trim() && { buildspecOverride: buildspec }),
    };
    start.mutate(input, { onSuccess: (b) => void navigate(buildPath(b.id)) });
  };

  return (
    <Dialog title={`Start build with overrides: ${project.name}`} onClose={onClose} size="wide">
      <form onSubmit={submit} className="space-y-4">
        {project.source.type !== 'NO_SOURCE' && (
          <div>
            <label htmlFor={`${id}-version`} className="mb-1 block font-semibold">
              Source version
            </label>
            <input
              id={`${id}-version`}
              value={sourceVersion}
              onChange={(e) => setSourceVersion(e.target.value)}
              placeholder={project.sourceVersion ?? 'the default branch'}
              className={`${inputClass} w-full font-mono`}
              spellCheck={false}
              aria-describedby={`${id}-version-hint`}
            />
            <p id={`${id}-version-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
              A branch, a commit ID or a tag; empty builds the project's source version.
            </p>
          </div>
        )}
        <div>
          <label htmlFor={`${id}-timeout`} className="mb-1 block font-semibold">
            Timeout (minutes)
          </label>
          <input
            id={`${id}-timeout`}
            inputMode="numeric"
            value={timeout}
            onChange={(e) => setTimeoutText(e.target.value)}
            placeholder={String(project.timeoutInMinutes)}
            className={`${inputClass} w-32`}
          />
        </div>
        <EnvVarRows legend="Environment variable overrides" value={variables} onChange={setVariables} />
        <div>
          <label htmlFor={`${id}-buildspec`} className="mb-1 block font-semibold">
            Buildspec override
          </label>
          <textarea
            id={`${id}-buildspec`}
            value={buildspec}
            onChange={(e) => setBuildspec(e.target.value)}
            rows={8}
            spellCheck={false}
            placeholder={'version: 0.2\nphases:\n  build:\n    commands:\n      - echo hello'}
            className={`${inputClass} w-full font-mono text-xs`}
          />
        </div>
        {start.isError && (
          <p
            role="alert"
            className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 font-mono text-xs break-words text-red-950 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100"
          >
            {errorText(start.error)}
          </p>
        )}
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('primary')} aria-disabled={start.isPending}>
            Start build
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

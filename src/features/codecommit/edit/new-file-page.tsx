import { useCallback, useEffect, useId } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useBranch } from '../../../api/codecommit/get-branch';
import { useRepositoryFiles } from '../../../api/codecommit/list-repository-files';
import { usePutFile } from '../../../api/codecommit/put-file';
import { buttonClass, inputClass, linkClass } from '../../../components/button-styles';
import { SpecEditor } from '../../../components/editor/spec-editor';
import { ErrorPanel } from '../../../components/error-panel';
import { Loading } from '../../../components/loading';
import { useStatusStore } from '../../../stores/status-store';
import { shortId } from '../commit-format';
import { browsePath, filePath } from '../paths';
import { useRepositoryParams } from '../use-repository-params';
import { describeCommitError } from './commit-errors';
import { CommitErrorPanel } from './commit-error-panel';
import { CommitForm, type CommitDetails } from './commit-form';
import { draftKey, isUnsaved, useDraftStore } from './draft-store';
import { editPath, joinFilePath } from './edit-paths';
import { EditorFrame } from './editor-frame';
import { LeaveGuard } from '../../../components/leave-guard';
import { useSpecContext } from './use-spec-context';
import { FILE_TEMPLATES, templateById } from './templates';

/** Create a file in a folder, empty or from a template, and commit it with PutFile. */
export function NewFilePage() {
  const { name, ref = '', path: folder } = useRepositoryParams();
  const [params] = useSearchParams();
  const key = draftKey(name, ref, `new:${folder}`);
  const draft = useDraftStore((s) => s.drafts[key]);
  const { start, update, discard } = useDraftStore.getState();
  const branch = useBranch(name, ref);
  const files = useRepositoryFiles(name, ref);
  const context = useSpecContext(name, ref);
  const put = usePutFile();
  const navigate = useNavigate();
  const nameId = useId();
  const back = browsePath(name, ref, folder);

  useEffect(() => {
    if (draft || !branch.data) return;
    const template = templateById(params.get('template'));
    start(key, {
      path: template?.fileName ?? '',
      text: template?.text ?? '',
      baseText: '',
      baseCommitId: branch.data.commitId,
    });
  }, [draft, branch.data, key, params, start]);
  useEffect(
    () => () => {
      if (!isUnsaved(useDraftStore.getState().drafts[key])) discard(key);
    },
    [key, discard],
  );
  const hasUnsavedChanges = useCallback(() => isUnsaved(useDraftStore.getState().drafts[key]), [key]);

  if (branch.isError)
    return <ErrorPanel error={branch.error} subject={`Branch ${ref}`} back={{ to: back, label: 'Back' }} />;
  if (!draft) return <Loading label="Opening the editor…" />;

  const target = joinFilePath(folder, draft.path);
  const fullPath = 'path' in target ? target.path : undefined;
  const exists = fullPath !== undefined && (files.data?.includes(fullPath) ?? false);
  const blockedBecause = 'problem' in target ? target.problem : exists ? `${fullPath} already exists.` : undefined;

  const commit = (details: CommitDetails) => {
    if (!fullPath) return;
    put.mutate(
      {
        repositoryName: name,
        branchName: ref,
        filePath: fullPath,
        content: draft.text,
        parentCommitId: draft.baseCommitId,
        commitMessage: details.message,
        name: details.name,
        email: details.email,
      },
      {
        onSuccess: (out) => {
          discard(key);
          useStatusStore.getState().show(`Committed ${shortId(out.commitId)} to ${ref}: ${details.message}`);
          void navigate(filePath(name, ref, fullPath));
        },
      },
    );
  };

  return (
    <div className="space-y-4">
      <LeaveGuard
        hasUnsavedChanges={hasUnsavedChanges}
        message="The new file has changes that are not committed. If you leave, they stay here as a draft: open the editor again to carry on."
        onDiscard={() => discard(key)}
      />
      <EditorFrame
        label="New file"
        title={`New file in ${folder || 'the root folder'}`}
        unsaved={isUnsaved(draft)}
        details={
          <>
            on <strong>{ref}</strong>
          </>
        }
      >
        <div className="flex flex-wrap items-end gap-4 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
          <div className="min-w-64 flex-1">
            <label htmlFor={nameId} className="mb-1 block font-semibold">
              File name
            </label>
            <input
              id={nameId}
              value={draft.path}
              onChange={(e) => update(key, { path: e.target.value })}
              placeholder="buildspec.yml or scripts/start_server.sh"
              autoComplete="off"
              spellCheck={false}
              className={`${inputClass} w-full font-mono`}
            />
          </div>
          <div role="group" aria-label="Start from a template" className="flex flex-wrap items-center gap-2">
            <span className="text-sm font-semibold">Start from</span>
            {FILE_TEMPLATES.map((t) => (
              <button
                key={t.id}
                type="button"
                title={t.description}
                className={buttonClass('normal')}
                onClick={() => update(key, { text: t.text, path: draft.path.trim() ? draft.path : t.fileName })}
              >
                {t.label}
              </button>
            ))}
          </div>
          {exists && fullPath && (
            <p role="alert" className="w-full text-sm text-amber-800 dark:text-amber-300">
              {fullPath} already exists on {ref}.{' '}
              <Link to={editPath(name, ref, fullPath)} className={linkClass}>
                Edit it instead
              </Link>
              , or choose another name.
            </p>
          )}
        </div>
        <SpecEditor
          value={draft.text}
          onChange={(text) => update(key, { text })}
          path={fullPath ?? 'untitled'}
          context={context}
          height="50vh"
          label={`Content of the new file${fullPath ? ` ${fullPath}` : ''}`}
        />
      </EditorFrame>
      <CommitForm
        defaultMessage={`Added ${fullPath ?? 'a file'}`}
        submitLabel="Commit new file"
        pending={put.isPending}
        blockedBecause={blockedBecause}
        onSubmit={commit}
        onCancel={() => void navigate(back)}
      >
        {put.isError && <CommitErrorPanel problem={describeCommitError(put.error, ref, fullPath ?? '')} />}
      </CommitForm>
    </div>
  );
}

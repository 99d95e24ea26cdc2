import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useFile } from '../../../api/codecommit/get-file';
import { useBranches } from '../../../api/codecommit/list-branches';
import { usePutFile } from '../../../api/codecommit/put-file';
import { buttonClass, linkClass } from '../../../components/button-styles';
import type { Problem } from '../../../components/editor/markers';
import { SpecEditor } from '../../../components/editor/spec-editor';
import { ErrorPanel } from '../../../components/error-panel';
import { Loading } from '../../../components/loading';
import { useStatusStore } from '../../../stores/status-store';
import { shortId } from '../commit-format';
import { filePath } from '../paths';
import { useRepositoryParams } from '../use-repository-params';
import { describeCommitError } from './commit-errors';
import { CommitErrorPanel } from './commit-error-panel';
import { CommitForm, type CommitDetails } from './commit-form';
import { draftKey, isUnsaved, useDraftStore } from './draft-store';
import { EditorFrame } from './editor-frame';
import { ComparisonBanner } from './comparison-banner';
import { LeaveGuard } from '../../../components/leave-guard';
import { useSpecContext } from './use-spec-context';
import { readLatest, type Latest } from './read-latest';

/** Edit a file on a branch and commit it with PutFile, based on the branch tip the edit started from. */
export function EditFilePage() {
  const { name, ref = '', path } = useRepositoryParams();
  const key = draftKey(name, ref, path);
  const branches = useBranches(name);
  const isBranch = branches.data?.includes(ref) ?? false;
  const file = useFile(name, ref, path);
  const context = useSpecContext(name, ref, isBranch);
  const draft = useDraftStore((s) => s.drafts[key]);
  const { start, update, discard } = useDraftStore.getState();
  const put = usePutFile();
  const navigate = useNavigate();
  const [compare, setCompare] = useState<Latest>();
  const [compareError, setCompareError] = useState<unknown>();
  const [errorCount, setErrorCount] = useState(0);
  const frame = useRef<HTMLDivElement>(null);
  const countErrors = useCallback(
    (problems: Problem[]) => setErrorCount(problems.filter((p) => p.severity === 'error').length),
    [],
  );
  const back = filePath(name, ref, path);

  // A draft starts from the file as it is at the branch tip; one left from an earlier visit is kept.
  useEffect(() => {
    if (draft || file.data?.text === undefined) return;
    start(key, { path, text: file.data.text, baseText: file.data.text, baseCommitId: file.data.commitId });
  }, [draft, file.data, key, path, start]);
  // Leaving without changes leaves nothing behind, so the next visit starts from the newest version.
  useEffect(
    () => () => {
      if (!isUnsaved(useDraftStore.getState().drafts[key])) discard(key);
    },
    [key, discard],
  );

  const hasUnsavedChanges = useCallback(() => isUnsaved(useDraftStore.getState().drafts[key]), [key]);

  if (branches.isPending || file.isPending) return <Loading label="Reading the file…" />;
  if (file.isError)
    return <ErrorPanel error={file.error} subject={`File ${path}`} back={{ to: back, label: 'Back' }} />;
  if (!isBranch) {
    return (
      <p className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
        Files are edited on a branch.{' '}
        <Link to={back} className={linkClass}>
          Back to the file
        </Link>{' '}
        and choose a branch.
      </p>
    );
  }
  if (file.data.text === undefined) {
    return (
      <p className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
        {path} is not UTF-8 text, so it cannot be edited here. Upload a replacement from its folder instead.
      </p>
    );
  }
  if (!draft) return <Loading label="Opening the editor…" />;

  const commit = (details: CommitDetails) =>
    put.mutate(
      {
        repositoryName: name,
        branchName: ref,
        filePath: path,
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
          void navigate(back);
        },
      },
    );

  const showLatest = () => {
    setCompareError(undefined);
    readLatest(name, ref, path).then((latest) => {
      // The edit is now based on the latest commit: what is on the right is what will be committed on top of it.
      update(key, { baseCommitId: latest.commitId, baseText: latest.text });
      setCompare(latest);
      put.reset();
      // The comparison opens above the form the user is looking at: bring it into view.
      requestAnimationFrame(() => frame.current?.scrollIntoView({ block: 'start' }));
    }, setCompareError);
  };

  const problem = put.isError ? describeCommitError(put.error, ref, path) : undefined;
  const unsaved = isUnsaved(draft);

  return (
    <div className="space-y-4">
      <LeaveGuard
        hasUnsavedChanges={hasUnsavedChanges}
        message={`${path} has changes that are not committed. If you leave, they stay here as a draft: open the editor again to carry on.`}
        onDiscard={() => discard(key)}
      />
      <div ref={frame} className="scroll-mt-4">
        <EditorFrame
          label={`Edit ${path}`}
          title={`Editing ${path}`}
          unsaved={unsaved}
          details={
            <>
              on <strong>{ref}</strong>, based on commit{' '}
              <code className="font-mono">{draft.baseCommitId ? shortId(draft.baseCommitId) : 'none'}</code>
            </>
          }
        >
          {compare && (
            <ComparisonBanner branch={ref} commitId={compare.commitId} onClose={() => setCompare(undefined)} />
          )}
          <SpecEditor
            value={draft.text}
            onChange={(text) => update(key, { text })}
            path={path}
            context={context}
            compareWith={compare?.text}
            compareLabel={`Latest version of ${path} on ${ref}`}
            onProblemsChange={countErrors}
          />
        </EditorFrame>
      </div>
      <CommitForm
        defaultMessage={`Edited ${path}`}
        submitLabel="Commit changes"
        pending={put.isPending}
        onSubmit={commit}
        onCancel={() => void navigate(back)}
      >
        {errorCount > 0 && (
          <p className="text-sm text-amber-800 dark:text-amber-300">
            The file has {errorCount === 1 ? '1 error' : `${errorCount} errors`} (see Problems). You can still commit
            it: whatever reads it next (CodeBuild, CodeDeploy) will fail the same way.
          </p>
        )}
        {problem && (
          <CommitErrorPanel problem={problem}>
            {problem.type === 'ParentCommitIdOutdatedException' && (
              <div className="mt-2 flex flex-wrap gap-2">
                <button type="button" className={buttonClass('normal')} onClick={showLatest}>
                  Compare with the latest version
                </button>
              </div>
            )}
          </CommitErrorPanel>
        )}
        {compareError !== undefined && (
          <p role="alert" className="font-mono text-xs text-red-800 dark:text-red-300">
            The latest version could not be read: {String(compareError)}
          </p>
        )}
      </CommitForm>
    </div>
  );
}

import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useBranch } from '../../../api/codecommit/get-branch';
import { useCreateCommit } from '../../../api/codecommit/create-commit';
import { textOf } from '../../../api/codecommit/content';
import { ErrorPanel } from '../../../components/error-panel';
import { formatBytes } from '../../../components/format/bytes';
import { Loading } from '../../../components/loading';
import { useStatusStore } from '../../../stores/status-store';
import { shortId } from '../commit-format';
import { browsePath } from '../paths';
import { useRepositoryParams } from '../use-repository-params';
import { describeCommitError } from './commit-errors';
import { CommitErrorPanel } from './commit-error-panel';
import { CommitForm, type CommitDetails } from './commit-form';
import { EditorFrame } from './editor-frame';
import { MAX_UPLOAD_BYTES, planUpload } from './upload-files';

interface ChosenFile {
  file: File;
  /** Read once when chosen: what is committed, and whether it is text. */
  bytes: Uint8Array | undefined;
}

/** Reads the chosen files (those within the size limit) so the page can say which ones cannot be committed. */
const readChosen = (files: File[]): Promise<ChosenFile[]> =>
  Promise.all(
    files.map(async (file) => ({
      file,
      bytes: file.size <= MAX_UPLOAD_BYTES ? new Uint8Array(await file.arrayBuffer()) : undefined,
    })),
  );

/** Upload files (text or binary) into a folder, all in one commit (CreateCommit with putFiles). */
export function UploadFilesPage() {
  const { name, ref = '', path: folder } = useRepositoryParams();
  const branch = useBranch(name, ref);
  const [chosen, setChosen] = useState<ChosenFile[]>([]);
  // The tip when the page opened: a push meanwhile makes the service refuse rather than silently mix changes.
  const [parentCommitId, setParentCommitId] = useState<string>();
  const commit = useCreateCommit();
  const navigate = useNavigate();
  const inputId = useId();
  const back = browsePath(name, ref, folder);

  if (branch.isError)
    return <ErrorPanel error={branch.error} subject={`Branch ${ref}`} back={{ to: back, label: 'Back' }} />;
  if (!branch.data) return <Loading label="Reading the branch…" />;
  const base = parentCommitId ?? branch.data.commitId;

  const plan = planUpload(
    folder,
    chosen.map(({ file, bytes }) => ({ name: file.name, size: file.size, text: bytes && textOf(bytes) !== undefined })),
  );
  const accepted = plan.flatMap((row, i) => {
    const bytes = chosen[i]?.bytes;
    return row.problem || !bytes ? [] : [{ row, bytes }];
  });

  const submit = (details: CommitDetails) => {
    const putFiles = accepted.map(({ row, bytes }) => ({ filePath: row.path, content: bytes }));
    commit.mutate(
      {
        repositoryName: name,
        branchName: ref,
        parentCommitId: base,
        putFiles,
        commitMessage: details.message,
        authorName: details.name,
        email: details.email,
      },
      {
        onSuccess: (out) => {
          useStatusStore.getState().show(`Committed ${shortId(out.commitId)} to ${ref}: ${details.message}`);
          void navigate(back);
        },
      },
    );
  };

  const count = accepted.length;
  return (
    <div className="space-y-4">
      <EditorFrame
        label="Upload files"
        title={`Upload files to ${folder || 'the root folder'}`}
        unsaved={false}
        details={
          <>
            on <strong>{ref}</strong>, up to {formatBytes(MAX_UPLOAD_BYTES)} per file
          </>
        }
      >
        <div className="space-y-3 p-4">
          <label htmlFor={inputId} className="block font-semibold">
            Choose files
          </label>
          <input
            id={inputId}
            type="file"
            multiple
            onChange={(e) => {
              void readChosen(Array.from(e.target.files ?? [])).then(setChosen);
              setParentCommitId((current) => current ?? branch.data.commitId);
              commit.reset();
            }}
            className="block text-sm file:mr-3 file:rounded-full file:border file:border-zinc-400 file:bg-white file:px-4 file:py-1.5 file:font-semibold dark:file:border-zinc-500 dark:file:bg-zinc-900 dark:file:text-zinc-100"
          />
          {plan.length > 0 && (
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Files to commit</caption>
              <thead className="text-xs text-zinc-600 dark:text-zinc-400">
                <tr>
                  <th scope="col" className="py-1 font-semibold">
                    Path in the repository
                  </th>
                  <th scope="col" className="py-1 font-semibold">
                    Size
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {plan.map((row) => (
                  <tr key={row.path}>
                    <td className="py-1 font-mono break-all">
                      {row.path}
                      {row.problem && (
                        <p role="alert" className="font-sans text-red-800 dark:text-red-300">
                          {row.problem}
                        </p>
                      )}
                    </td>
                    <td className="py-1 whitespace-nowrap">
                      {formatBytes(row.size)}
                      {row.text === false && ' · binary'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </EditorFrame>
      <CommitForm
        defaultMessage={count === 1 ? `Added ${accepted[0]!.row.path}` : `Added ${count} files`}
        submitLabel={count === 1 ? 'Commit 1 file' : `Commit ${count} files`}
        pending={commit.isPending}
        blockedBecause={count === 0 ? 'Choose at least one file of 6 MB or less.' : undefined}
        onSubmit={submit}
        onCancel={() => void navigate(back)}
      >
        {commit.isError && <CommitErrorPanel problem={describeCommitError(commit.error, ref, folder || '/')} />}
      </CommitForm>
    </div>
  );
}

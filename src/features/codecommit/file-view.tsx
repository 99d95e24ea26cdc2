import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useFile } from '../../api/codecommit/get-file';
import { useBranches } from '../../api/codecommit/list-branches';
import { buttonClass, linkClass } from '../../components/button-styles';
import { ErrorPanel } from '../../components/error-panel';
import { formatBytes } from '../../components/format/bytes';
import { Loading } from '../../components/loading';
import { saveBlob } from '../../components/save-blob';
import { StatusBadge } from '../../components/status-badge';
import { BranchSelector } from './branch-selector';
import { DeleteFileDialog } from './edit/delete-file-dialog';
import { editPath } from './edit/edit-paths';
import { countLines } from './file-lines';
import { FileContent } from './file-content';
import { baseName, browsePath, filePath, parentFolder } from './paths';
import { useRepositoryParams } from './use-repository-params';

const MODE_LABEL = { NORMAL: 'Regular file', EXECUTABLE: 'Executable', SYMLINK: 'Symbolic link' } as const;

export function FileView() {
  const { name, ref = '', path, repository } = useRepositoryParams();
  const file = useFile(name, ref, path);
  const branches = useBranches(name);
  const navigate = useNavigate();
  const folder = parentFolder(path);
  const back = { to: browsePath(name, ref, folder), label: `Back to ${folder || 'the root folder'}` };
  const [deleting, setDeleting] = useState(false);
  // Files are changed on a branch; a commit's files are read-only.
  const onBranch = branches.data?.includes(ref) ?? false;

  return (
    <div className="space-y-4">
      {branches.data && (
        <BranchSelector
          branches={branches.data}
          value={ref}
          defaultBranch={repository.data?.defaultBranch}
          onChange={(next) => void navigate(filePath(name, next, path))}
        />
      )}
      {file.isPending && <Loading label="Reading the file…" />}
      {file.isError && <ErrorPanel error={file.error} subject={`File ${path}`} back={back} />}
      {file.data && (
        <section
          aria-label={baseName(path)}
          className="overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
        >
          <header className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
            <h2 className="font-mono text-base font-bold">{baseName(path)}</h2>
            <StatusBadge>{MODE_LABEL[file.data.fileMode]}</StatusBadge>
            <span className="text-xs text-zinc-600 dark:text-zinc-400">
              {formatBytes(file.data.fileSize)}
              {file.data.text !== undefined && ` · ${countLines(file.data.text)} lines`}
            </span>
            <span className="text-xs text-zinc-600 dark:text-zinc-400">
              Blob ID <code className="font-mono">{file.data.blobId}</code>
            </span>
            <Link to={back.to} className={`${linkClass} ml-auto text-xs`}>
              {back.label}
            </Link>
            {onBranch && (
              <span className="flex gap-2">
                {file.data.text !== undefined && (
                  <Link to={editPath(name, ref, path)} className={buttonClass('primary')}>
                    Edit
                  </Link>
                )}
                <button type="button" className={buttonClass('normal')} onClick={() => setDeleting(true)}>
                  Delete file
                </button>
              </span>
            )}
          </header>
          {file.data.text === undefined ? (
            <BinaryFile path={path} bytes={file.data.bytes} />
          ) : (
            <FileContent text={file.data.text} label={`Contents of ${path}`} />
          )}
        </section>
      )}
      {deleting && file.data && (
        <DeleteFileDialog
          name={name}
          branch={ref}
          path={path}
          parentCommitId={file.data.commitId}
          onClose={() => setDeleting(false)}
        />
      )}
    </div>
  );
}

/** A binary file has no lines to show: its size and its bytes, as the real console offers them. */
function BinaryFile({ path, bytes }: { path: string; bytes: Uint8Array }) {
  return (
    <div className="flex flex-wrap items-center gap-3 p-4">
      <p className="text-zinc-700 dark:text-zinc-300">
        Binary file, {bytes.length.toLocaleString('en-US')} bytes. Its contents are not shown as text.
      </p>
      <button
        type="button"
        className={buttonClass('normal')}
        onClick={() => saveBlob(new Blob([bytes as Uint8Array<ArrayBuffer>]), baseName(path))}
      >
        Download
      </button>
    </div>
  );
}

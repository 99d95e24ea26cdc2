import type { Folder } from '../../api/codecommit/get-folder';
import type { FileMode } from '../../api/codecommit/types';

export interface FolderRow {
  kind: 'folder' | 'file';
  name: string;
  /** From the repository root. */
  path: string;
  mode?: FileMode;
}

const byName = (a: { relativePath: string }, b: { relativePath: string }) =>
  a.relativePath.localeCompare(b.relativePath, 'en', { sensitivity: 'base', numeric: true });

/** A folder as the Code tab lists it: folders first, then files, each sorted by name. */
export function toFolderRows(folder: Pick<Folder, 'subFolders' | 'files'>): FolderRow[] {
  return [
    ...[...folder.subFolders]
      .sort(byName)
      .map((f): FolderRow => ({ kind: 'folder', name: f.relativePath, path: f.absolutePath })),
    ...[...folder.files]
      .sort(byName)
      .map((f): FolderRow => ({ kind: 'file', name: f.relativePath, path: f.absolutePath, mode: f.fileMode })),
  ];
}

/** The folder's README.md (any letter case), shown below the listing. */
export function readmeOf(folder: Pick<Folder, 'files'>): string | undefined {
  return folder.files.find((f) => f.relativePath.toLowerCase() === 'readme.md')?.absolutePath;
}

const MODE_LABEL: Record<FileMode, string> = {
  NORMAL: 'File',
  EXECUTABLE: 'Executable file',
  SYMLINK: 'Symbolic link',
};

export const describeRow = (row: FolderRow) => (row.kind === 'folder' ? 'Folder' : MODE_LABEL[row.mode ?? 'NORMAL']);

import { Link } from 'react-router';
import { useFolder } from '../../api/codecommit/get-folder';
import { linkClass } from '../../components/button-styles';
import { ErrorPanel } from '../../components/error-panel';
import { FileIcon, FolderIcon } from '../../components/icons';
import { Loading } from '../../components/loading';
import { describeRow, readmeOf, toFolderRows } from './folder-rows';
import { browsePath, filePath, parentFolder } from './paths';
import { ReadmePreview } from './readme-preview';
import { TableHead } from '../../components/table-head';

interface FolderListingProps {
  name: string;
  gitRef: string;
  path: string;
}

export function FolderListing({ name, gitRef, path }: FolderListingProps) {
  const folder = useFolder(name, gitRef, path);
  if (folder.isPending) return <Loading label="Reading the folder…" />;
  if (folder.isError) {
    return (
      <ErrorPanel
        error={folder.error}
        subject={path ? `Folder ${path}` : 'The root folder'}
        back={{ to: browsePath(name, gitRef), label: `Back to the root of ${gitRef}` }}
      />
    );
  }

  const rows = toFolderRows(folder.data);
  const readme = readmeOf(folder.data);
  return (
    <div className="space-y-4">
      <div className="overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        <table className="w-full text-left">
          <caption className="sr-only">Contents of {path || 'the root folder'}</caption>
          <TableHead columns={['Name', 'Type']} />
          <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {path && (
              <tr>
                <td colSpan={2} className="px-4 py-2">
                  <Link to={browsePath(name, gitRef, parentFolder(path))} className={linkClass}>
                    .. (up to {parentFolder(path) || 'the root'})
                  </Link>
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.path} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
                <td className="px-4 py-2">
                  <Link
                    to={row.kind === 'folder' ? browsePath(name, gitRef, row.path) : filePath(name, gitRef, row.path)}
                    className={`${linkClass} inline-flex items-center gap-2`}
                  >
                    <span className={row.kind === 'folder' ? 'text-amber-600 dark:text-amber-400' : 'text-zinc-500'}>
                      {row.kind === 'folder' ? <FolderIcon /> : <FileIcon />}
                    </span>
                    {row.name}
                  </Link>
                </td>
                <td className="px-4 py-2 text-zinc-600 dark:text-zinc-400">{describeRow(row)}</td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={2} className="px-4 py-4 text-zinc-600 dark:text-zinc-400">
                  This folder is empty.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {readme && <ReadmePreview name={name} gitRef={gitRef} path={readme} />}
    </div>
  );
}

import { Link } from 'react-router';
import type { RepositorySummary } from '../../../api/codeartifact/wire-types';
import { linkClass } from '../../../components/button-styles';
import { formatDateTime } from '../../../components/format/time';
import { TableHead } from '../../../components/table-head';
import { domainPath, repositoryPath } from '../shared/paths';

const COLUMNS = ['Repository', 'Domain', 'Description', 'Administrator', 'Created'];

/** Repositories across every domain of the account (ListRepositories). */
export function RepositoriesTable({ repositories }: { repositories: RepositorySummary[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">Repositories</caption>
        <TableHead columns={COLUMNS} />
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {repositories.map((r) => (
            <tr key={`${r.domainName}/${r.name}`} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
              <td className="px-4 py-2.5 whitespace-nowrap">
                <Link to={repositoryPath(r.domainName ?? '', r.name ?? '')} className={`${linkClass} font-semibold`}>
                  {r.name}
                </Link>
              </td>
              <td className="px-4 py-2.5 whitespace-nowrap">
                <Link to={domainPath(r.domainName ?? '')} className={linkClass}>
                  {r.domainName}
                </Link>
              </td>
              <td className="px-4 py-2.5 text-zinc-700 dark:text-zinc-300">{r.description || '—'}</td>
              <td className="px-4 py-2.5 font-mono text-xs">{r.administratorAccount}</td>
              <td className="px-4 py-2.5 whitespace-nowrap">
                {r.createdTime !== undefined ? formatDateTime(r.createdTime * 1000) : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

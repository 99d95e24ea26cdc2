import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { listPackageVersionsQueryOptions } from '../../../api/codeartifact/list-package-versions';
import type { PackageSummary } from '../../../api/codeartifact/wire-types';
import { linkClass } from '../../../components/button-styles';
import { TableHead } from '../../../components/table-head';
import { packagePath } from '../shared/paths';

const COLUMNS = ['Package', 'Format', 'Namespace', 'Latest version', 'Versions here', 'Publish', 'Upstream'];

/** The packages this repository holds itself, with their latest version and origin controls. */
export function PackagesTable({
  domain,
  repository,
  packages,
}: {
  domain: string;
  repository: string;
  packages: PackageSummary[];
}) {
  const versions = useQueries({
    queries: packages.map((p) =>
      listPackageVersionsQueryOptions({
        domain,
        repository,
        format: p.format ?? 'generic',
        namespace: p.namespace,
        package: p.package ?? '',
      }),
    ),
  });
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">Packages in {repository}</caption>
        <TableHead columns={COLUMNS} />
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {packages.map((p, i) => {
            const restrictions = p.originConfiguration?.restrictions;
            const data = versions[i]?.data;
            return (
              <tr
                key={`${p.format}/${p.namespace ?? ''}/${p.package}`}
                className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40"
              >
                <td className="px-4 py-2.5">
                  <Link
                    to={packagePath({
                      domain,
                      repository,
                      format: p.format ?? 'generic',
                      namespace: p.namespace,
                      package: p.package ?? '',
                    })}
                    className={`${linkClass} font-mono font-semibold`}
                  >
                    {p.package}
                  </Link>
                </td>
                <td className="px-4 py-2.5">{p.format}</td>
                <td className="px-4 py-2.5 font-mono text-sm">{p.namespace ?? '—'}</td>
                <td className="px-4 py-2.5 font-mono text-sm">
                  {data ? (data.defaultDisplayVersion ?? data.versions.at(-1)?.version ?? '—') : '…'}
                </td>
                <td className="px-4 py-2.5">{data ? data.versions.length : '…'}</td>
                <td className="px-4 py-2.5 text-xs font-semibold">{restrictions?.publish}</td>
                <td className="px-4 py-2.5 text-xs font-semibold">{restrictions?.upstream}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

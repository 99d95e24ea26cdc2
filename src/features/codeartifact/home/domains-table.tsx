import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { assetCensusQueryOptions } from '../../../api/codeartifact/asset-census';
import { describeDomainQueryOptions } from '../../../api/codeartifact/describe-domain';
import type { DomainSummary } from '../../../api/codeartifact/wire-types';
import { linkClass } from '../../../components/button-styles';
import { formatBytes } from '../../../components/format/bytes';
import { formatDateTime } from '../../../components/format/time';
import { TableHead } from '../../../components/table-head';
import { domainPath } from '../shared/paths';

const COLUMNS = ['Domain', 'Owner', 'Repositories', 'Assets stored', 'Encryption key', 'Created'];

/** The account's domains, each described for its repository count and its deduplicated storage. */
export function DomainsTable({ domains }: { domains: DomainSummary[] }) {
  const described = useQueries({ queries: domains.map((d) => describeDomainQueryOptions(d.name ?? '')) });
  const censuses = useQueries({ queries: domains.map((d) => assetCensusQueryOptions(d.name ?? '')) });
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">Domains</caption>
        <TableHead columns={COLUMNS} />
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {domains.map((d, i) => {
            const description = described[i]?.data;
            const census = censuses[i]?.data;
            return (
              <tr key={d.name} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
                <td className="px-4 py-2.5">
                  <Link to={domainPath(d.name ?? '')} className={`${linkClass} font-semibold`}>
                    {d.name}
                  </Link>
                </td>
                <td className="px-4 py-2.5 font-mono text-xs">{d.owner}</td>
                <td className="px-4 py-2.5">{description?.repositoryCount ?? '…'}</td>
                <td className="px-4 py-2.5 whitespace-nowrap">
                  {description ? formatBytes(description.assetSizeBytes ?? 0) : '…'}
                  {census && (
                    <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                      {census.stored} {census.stored === 1 ? 'asset' : 'assets'}, held {census.references}×
                    </span>
                  )}
                </td>
                <td className="max-w-72 truncate px-4 py-2.5 font-mono text-xs" title={d.encryptionKey}>
                  {d.encryptionKey}
                </td>
                <td className="px-4 py-2.5 whitespace-nowrap">
                  {d.createdTime !== undefined ? formatDateTime(d.createdTime * 1000) : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="border-t border-zinc-100 px-4 py-2 text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
        Assets stored counts each asset once per domain, however many repositories hold its version: a package fetched
        through three repositories takes its size once (DescribeDomain’s assetSizeBytes). “Held 3×” counts how many
        times repositories hold those assets.
      </p>
    </div>
  );
}

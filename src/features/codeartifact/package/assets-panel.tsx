import { usePackageVersionAssets } from '../../../api/codeartifact/list-package-version-assets';
import type { PackageCoordinates, PackageVersionStatus } from '../../../api/codeartifact/wire-types';
import { formatBytes } from '../../../components/format/bytes';
import { Loading } from '../../../components/loading';
import { Panel } from '../../../components/panel';
import { TableHead } from '../../../components/table-head';
import { ErrorCallout } from '../shared/error-callout';

/** ListPackageVersionAssets for one version: the files a package manager downloads, with their SHA-256. */
export function AssetsPanel({
  coordinates,
  version,
  status,
}: {
  coordinates: PackageCoordinates;
  version: string;
  status?: PackageVersionStatus;
}) {
  const disposed = status === 'Disposed';
  const assets = usePackageVersionAssets(coordinates, disposed ? undefined : version);
  if (disposed)
    return (
      <Panel title={`Assets of ${version}`}>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          None: disposing a version deletes its assets for good; only its record stays.
        </p>
      </Panel>
    );
  return (
    <Panel title={`Assets of ${version}`} flush>
      {assets.isPending && (
        <div className="px-4">
          <Loading label="Reading assets…" />
        </div>
      )}
      {assets.error && (
        <div className="p-4">
          <ErrorCallout error={assets.error} />
        </div>
      )}
      {assets.data?.length === 0 && (
        <p className="px-4 py-3 text-sm text-zinc-600 dark:text-zinc-400">This version has no assets.</p>
      )}
      {assets.data && assets.data.length > 0 && (
        <table className="w-full text-left">
          <caption className="sr-only">Assets</caption>
          <TableHead columns={['Asset', 'Size', 'SHA-256']} />
          <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {assets.data.map((a) => (
              <tr key={a.name}>
                <td className="px-4 py-2.5 font-mono text-sm">{a.name}</td>
                <td className="px-4 py-2.5 whitespace-nowrap">{formatBytes(a.size ?? 0)}</td>
                <td className="max-w-md truncate px-4 py-2.5 font-mono text-xs" title={a.hashes?.['SHA-256']}>
                  {a.hashes?.['SHA-256']}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

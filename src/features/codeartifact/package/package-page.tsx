import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { usePackage } from '../../../api/codeartifact/describe-package';
import { usePackageVersions } from '../../../api/codeartifact/list-package-versions';
import { useRepositoriesInDomain } from '../../../api/codeartifact/list-repositories-in-domain';
import type { PackageCoordinates, PackageFormat, PackageVersionsResult } from '../../../api/codeartifact/wire-types';
import { ErrorPanel } from '../../../components/error-panel';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { packageDisplayName } from '../shared/external-connections';
import { repositoryPath } from '../shared/paths';
import { AssetsPanel } from './assets-panel';
import { OriginControls } from './origin-controls';
import { VersionOperations } from './version-operations';
import { VersionResults } from './version-results';
import { VersionsTable } from './versions-table';

/** One package in one repository: its versions with their statuses and origins, the actions on them, origin controls. */
export function PackagePage() {
  const params = useParams();
  const [search] = useSearchParams();
  const coordinates: PackageCoordinates = {
    domain: params.domain ?? '',
    repository: params.repository ?? '',
    format: (params.format ?? 'npm') as PackageFormat,
    namespace: search.get('namespace') ?? undefined,
    package: params.package ?? '',
  };
  const name = packageDisplayName(coordinates.format, coordinates.namespace, coordinates.package);
  const description = usePackage(coordinates);
  const versions = usePackageVersions(coordinates);
  const repositories = useRepositoriesInDomain(coordinates.domain);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [assetsOf, setAssetsOf] = useState<string>();
  const [outcome, setOutcome] = useState<{ action: string; result: PackageVersionsResult }>();
  const back = {
    to: repositoryPath(coordinates.domain, coordinates.repository),
    label: `Back to ${coordinates.repository}`,
  };
  if (versions.error) return <ErrorPanel error={versions.error} subject={`Package ${name}`} back={back} />;
  const list = versions.data?.versions ?? [];
  const toggle = (version: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(version)) next.add(version);
      return next;
    });
  return (
    <>
      <PageHeader
        title={name}
        description={`${coordinates.format} package in repository ${coordinates.repository} (domain ${coordinates.domain}). The versions listed are the ones this repository holds itself, never its upstreams'.`}
      />
      <div className="space-y-4">
        <Panel
          title={versions.data ? `Versions (${list.length})` : 'Versions'}
          actions={
            <VersionOperations
              coordinates={coordinates}
              selected={list.filter((v) => selected.has(v.version ?? ''))}
              destinations={(repositories.data ?? [])
                .map((r) => r.name ?? '')
                .filter((r) => r !== coordinates.repository)}
              onDone={(action, result) => {
                setOutcome({ action, result });
                setSelected(new Set());
              }}
            />
          }
          flush
        >
          {outcome && (
            <div className="border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
              <VersionResults action={outcome.action} result={outcome.result} />
            </div>
          )}
          {versions.isPending ? (
            <div className="px-4">
              <Loading label="Reading versions…" />
            </div>
          ) : list.length === 0 ? (
            <p className="px-4 py-3 text-sm text-zinc-600 dark:text-zinc-400">
              This repository holds no version of the package (deleted versions are gone from the list).
            </p>
          ) : (
            <VersionsTable
              versions={list}
              selected={selected}
              onToggle={toggle}
              shownAssets={assetsOf}
              onShowAssets={(v) => setAssetsOf((current) => (current === v ? undefined : v))}
            />
          )}
        </Panel>
        {assetsOf && (
          <AssetsPanel
            coordinates={coordinates}
            version={assetsOf}
            status={list.find((v) => v.version === assetsOf)?.status}
          />
        )}
        <OriginControls
          key={JSON.stringify(description.data?.originConfiguration)}
          coordinates={coordinates}
          description={description.data}
        />
      </div>
    </>
  );
}

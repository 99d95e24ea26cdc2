import { useState } from 'react';
import { useParams } from 'react-router';
import { useAssetCensus } from '../../../api/codeartifact/asset-census';
import { useDomain } from '../../../api/codeartifact/describe-domain';
import {
  useDeleteDomainPermissionsPolicy,
  useDomainPermissionsPolicy,
  usePutDomainPermissionsPolicy,
} from '../../../api/codeartifact/domain-permissions-policy';
import { useRepositoryDescriptions } from '../../../api/codeartifact/list-repositories-in-domain';
import { buttonClass } from '../../../components/button-styles';
import { EmptyState } from '../../../components/empty-state';
import { ErrorPanel } from '../../../components/error-panel';
import { formatBytes } from '../../../components/format/bytes';
import { formatDateTime } from '../../../components/format/time';
import { KeyValueList } from '../../../components/key-value-list';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { RepositoriesTable } from '../home/repositories-table';
import { codeartifactHome } from '../shared/paths';
import { examplePolicy, PolicyEditor } from '../shared/policy-editor';
import { CreateRepositoryDialog } from './create-repository-dialog';
import { PackageExplorer } from './package-explorer';

/** One domain: its facts, its repositories drawn as a graph with the package explorer, and its resource policy. */
export function DomainPage() {
  const domainName = useParams().domain ?? '';
  const [creating, setCreating] = useState(false);
  const domain = useDomain(domainName);
  const repositories = useRepositoryDescriptions(domainName);
  const census = useAssetCensus(domainName);
  const policy = useDomainPermissionsPolicy(domainName);
  const put = usePutDomainPermissionsPolicy();
  const remove = useDeleteDomainPermissionsPolicy();
  if (domain.error)
    return (
      <ErrorPanel
        error={domain.error}
        subject={`Domain ${domainName}`}
        back={{ to: codeartifactHome(), label: 'Back to CodeArtifact' }}
      />
    );
  const d = domain.data;
  const names = repositories.data?.map((r) => r.name ?? '') ?? [];
  const create = (
    <button type="button" className={buttonClass('primary')} onClick={() => setCreating(true)}>
      Create repository
    </button>
  );
  return (
    <>
      <PageHeader
        title={domainName}
        description="A CodeArtifact domain: its repositories share one store of assets and one encryption key."
        actions={create}
      />
      <div className="space-y-4">
        <Panel title="Domain details">
          {!d ? (
            <Loading label="Reading the domain…" />
          ) : (
            <KeyValueList
              items={[
                { label: 'Owner', value: <span className="font-mono text-sm">{d.owner}</span> },
                { label: 'Status', value: d.status },
                { label: 'ARN', value: <span className="font-mono text-xs">{d.arn}</span> },
                { label: 'Encryption key', value: <span className="font-mono text-xs">{d.encryptionKey}</span> },
                { label: 'Repositories', value: d.repositoryCount ?? 0 },
                {
                  label: 'Assets stored (deduplicated)',
                  value: (
                    <>
                      {formatBytes(d.assetSizeBytes ?? 0)}
                      {census.data &&
                        census.data.stored > 0 &&
                        ` in ${census.data.stored} ${census.data.stored === 1 ? 'asset' : 'assets'}, held ${census.data.references} ${census.data.references === 1 ? 'time' : 'times'} across repositories`}
                      <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                        Each asset is stored once for the domain, however many of its repositories hold the version.
                      </span>
                    </>
                  ),
                },
                { label: 'Created', value: d.createdTime !== undefined ? formatDateTime(d.createdTime * 1000) : '' },
                { label: 'Asset storage', value: <span className="font-mono text-xs">{d.s3BucketArn}</span> },
              ]}
            />
          )}
        </Panel>
        <Panel title="Repositories, upstreams and package explorer">
          {repositories.isPending && <Loading label="Reading repositories…" />}
          {repositories.error && (
            <ErrorPanel
              error={repositories.error}
              subject="The repositories"
              back={{ to: codeartifactHome(), label: 'Back to CodeArtifact' }}
            />
          )}
          {repositories.data?.length === 0 && (
            <EmptyState title="No repositories in this domain" action={create}>
              <p>
                Create a repository for your packages, and one per public registry (npm-store with public:npmjs) as its
                upstream.
              </p>
            </EmptyState>
          )}
          {repositories.data && repositories.data.length > 0 && (
            <PackageExplorer domain={domainName} repositories={repositories.data} />
          )}
        </Panel>
        {repositories.data && repositories.data.length > 0 && (
          <Panel title={`Repositories (${repositories.data.length})`} flush>
            <RepositoriesTable repositories={repositories.data} />
          </Panel>
        )}
        <PolicyEditor
          title="Domain policy"
          explanation="Who may use the domain: create repositories in it, get authorization tokens, read from its repositories. A principal of another account needs this policy and a repository policy."
          policy={policy}
          onSave={(input, done) => put.mutate({ domain: domainName, ...input }, { onSuccess: done })}
          onDelete={(done) => remove.mutate({ domain: domainName }, { onSuccess: done })}
          pending={put.isPending || remove.isPending}
          error={put.error ?? remove.error}
          example={examplePolicy(d?.owner ?? '111122223333', [
            'codeartifact:GetAuthorizationToken',
            'codeartifact:ReadFromRepository',
          ])}
        />
      </div>
      {creating && <CreateRepositoryDialog domain={domainName} existing={names} onClose={() => setCreating(false)} />}
    </>
  );
}

import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useRepository } from '../../../api/codeartifact/describe-repository';
import { usePackages } from '../../../api/codeartifact/list-packages';
import { useRepositoriesInDomain } from '../../../api/codeartifact/list-repositories-in-domain';
import {
  useDeleteRepositoryPermissionsPolicy,
  usePutRepositoryPermissionsPolicy,
  useRepositoryPermissionsPolicy,
} from '../../../api/codeartifact/repository-permissions-policy';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { EmptyState } from '../../../components/empty-state';
import { ErrorPanel } from '../../../components/error-panel';
import { formatDateTime } from '../../../components/format/time';
import { KeyValueList } from '../../../components/key-value-list';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { ErrorCallout } from '../shared/error-callout';
import { domainPath } from '../shared/paths';
import { examplePolicy, PolicyEditor } from '../shared/policy-editor';
import { ConnectionInstructions } from './connection-instructions';
import { EditDescriptionDialog } from './edit-description-dialog';
import { ExternalConnectionPanel } from './external-connection-panel';
import { PackagesTable } from './packages-table';
import { UpstreamsPanel } from './upstreams-panel';

/** One repository: details, upstreams and external connection, the packages it holds, how to connect, its policy. */
export function RepositoryPage() {
  const params = useParams();
  const domain = params.domain ?? '';
  const name = params.repository ?? '';
  const repository = useRepository(domain, name);
  const packages = usePackages(domain, name);
  const siblings = useRepositoriesInDomain(domain);
  const policy = useRepositoryPermissionsPolicy(domain, name);
  const put = usePutRepositoryPermissionsPolicy();
  const remove = useDeleteRepositoryPermissionsPolicy();
  const [editing, setEditing] = useState(false);
  const back = { to: domainPath(domain), label: `Back to domain ${domain}` };
  if (repository.error) return <ErrorPanel error={repository.error} subject={`Repository ${name}`} back={back} />;
  const r = repository.data;
  const owner = r?.domainOwner ?? '';
  return (
    <>
      <PageHeader
        title={name}
        description={r?.description || `A repository of domain ${domain}.`}
        actions={
          <>
            <Link to={domainPath(domain)} className={buttonClass('normal')}>
              Domain graph and explorer
            </Link>
            {r && (
              <button type="button" className={buttonClass('normal')} onClick={() => setEditing(true)}>
                Edit description
              </button>
            )}
          </>
        }
      />
      {!r ? (
        <Loading label="Reading the repository…" />
      ) : (
        <div className="space-y-4">
          <Panel title="Repository details">
            <KeyValueList
              items={[
                {
                  label: 'Domain',
                  value: (
                    <Link to={domainPath(domain)} className={linkClass}>
                      {domain}
                    </Link>
                  ),
                },
                { label: 'Domain owner', value: <span className="font-mono text-sm">{owner}</span> },
                {
                  label: 'Administrator account',
                  value: <span className="font-mono text-sm">{r.administratorAccount}</span>,
                },
                { label: 'ARN', value: <span className="font-mono text-xs">{r.arn}</span> },
                { label: 'Created', value: r.createdTime !== undefined ? formatDateTime(r.createdTime * 1000) : '' },
              ]}
            />
          </Panel>
          <div className="grid items-start gap-4 xl:grid-cols-2">
            <UpstreamsPanel
              key={(r.upstreams ?? []).map((u) => u.repositoryName).join('\n')}
              domain={domain}
              repository={r}
              candidates={(siblings.data ?? []).map((s) => s.name ?? '').filter((s) => s !== name)}
            />
            <ExternalConnectionPanel domain={domain} repository={r} />
          </div>
          <Panel title={packages.data ? `Packages (${packages.data.length})` : 'Packages'} flush>
            {packages.isPending && (
              <div className="px-4">
                <Loading label="Reading packages…" />
              </div>
            )}
            {packages.error && (
              <div className="p-4">
                <ErrorCallout error={packages.error} />
              </div>
            )}
            {packages.data?.length === 0 && (
              <EmptyState title="No packages in this repository">
                <p>
                  Packages arrive when they are published here, copied here, or fetched through this repository from an
                  upstream or external connection (try Fetch in the domain’s explorer). Packages only its upstreams hold
                  are not listed.
                </p>
              </EmptyState>
            )}
            {packages.data && packages.data.length > 0 && (
              <PackagesTable domain={domain} repository={name} packages={packages.data} />
            )}
          </Panel>
          <ConnectionInstructions domain={domain} owner={owner} repository={name} />
          <PolicyEditor
            title="Repository policy"
            explanation="Who may read from or publish to this repository. CodeArtifact has no per-package read permission: a principal the policy allows to read reads every package of the repository, and one it does not reads none."
            policy={policy}
            onSave={(input, done) => put.mutate({ domain, repository: name, ...input }, { onSuccess: done })}
            onDelete={(done) => remove.mutate({ domain, repository: name }, { onSuccess: done })}
            pending={put.isPending || remove.isPending}
            error={put.error ?? remove.error}
            example={examplePolicy(owner || '111122223333', ['codeartifact:ReadFromRepository'])}
          />
        </div>
      )}
      {editing && r && <EditDescriptionDialog domain={domain} repository={r} onClose={() => setEditing(false)} />}
    </>
  );
}

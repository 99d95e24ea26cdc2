import { useState } from 'react';
import { useDomains } from '../../api/codeartifact/list-domains';
import { useRepositories } from '../../api/codeartifact/list-repositories';
import { buttonClass } from '../../components/button-styles';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { Panel } from '../../components/panel';
import { CreateDomainDialog } from './home/create-domain-dialog';
import { DomainsTable } from './home/domains-table';
import { HowResolutionWorks } from './home/how-resolution-works';
import { RepositoriesTable } from './home/repositories-table';

/** CodeArtifact's home: the account's domains, every repository, and how a package request is resolved. */
export function CodeArtifactPage() {
  const [creating, setCreating] = useState(false);
  const domains = useDomains();
  const repositories = useRepositories();
  const error = domains.error ?? repositories.error;
  if (error)
    return <ErrorPanel error={error} subject="The domain list" back={{ to: '/', label: 'Back to the dashboard' }} />;
  const create = (
    <button type="button" className={buttonClass('primary')} onClick={() => setCreating(true)}>
      Create domain
    </button>
  );
  return (
    <>
      <PageHeader
        title="CodeArtifact"
        description="Domains group repositories of packages (npm, PyPI, Maven, NuGet …); a repository searches itself, then its upstreams, then its external connection to a public registry."
        actions={create}
      />
      <div className="space-y-4">
        <Panel title={domains.data ? `Domains (${domains.data.length})` : 'Domains'} flush>
          {domains.isPending && (
            <div className="px-4">
              <Loading label="Reading domains…" />
            </div>
          )}
          {domains.data?.length === 0 && (
            <EmptyState title="No domains" action={create}>
              <p>
                A domain holds repositories and stores each package asset once, however many of its repositories hold
                the version. Create one, then its repositories.
              </p>
            </EmptyState>
          )}
          {domains.data && domains.data.length > 0 && <DomainsTable domains={domains.data} />}
        </Panel>
        <Panel title={repositories.data ? `Repositories (${repositories.data.length})` : 'Repositories'} flush>
          {repositories.isPending && (
            <div className="px-4">
              <Loading label="Reading repositories…" />
            </div>
          )}
          {repositories.data?.length === 0 && (
            <EmptyState title="No repositories">
              <p>Repositories are created inside a domain: open a domain and choose Create repository.</p>
            </EmptyState>
          )}
          {repositories.data && repositories.data.length > 0 && <RepositoriesTable repositories={repositories.data} />}
        </Panel>
        <HowResolutionWorks />
      </div>
      {creating && <CreateDomainDialog onClose={() => setCreating(false)} />}
    </>
  );
}

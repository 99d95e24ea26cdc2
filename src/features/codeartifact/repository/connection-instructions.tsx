import { useState } from 'react';
import { useRepositoryEndpoint } from '../../../api/codeartifact/get-repository-endpoint';
import type { PackageFormat } from '../../../api/codeartifact/wire-types';
import { CopyButton } from '../../../components/copy-button';
import { SelectField } from '../../../components/form-field';
import { Loading } from '../../../components/loading';
import { Panel } from '../../../components/panel';
import { ErrorCallout } from '../shared/error-callout';
import { PACKAGE_FORMATS } from '../shared/external-connections';
import { connectionCommands } from './connection-commands';

/** How to point a package manager at this repository: its endpoint (GetRepositoryEndpoint) and the login command. */
export function ConnectionInstructions({
  domain,
  owner,
  repository,
}: {
  domain: string;
  owner: string;
  repository: string;
}) {
  const [format, setFormat] = useState<PackageFormat>('npm');
  const endpoint = useRepositoryEndpoint(domain, repository, format);
  return (
    <Panel title="Connection instructions">
      <div className="max-w-xs">
        <SelectField
          label="Package format"
          value={format}
          onChange={setFormat}
          options={PACKAGE_FORMATS.map((f) => [f, f] as const)}
        />
      </div>
      {endpoint.isPending && <Loading label="Reading the endpoint…" />}
      {endpoint.error && <ErrorCallout error={endpoint.error} />}
      {endpoint.data !== undefined && (
        <div className="mt-4 space-y-4">
          <div>
            <p className="text-xs font-semibold text-zinc-600 dark:text-zinc-400">Repository endpoint</p>
            <p className="font-mono text-sm break-all">{endpoint.data}</p>
          </div>
          {connectionCommands(format, domain, owner, repository, endpoint.data).map((c) => (
            <div key={c.label}>
              <div className="mb-1 flex items-center justify-between gap-2">
                <p className="text-xs font-semibold text-zinc-600 dark:text-zinc-400">{c.label}</p>
                <CopyButton text={c.command} label="Copy" />
              </div>
              <pre className="overflow-x-auto rounded-md bg-zinc-100 px-3 py-2 font-mono text-sm dark:bg-zinc-800">
                {c.command}
              </pre>
            </div>
          ))}
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            In a CodeBuild buildspec, run the login command in <code>pre_build</code>; later installs then resolve
            through this repository and its upstreams, and the build log says where each package came from. The token
            lasts 12 hours.
          </p>
        </div>
      )}
    </Panel>
  );
}

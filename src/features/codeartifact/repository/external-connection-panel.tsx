import { useState } from 'react';
import { useAssociateExternalConnection } from '../../../api/codeartifact/associate-external-connection';
import { useDisassociateExternalConnection } from '../../../api/codeartifact/disassociate-external-connection';
import type { RepositoryDescription } from '../../../api/codeartifact/wire-types';
import { buttonClass } from '../../../components/button-styles';
import { ConfirmDeleteDialog } from '../../../components/confirm-delete-dialog';
import { SelectField } from '../../../components/form-field';
import { Panel } from '../../../components/panel';
import { CODEARTIFACT_EXPLANATIONS, ErrorCallout } from '../shared/error-callout';
import { EXTERNAL_CONNECTIONS } from '../shared/external-connections';

/** The repository's one external connection: associate a public registry, or disassociate the current one. */
export function ExternalConnectionPanel({ domain, repository }: { domain: string; repository: RepositoryDescription }) {
  const name = repository.name ?? '';
  const current = repository.externalConnections?.[0];
  const associate = useAssociateExternalConnection();
  const disassociate = useDisassociateExternalConnection();
  const [choice, setChoice] = useState(EXTERNAL_CONNECTIONS[0]?.name ?? '');
  const [confirming, setConfirming] = useState(false);
  return (
    <Panel title="External connection">
      {current ? (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p>
            <span className="font-mono font-semibold">{current.externalConnectionName}</span> ({current.packageFormat},{' '}
            {current.status}). Versions this repository fetches from it are retained here and in the repository that
            asked.
          </p>
          <button type="button" className={buttonClass('normal', 'px-3 py-1')} onClick={() => setConfirming(true)}>
            Disassociate
          </button>
        </div>
      ) : (
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            associate.mutate({ domain, repository: name, externalConnection: choice });
          }}
        >
          <SelectField
            label="Public registry"
            value={choice}
            onChange={setChoice}
            options={EXTERNAL_CONNECTIONS.map((c) => [c.name, `${c.name} (${c.source}, ${c.format})`] as const)}
            hint="One per repository; asked after the repository’s upstreams."
          />
          <button
            type="submit"
            className={buttonClass('primary', 'mb-5 px-3 py-1')}
            aria-disabled={associate.isPending}
          >
            Associate
          </button>
        </form>
      )}
      {associate.error && <ErrorCallout error={associate.error} />}
      {confirming && current && (
        <ConfirmDeleteDialog
          title="Disassociate external connection"
          confirmLabel="Disassociate"
          error={disassociate.error}
          explanations={CODEARTIFACT_EXPLANATIONS}
          onClose={() => setConfirming(false)}
          onConfirm={() =>
            disassociate.mutate(
              { domain, repository: name, externalConnection: current.externalConnectionName ?? '' },
              { onSuccess: () => setConfirming(false) },
            )
          }
        >
          <p>
            Stop fetching new versions from <strong>{current.externalConnectionName}</strong> through {name}? Versions
            already retained stay where they are.
          </p>
        </ConfirmDeleteDialog>
      )}
    </Panel>
  );
}

import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAssociateExternalConnection } from '../../../api/codeartifact/associate-external-connection';
import { useCreateRepository } from '../../../api/codeartifact/create-repository';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { SelectField, TextField } from '../../../components/form-field';
import { ErrorCallout } from '../shared/error-callout';
import { EXTERNAL_CONNECTIONS } from '../shared/external-connections';
import { REPOSITORY_NAME_RULE, repositoryNameProblems } from '../shared/names';
import { repositoryPath } from '../shared/paths';
import { UpstreamListEditor } from '../shared/upstream-list-editor';

const CONNECTION_OPTIONS = [
  ['', 'None'] as const,
  ...EXTERNAL_CONNECTIONS.map((c) => [c.name, `${c.name} (${c.source}, ${c.format})`] as const),
];

/**
 * CreateRepository with its upstreams in priority order, then AssociateExternalConnection when a public registry
 * is chosen (the API sets the connection separately). If the connection is refused the repository exists: the
 * dialog says so and offers to retry only the connection.
 */
export function CreateRepositoryDialog({
  domain,
  existing,
  onClose,
}: {
  domain: string;
  existing: readonly string[];
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const create = useCreateRepository();
  const associate = useAssociateExternalConnection();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [upstreams, setUpstreams] = useState<string[]>([]);
  const [connection, setConnection] = useState('');
  const created = create.isSuccess ? create.variables.repository : undefined;
  const problems = name === '' ? [] : repositoryNameProblems(name);

  const connect = (repository: string) => {
    if (!connection) return void navigate(repositoryPath(domain, repository));
    associate.mutate(
      { domain, repository, externalConnection: connection },
      { onSuccess: () => void navigate(repositoryPath(domain, repository)) },
    );
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (created) return connect(created);
    create.mutate(
      {
        domain,
        repository: name,
        description: description.trim() || undefined,
        upstreams: upstreams.map((repositoryName) => ({ repositoryName })),
      },
      { onSuccess: (r) => connect(r.name ?? name) },
    );
  };
  return (
    <Dialog title="Create repository" onClose={onClose} size="wide">
      <form onSubmit={submit} className="space-y-4">
        <TextField
          label="Repository name"
          value={created ?? name}
          onChange={created ? () => undefined : setName}
          mono
          hint={REPOSITORY_NAME_RULE}
          error={problems.length > 0 ? problems.join(' ') : undefined}
        />
        <TextField label="Description (optional)" value={description} onChange={setDescription} />
        <UpstreamListEditor value={upstreams} onChange={setUpstreams} candidates={existing} />
        <SelectField
          label="External connection"
          value={connection}
          onChange={setConnection}
          options={CONNECTION_OPTIONS}
          hint="One public registry per repository, asked after the repository’s upstreams."
        />
        {create.error && <ErrorCallout error={create.error} />}
        {associate.error && (
          <>
            <p className="text-sm">
              Repository <strong>{created}</strong> was created; only the external connection was refused. Choose
              another connection (or None) and try again.
            </p>
            <ErrorCallout error={associate.error} />
          </>
        )}
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            {created ? 'Close' : 'Cancel'}
          </button>
          <button
            type="submit"
            className={buttonClass('primary')}
            aria-disabled={create.isPending || associate.isPending}
          >
            {created ? 'Connect' : 'Create repository'}
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

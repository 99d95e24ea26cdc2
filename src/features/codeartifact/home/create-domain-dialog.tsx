import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCreateDomain } from '../../../api/codeartifact/create-domain';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { TextField } from '../../../components/form-field';
import { ErrorCallout } from '../shared/error-callout';
import { DOMAIN_NAME_RULE, domainNameProblems } from '../shared/names';
import { domainPath } from '../shared/paths';

/**
 * CreateDomain: a name and, optionally, the KMS key its assets are encrypted with (CodeArtifact uses the
 * account's `aws/codeartifact` key otherwise). Broken name rules show as the user types; submitting anyway
 * sends the request, so the service's own refusal can be read too.
 */
export function CreateDomainDialog({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const create = useCreateDomain();
  const [name, setName] = useState('');
  const [encryptionKey, setEncryptionKey] = useState('');
  const problems = name === '' ? [] : domainNameProblems(name);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    create.mutate(
      { domain: name, encryptionKey: encryptionKey.trim() || undefined },
      { onSuccess: () => void navigate(domainPath(name)) },
    );
  };
  return (
    <Dialog title="Create domain" onClose={onClose}>
      <form onSubmit={submit} className="space-y-4">
        <TextField
          label="Domain name"
          value={name}
          onChange={setName}
          mono
          hint={DOMAIN_NAME_RULE}
          error={
            problems.length > 0 ? (
              <ul className="list-disc pl-4">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
        <TextField
          label="AWS KMS key (optional)"
          value={encryptionKey}
          onChange={setEncryptionKey}
          mono
          placeholder="arn:aws:kms:us-east-1:111122223333:key/…"
          hint="Leave empty for the AWS managed key aws/codeartifact. Every asset of the domain is encrypted with it."
        />
        {create.error && <ErrorCallout error={create.error} />}
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('primary')} aria-disabled={create.isPending}>
            Create domain
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

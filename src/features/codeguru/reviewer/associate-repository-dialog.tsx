import { useState } from 'react';
import { useAssociateRepository } from '../../../api/codeguru-reviewer/associate-repository';
import { REVIEWER_ERROR_EXPLANATIONS } from '../../../api/codeguru-reviewer/service';
import type { RepositoryAssociation } from '../../../api/codeguru-reviewer/wire-types';
import { useRepositories } from '../../../api/codecommit/list-repositories';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { ErrorCallout } from '../../../components/error-callout';
import { SelectField } from '../../../components/form-field';
import { Loading } from '../../../components/loading';

/** AssociateRepository for a CodeCommit repository of the account; already associated ones are marked. */
export function AssociateRepositoryDialog({
  associations,
  onClose,
}: {
  associations: readonly RepositoryAssociation[];
  onClose: () => void;
}) {
  const repositories = useRepositories();
  const associate = useAssociateRepository();
  const [name, setName] = useState('');
  const active = new Set(
    associations.filter((a) => a.State !== 'Disassociated' && a.State !== 'Failed').map((a) => a.Name),
  );
  const names = (repositories.data ?? []).map((r) => r.repositoryName).sort();
  const chosen = name || (names.find((n) => !active.has(n)) ?? names[0] ?? '');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    associate.mutate(chosen, { onSuccess: onClose });
  };
  return (
    <Dialog title="Associate repository" onClose={onClose}>
      <form onSubmit={submit} className="space-y-4">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          CodeGuru Reviewer sets up pull request notifications and source access (Associating, about 30 s), then reviews
          every pull request opened or updated in the repository.
        </p>
        {repositories.isPending ? (
          <Loading label="Reading CodeCommit repositories…" />
        ) : names.length === 0 ? (
          <p className="text-sm">This account has no CodeCommit repositories yet: create one first.</p>
        ) : (
          <SelectField
            label="CodeCommit repository"
            value={chosen}
            onChange={setName}
            options={names.map((n) => [n, active.has(n) ? `${n} (already associated)` : n] as const)}
          />
        )}
        {associate.error && <ErrorCallout error={associate.error} explanations={REVIEWER_ERROR_EXPLANATIONS} />}
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className={buttonClass('primary')}
            aria-disabled={associate.isPending || chosen === ''}
            disabled={chosen === ''}
          >
            Associate
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

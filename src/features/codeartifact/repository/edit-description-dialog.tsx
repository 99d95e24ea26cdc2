import { useState } from 'react';
import { useUpdateRepository } from '../../../api/codeartifact/update-repository';
import type { RepositoryDescription } from '../../../api/codeartifact/wire-types';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { TextField } from '../../../components/form-field';
import { ErrorCallout } from '../shared/error-callout';

/** UpdateRepository with a new description; the upstreams are sent as they are, so their order stays. */
export function EditDescriptionDialog({
  domain,
  repository,
  onClose,
}: {
  domain: string;
  repository: RepositoryDescription;
  onClose: () => void;
}) {
  const update = useUpdateRepository();
  const [description, setDescription] = useState(repository.description ?? '');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        domain,
        repository: repository.name ?? '',
        description,
        upstreams: (repository.upstreams ?? []).map((u) => ({ repositoryName: u.repositoryName ?? '' })),
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Dialog title="Edit description" onClose={onClose}>
      <form onSubmit={submit} className="space-y-4">
        <TextField
          label="Description"
          value={description}
          onChange={setDescription}
          hint="Up to 1,000 characters; shown in repository lists."
        />
        {update.error && <ErrorCallout error={update.error} />}
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('primary')} aria-disabled={update.isPending}>
            Save description
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

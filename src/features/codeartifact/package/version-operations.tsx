import { useState } from 'react';
import { useDeletePackageVersions } from '../../../api/codeartifact/delete-package-versions';
import { useDisposePackageVersions } from '../../../api/codeartifact/dispose-package-versions';
import type {
  PackageCoordinates,
  PackageVersionsResult,
  PackageVersionSummary,
} from '../../../api/codeartifact/wire-types';
import { buttonClass } from '../../../components/button-styles';
import { ConfirmDeleteDialog } from '../../../components/confirm-delete-dialog';
import { CODEARTIFACT_EXPLANATIONS } from '../shared/error-callout';
import { canCopy, canDispose, commonStatusTargets, sharedStatus } from './version-actions';
import { ChangeStatusDialog, CopyVersionsDialog } from './version-dialogs';

type Open = 'status' | 'copy' | 'dispose' | 'delete';

/** The actions on the selected versions: change status, copy, dispose, delete, each confirmed first. */
export function VersionOperations({
  coordinates,
  selected,
  destinations,
  onDone,
}: {
  coordinates: PackageCoordinates;
  selected: PackageVersionSummary[];
  destinations: string[];
  onDone: (action: string, result: PackageVersionsResult) => void;
}) {
  const [open, setOpen] = useState<Open>();
  const dispose = useDisposePackageVersions();
  const remove = useDeletePackageVersions();
  const versions = selected.map((v) => v.version ?? '');
  const statuses = selected.map((v) => v.status);
  const targets = commonStatusTargets(statuses);
  const expectedStatus = sharedStatus(statuses);
  const none = selected.length === 0;
  const close = () => setOpen(undefined);
  const done = (action: string, result: PackageVersionsResult) => {
    close();
    onDone(action, result);
  };
  const button = (label: string, which: Open, disabledReason?: string) => (
    <button
      type="button"
      className={buttonClass(which === 'delete' || which === 'dispose' ? 'danger' : 'normal', 'px-3 py-1')}
      disabled={none || disabledReason !== undefined}
      title={none ? 'Select one or more versions first' : disabledReason}
      onClick={() => setOpen(which)}
    >
      {label}
    </button>
  );
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="mr-2 text-sm text-zinc-600 dark:text-zinc-400">
        {none ? 'Select versions to act on' : `${selected.length} selected`}
      </span>
      {button(
        'Change status',
        'status',
        targets.length === 0 ? 'Disposed or deleted versions have no status to change to' : undefined,
      )}
      {button('Copy', 'copy', statuses.every(canCopy) ? undefined : 'A disposed version has no assets to copy')}
      {button('Dispose', 'dispose', statuses.every(canDispose) ? undefined : 'Already disposed')}
      {button('Delete', 'delete')}
      {open === 'status' && (
        <ChangeStatusDialog
          coordinates={coordinates}
          versions={versions}
          targets={targets}
          expectedStatus={expectedStatus}
          onDone={done}
          onClose={close}
        />
      )}
      {open === 'copy' && (
        <CopyVersionsDialog
          coordinates={coordinates}
          versions={versions}
          destinations={destinations}
          onDone={done}
          onClose={close}
        />
      )}
      {open === 'dispose' && (
        <ConfirmDeleteDialog
          title="Dispose package versions"
          confirmLabel="Dispose"
          error={dispose.error}
          explanations={CODEARTIFACT_EXPLANATIONS}
          onClose={close}
          onConfirm={() =>
            dispose.mutate(
              { ...coordinates, versions, expectedStatus },
              { onSuccess: (result) => done('Disposed', result) },
            )
          }
        >
          <p>
            Dispose <span className="font-mono font-semibold">{versions.join(', ')}</span>? Their assets are deleted for
            good and the status becomes Disposed; the record stays, and no status change can bring them back.
          </p>
        </ConfirmDeleteDialog>
      )}
      {open === 'delete' && (
        <ConfirmDeleteDialog
          title="Delete package versions"
          confirmLabel="Delete"
          error={remove.error}
          explanations={CODEARTIFACT_EXPLANATIONS}
          onClose={close}
          onConfirm={() =>
            remove.mutate(
              { ...coordinates, versions, expectedStatus },
              { onSuccess: (result) => done('Deleted', result) },
            )
          }
        >
          <p>
            Delete <span className="font-mono font-semibold">{versions.join(', ')}</span>? The versions and their
            records are removed from this repository; the same version can then be published again. Repositories that
            retained them keep their copies.
          </p>
        </ConfirmDeleteDialog>
      )}
    </div>
  );
}

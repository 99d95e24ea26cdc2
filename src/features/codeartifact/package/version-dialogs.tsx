import { useState } from 'react';
import { useCopyPackageVersions } from '../../../api/codeartifact/copy-package-versions';
import { useUpdatePackageVersionsStatus } from '../../../api/codeartifact/update-package-versions-status';
import type {
  PackageCoordinates,
  PackageVersionsResult,
  PackageVersionStatus,
} from '../../../api/codeartifact/wire-types';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { CheckField, SelectField } from '../../../components/form-field';
import { ErrorCallout } from '../shared/error-callout';
import { STATUS_MEANING, type SettableStatus } from './version-actions';

interface BatchDialogProps {
  coordinates: PackageCoordinates;
  versions: string[];
  onDone: (action: string, result: PackageVersionsResult) => void;
  onClose: () => void;
}

const versionList = (versions: string[]) => versions.join(', ');

/** UpdatePackageVersionsStatus for the selection, guarded by the status the versions had when selected. */
export function ChangeStatusDialog({
  coordinates,
  versions,
  targets,
  expectedStatus,
  onDone,
  onClose,
}: BatchDialogProps & { targets: SettableStatus[]; expectedStatus?: PackageVersionStatus }) {
  const update = useUpdatePackageVersionsStatus();
  const [target, setTarget] = useState<SettableStatus>(targets[0] ?? 'Published');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    update.mutate(
      { ...coordinates, versions, expectedStatus, targetStatus: target },
      { onSuccess: (result) => onDone(`Changed to ${target}`, result) },
    );
  };
  return (
    <Dialog title="Change status" onClose={onClose}>
      <form onSubmit={submit} className="space-y-4">
        <p>
          Versions <span className="font-mono font-semibold">{versionList(versions)}</span>
          {expectedStatus && (
            <>
              , now <strong>{expectedStatus}</strong> (a version changed meanwhile fails with MISMATCHED_STATUS)
            </>
          )}
          .
        </p>
        <SelectField
          label="New status"
          value={target}
          onChange={setTarget}
          options={targets.map((t) => [t, t] as const)}
          hint={STATUS_MEANING[target]}
        />
        {update.error && <ErrorCallout error={update.error} />}
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('primary')} aria-disabled={update.isPending}>
            Change status
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** CopyPackageVersions from this repository to another of the domain. */
export function CopyVersionsDialog({
  coordinates,
  versions,
  destinations,
  onDone,
  onClose,
}: BatchDialogProps & { destinations: string[] }) {
  const copy = useCopyPackageVersions();
  const [destination, setDestination] = useState(destinations[0] ?? '');
  const [allowOverwrite, setAllowOverwrite] = useState(false);
  const [includeFromUpstream, setIncludeFromUpstream] = useState(false);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const { repository, ...rest } = coordinates;
    copy.mutate(
      {
        ...rest,
        sourceRepository: repository,
        destinationRepository: destination,
        versions,
        allowOverwrite,
        includeFromUpstream,
      },
      { onSuccess: (result) => onDone(`Copied to ${destination}`, result) },
    );
  };
  return (
    <Dialog title="Copy package versions" onClose={onClose}>
      <form onSubmit={submit} className="space-y-4">
        <p>
          Copy <span className="font-mono font-semibold">{versionList(versions)}</span> from{' '}
          <strong>{coordinates.repository}</strong> to another repository of the domain. The assets are not stored
          twice: the domain keeps each asset once.
        </p>
        {destinations.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">The domain has no other repository to copy to.</p>
        ) : (
          <SelectField
            label="Destination repository"
            value={destination}
            onChange={setDestination}
            options={destinations.map((d) => [d, d] as const)}
          />
        )}
        <CheckField
          label="Allow overwrite"
          checked={allowOverwrite}
          onChange={setAllowOverwrite}
          hint="Without it a version the destination already has fails with ALREADY_EXISTS."
        />
        <CheckField
          label="Include versions from upstream"
          checked={includeFromUpstream}
          onChange={setIncludeFromUpstream}
          hint="Also copy versions this repository retained from its upstreams (origin not INTERNAL)."
        />
        {copy.error && <ErrorCallout error={copy.error} />}
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className={buttonClass('primary')}
            aria-disabled={copy.isPending || destinations.length === 0}
          >
            Copy
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

import { useState } from 'react';
import type { ComputePlatform } from '../../../api/codedeploy/control-types';
import { useRegisterApplicationRevision } from '../../../api/codedeploy/register-application-revision';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { ErrorCallout } from '../shared/error-callout';
import { TextField } from '../../../components/form-field';
import { emptyRevisionForm, toRevisionLocation, type RevisionForm } from '../shared/revision-form-model';
import { RevisionPicker } from '../shared/revision-picker';

/** RegisterApplicationRevision: tell CodeDeploy about a bundle or AppSpec before deploying it. */
export function RegisterRevisionDialog({
  applicationName,
  platform,
  onClose,
}: {
  applicationName: string;
  platform: ComputePlatform;
  onClose: () => void;
}) {
  const register = useRegisterApplicationRevision();
  const [form, setForm] = useState<RevisionForm>(() => emptyRevisionForm(platform, 0));
  const [description, setDescription] = useState('');
  const revision = toRevisionLocation(form, []);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!revision) return;
    register.mutate({ applicationName, revision, ...(description && { description }) }, { onSuccess: onClose });
  };
  return (
    <Dialog title={`Register a revision with ${applicationName}`} onClose={onClose} size="wide">
      <form onSubmit={submit} className="space-y-4">
        <RevisionPicker
          platform={platform}
          registered={[]}
          form={form}
          patch={(p) => setForm((f) => ({ ...f, ...p }))}
          allowRegistered={false}
        />
        <TextField label="Description (optional)" value={description} onChange={setDescription} />
        {register.error && <ErrorCallout error={register.error} />}
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('primary')} aria-disabled={!revision || register.isPending}>
            Register revision
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCreateApplication } from '../../../api/codedeploy/create-application';
import type { ComputePlatform } from '../../../api/codedeploy/control-types';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { ErrorCallout } from '../shared/error-callout';
import { areaOf } from '../shared/explain-error';
import { RadioGroup, TextField } from '../../../components/form-field';
import { applicationPath } from '../shared/paths';

const PLATFORMS = [
  {
    value: 'Server',
    label: 'EC2/On-premises',
    hint: 'Instances found by tags or Auto Scaling groups; in place or blue/green.',
  },
  { value: 'Lambda', label: 'AWS Lambda', hint: 'Shifts an alias from one function version to another.' },
  { value: 'ECS', label: 'Amazon ECS', hint: 'Replaces a service’s task set behind a load balancer (blue/green).' },
] as const;

/** CreateApplication: a name and the compute platform every group of it deploys to. */
export function CreateApplicationDialog({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const create = useCreateApplication();
  const [name, setName] = useState('');
  const [platform, setPlatform] = useState<ComputePlatform>('Server');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    create.mutate(
      { applicationName: name, computePlatform: platform },
      { onSuccess: () => void navigate(applicationPath(name)) },
    );
  };
  const atName = areaOf(create.error) === 'name';
  return (
    <Dialog title="Create application" onClose={onClose}>
      <form onSubmit={submit} className="space-y-4">
        <TextField
          label="Application name"
          value={name}
          onChange={setName}
          hint="Up to 100 letters, digits and . _ + = , @ -"
          error={atName ? <ErrorCallout error={create.error} compact /> : undefined}
        />
        <RadioGroup legend="Compute platform" value={platform} onChange={setPlatform} options={PLATFORMS} />
        {create.error && !atName && <ErrorCallout error={create.error} />}
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('primary')} aria-disabled={create.isPending}>
            Create application
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

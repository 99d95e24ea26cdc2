import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCreateProfilingGroup } from '../../../api/codeguru-profiler/profiling-groups';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { ErrorCallout } from '../../../components/error-callout';
import { CheckField, SelectField, TextField } from '../../../components/form-field';
import { CODEGURU_PROFILER_ERROR_EXPLANATIONS } from '../../../engine/codeguru-profiler/errors';

const NAME = /^[\w-]+$/;

/** The name's problem before the call, in the console's words (the service checks again). */
export function profilingGroupNameProblem(name: string): string | undefined {
  if (name === '') return 'Enter a name.';
  if (name.length > 255) return 'At most 255 characters.';
  if (!NAME.test(name)) return 'Only letters, digits, underscores (_) and hyphens (-).';
  return undefined;
}

/** CreateProfilingGroup: name, compute platform and whether the agents it orchestrates profile. */
export function CreateGroupDialog({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState('');
  const [platform, setPlatform] = useState<'Default' | 'AWSLambda'>('Default');
  const [enabled, setEnabled] = useState(true);
  const [touched, setTouched] = useState(false);
  const create = useCreateProfilingGroup();
  const navigate = useNavigate();
  const problem = profilingGroupNameProblem(name);

  const submit = () => {
    setTouched(true);
    if (problem) return;
    create.mutate(
      { profilingGroupName: name, computePlatform: platform, profilingEnabled: enabled },
      { onSuccess: (g) => void navigate(`/codeguru/profiler/groups/${encodeURIComponent(g.name)}`) },
    );
  };

  return (
    <Dialog title="Create profiling group" onClose={onClose}>
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <TextField
          label="Name"
          value={name}
          onChange={setName}
          mono
          hint="1-255 letters, digits, _ and -. The agent finds the group by this name."
          error={touched ? problem : undefined}
        />
        <SelectField
          label="Compute platform"
          value={platform}
          onChange={setPlatform}
          options={[
            ['Default', 'Default (EC2, on-premises, containers)'],
            ['AWSLambda', 'AWS Lambda'],
          ]}
          hint="Cannot be changed later."
        />
        <CheckField
          label="Profiling enabled"
          checked={enabled}
          onChange={setEnabled}
          hint="ConfigureAgent tells agents shouldProfile: false while this is off."
        />
        {create.isError && <ErrorCallout error={create.error} explanations={CODEGURU_PROFILER_ERROR_EXPLANATIONS} />}
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('primary')} disabled={create.isPending}>
            Create
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

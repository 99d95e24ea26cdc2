import { useState } from 'react';
import { useCreateDeploymentConfig } from '../../../api/codedeploy/create-deployment-config';
import type { ComputePlatform } from '../../../api/codedeploy/control-types';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { ErrorCallout } from '../shared/error-callout';
import { areaOf } from '../shared/explain-error';
import { SelectField, TextField } from '../../../components/form-field';
import { PLATFORM_LABEL } from '../shared/platform';
import { emptyConfigForm, toCreateConfigInput, type ConfigForm } from './config-form-model';

const PLATFORMS = (['Server', 'Lambda', 'ECS'] as const).map((p) => [p, PLATFORM_LABEL[p]] as const);

/**
 * CreateDeploymentConfig. `onCreated` gets the new name (the deployment group form selects it);
 * a refusal is shown at the field it is about, and the dialog keeps what was typed.
 */
export function CreateConfigDialog({
  platform,
  onClose,
  onCreated,
}: {
  platform?: ComputePlatform;
  onClose: () => void;
  onCreated?: (name: string) => void;
}) {
  const create = useCreateDeploymentConfig();
  const [form, setForm] = useState<ConfigForm>(() => emptyConfigForm(platform));
  const patch = (p: Partial<ConfigForm>) => setForm((f) => ({ ...f, ...p }));
  const area = areaOf(create.error);
  const errorAt = (a: typeof area) => (area === a ? <ErrorCallout error={create.error} compact /> : undefined);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const input = toCreateConfigInput(form);
    create.mutate(input, {
      onSuccess: () => {
        onCreated?.(input.deploymentConfigName);
        onClose();
      },
    });
  };
  return (
    <Dialog title="Create deployment configuration" onClose={onClose} size="wide">
      <form onSubmit={submit} className="space-y-4">
        <TextField
          label="Deployment configuration name"
          value={form.name}
          onChange={(name) => patch({ name })}
          hint="May not start with CodeDeployDefault. (reserved for the predefined configurations)."
          error={errorAt('name')}
        />
        {platform ? (
          <p>
            Compute platform: <strong>{PLATFORM_LABEL[platform]}</strong>
          </p>
        ) : (
          <SelectField
            label="Compute platform"
            value={form.computePlatform}
            onChange={(computePlatform) => patch({ computePlatform })}
            options={PLATFORMS}
          />
        )}
        {form.computePlatform === 'Server' ? (
          <div className="flex flex-wrap items-start gap-4">
            <SelectField
              label="Minimum healthy hosts"
              value={form.minimumType}
              onChange={(minimumType) => patch({ minimumType })}
              options={[
                ['FLEET_PERCENT', 'Percentage of the fleet (FLEET_PERCENT)'],
                ['HOST_COUNT', 'Number of instances (HOST_COUNT)'],
              ]}
            />
            <TextField
              label={form.minimumType === 'FLEET_PERCENT' ? 'Percentage' : 'Instances'}
              value={form.minimumValue}
              onChange={(minimumValue) => patch({ minimumValue })}
              width="w-28"
              hint={
                form.minimumType === 'FLEET_PERCENT'
                  ? 'Rounded up to whole instances when a deployment starts.'
                  : 'Instances that must stay healthy throughout.'
              }
              error={errorAt('minimumHealthy')}
            />
          </div>
        ) : (
          <div className="space-y-4">
            <SelectField
              label="Traffic shifting"
              value={form.routing}
              onChange={(routing) => patch({ routing })}
              options={[
                ['TimeBasedCanary', 'Canary: a share first, the rest after an interval'],
                ['TimeBasedLinear', 'Linear: equal shares every interval'],
                ['AllAtOnce', 'All at once'],
              ]}
              error={form.routing === 'AllAtOnce' ? errorAt('trafficRouting') : undefined}
            />
            {form.routing !== 'AllAtOnce' && (
              <div className="flex flex-wrap items-start gap-4">
                <TextField
                  label={form.routing === 'TimeBasedCanary' ? 'Canary percentage' : 'Percentage per step'}
                  value={form.percentage}
                  onChange={(percentage) => patch({ percentage })}
                  width="w-28"
                />
                <TextField
                  label="Interval (minutes)"
                  value={form.interval}
                  onChange={(interval) => patch({ interval })}
                  width="w-28"
                />
              </div>
            )}
            {form.routing !== 'AllAtOnce' && errorAt('trafficRouting')}
          </div>
        )}
        {create.error !== null && area !== 'name' && area !== 'minimumHealthy' && area !== 'trafficRouting' && (
          <ErrorCallout error={create.error} />
        )}
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('primary')} aria-disabled={create.isPending}>
            Create deployment configuration
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

import type { AutoRollbackEvent } from '../../../api/codedeploy/control-types';
import { CheckField } from '../../../components/form-field';
import { TokenList } from '../shared/token-list';
import type { FleetOptions } from './fleet-options';
import { MAX_ALARMS, type GroupForm } from './group-form-model';

type Patch = (p: Partial<GroupForm>) => void;

const EVENTS: { event: AutoRollbackEvent; label: string }[] = [
  { event: 'DEPLOYMENT_FAILURE', label: 'Roll back when a deployment fails' },
  { event: 'DEPLOYMENT_STOP_ON_ALARM', label: 'Roll back when alarm thresholds are met' },
  { event: 'DEPLOYMENT_STOP_ON_REQUEST', label: 'Roll back when a deployment is stopped by request' },
];

export function AlarmsSection({ form, patch, fleet }: { form: GroupForm; patch: Patch; fleet: FleetOptions }) {
  return (
    <div className="space-y-4">
      <CheckField
        label="Watch CloudWatch alarms"
        checked={form.alarmsEnabled}
        onChange={(alarmsEnabled) => patch({ alarmsEnabled })}
        hint="An alarm in ALARM stops the deployment (ALARM_ACTIVE)."
      />
      {form.alarmsEnabled && (
        <>
          <TokenList
            label={`Alarms (${form.alarms.length} of ${MAX_ALARMS})`}
            values={form.alarms}
            onChange={(alarms) => patch({ alarms })}
            suggestions={fleet.alarms}
            max={MAX_ALARMS}
          />
          <CheckField
            label="Ignore alarm configuration failures"
            checked={form.ignorePollAlarmFailure}
            onChange={(ignorePollAlarmFailure) => patch({ ignorePollAlarmFailure })}
            hint="Go on with the deployment when CloudWatch cannot be asked about the alarms."
          />
        </>
      )}
    </div>
  );
}

export function RollbackSection({ form, patch }: { form: GroupForm; patch: Patch }) {
  const toggle = (event: AutoRollbackEvent, on: boolean) =>
    patch({ rollbackEvents: on ? [...form.rollbackEvents, event] : form.rollbackEvents.filter((e) => e !== event) });
  return (
    <div className="space-y-3">
      <CheckField
        label="Roll back automatically"
        checked={form.rollbackEnabled}
        onChange={(rollbackEnabled) => patch({ rollbackEnabled })}
        hint="A rollback is a new deployment of the last revision that succeeded."
      />
      {form.rollbackEnabled && (
        <div className="ml-6 space-y-2">
          {EVENTS.map(({ event, label }) => (
            <CheckField
              key={event}
              label={label}
              checked={form.rollbackEvents.includes(event)}
              onChange={(on) => toggle(event, on)}
            />
          ))}
        </div>
      )}
    </div>
  );
}

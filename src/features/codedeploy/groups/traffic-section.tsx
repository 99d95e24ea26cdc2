import { CheckField, RadioGroup, TextField } from '../../../components/form-field';
import { TokenList } from '../shared/token-list';
import type { FleetOptions } from './fleet-options';
import type { GroupForm } from './group-form-model';

type Patch = (p: Partial<GroupForm>) => void;

/** EC2: in place or blue/green, load balancing, and the blue/green options. */
export function ServerTrafficSection({ form, patch, fleet }: { form: GroupForm; patch: Patch; fleet: FleetOptions }) {
  const blueGreen = form.deploymentType === 'BLUE_GREEN';
  return (
    <div className="space-y-4">
      <RadioGroup
        legend="Deployment type"
        value={form.deploymentType}
        onChange={(deploymentType) => patch({ deploymentType })}
        options={[
          { value: 'IN_PLACE', label: 'In-place', hint: 'Updates the instances the group has, a batch at a time.' },
          {
            value: 'BLUE_GREEN',
            label: 'Blue/green',
            hint: 'Installs on replacement instances, moves traffic to them, then retires the originals.',
          },
        ]}
      />
      {!blueGreen && (
        <CheckField
          label="Enable load balancing"
          checked={form.trafficControl}
          onChange={(trafficControl) => patch({ trafficControl })}
          hint="Takes each instance out of its target group while it is updated (BlockTraffic / AllowTraffic)."
        />
      )}
      {(blueGreen || form.trafficControl) && (
        <TokenList
          label="Target groups"
          values={form.targetGroups}
          onChange={(targetGroups) => patch({ targetGroups })}
          suggestions={fleet.targetGroups}
        />
      )}
      {blueGreen && (
        <>
          <RadioGroup
            legend="Environment configuration"
            value={form.greenFleet}
            onChange={(greenFleet) => patch({ greenFleet })}
            options={[
              {
                value: 'COPY_AUTO_SCALING_GROUP',
                label: 'Automatically copy Amazon EC2 Auto Scaling group',
                hint: 'A new group with the same settings launches the replacement instances.',
              },
              {
                value: 'DISCOVER_EXISTING',
                label: 'Manually provision instances',
                hint: 'The replacement instances are those the tags or groups above find at deployment time.',
              },
            ]}
          />
          <ReadyAndTermination form={form} patch={patch} keepAlive />
        </>
      )}
    </div>
  );
}

/** When to reroute traffic and what happens to the original environment afterwards. */
export function ReadyAndTermination({ form, patch, keepAlive }: { form: GroupForm; patch: Patch; keepAlive: boolean }) {
  return (
    <>
      <RadioGroup
        legend="Traffic rerouting"
        value={form.reroute}
        onChange={(reroute) => patch({ reroute })}
        options={[
          { value: 'CONTINUE_DEPLOYMENT', label: 'Reroute traffic immediately' },
          {
            value: 'STOP_DEPLOYMENT',
            label: 'I will choose whether to reroute traffic',
            hint: 'The deployment waits (status Ready) until you press Reroute traffic; if the wait runs out it stops.',
          },
        ]}
      />
      {form.reroute === 'STOP_DEPLOYMENT' && (
        <TextField
          label="Wait for Reroute traffic (minutes)"
          value={form.rerouteWaitMinutes}
          onChange={(rerouteWaitMinutes) => patch({ rerouteWaitMinutes })}
          width="w-28"
        />
      )}
      {keepAlive && (
        <RadioGroup
          legend="Original instances"
          value={form.originalInstances}
          onChange={(originalInstances) => patch({ originalInstances })}
          options={[
            { value: 'TERMINATE', label: 'Terminate the original instances in the deployment group' },
            {
              value: 'KEEP_ALIVE',
              label: 'Keep the original instances in the deployment group running',
              hint: 'They leave the load balancer and the group but keep running.',
            },
          ]}
        />
      )}
      {(!keepAlive || form.originalInstances === 'TERMINATE') && (
        <TextField
          label={keepAlive ? 'Terminate after (minutes)' : 'Delete the original task set after (minutes)'}
          value={form.terminationWaitMinutes}
          onChange={(terminationWaitMinutes) => patch({ terminationWaitMinutes })}
          width="w-28"
          hint="At most 2,880 minutes (2 days)."
        />
      )}
    </>
  );
}

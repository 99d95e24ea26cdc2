import { SuggestField } from '../shared/token-list';
import type { FleetOptions } from './fleet-options';
import type { GroupForm } from './group-form-model';
import { ReadyAndTermination } from './traffic-section';

type Patch = (p: Partial<GroupForm>) => void;

/** ECS: the service, its two target groups, the production listener and an optional test listener. */
export function EcsSection({ form, patch, fleet }: { form: GroupForm; patch: Patch; fleet: FleetOptions }) {
  const tgOptions = fleet.targetGroups.map((t) => [t, t] as const);
  return (
    <div className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <SuggestField
          label="ECS cluster name"
          value={form.ecsCluster}
          onChange={(ecsCluster) => patch({ ecsCluster })}
          suggestions={[...new Set(fleet.ecsServices.map((s) => s.clusterName))].map((c) => [c, c] as const)}
        />
        <SuggestField
          label="ECS service name"
          value={form.ecsService}
          onChange={(ecsService) => patch({ ecsService })}
          suggestions={fleet.ecsServices
            .filter((s) => !form.ecsCluster || s.clusterName === form.ecsCluster)
            .map((s) => [s.serviceName, `${s.clusterName}/${s.serviceName}`] as const)}
          hint="Its deployment controller must be CODE_DEPLOY; one deployment group per service."
        />
        <SuggestField
          label="Target group 1 (serves the original task set)"
          value={form.ecsTargetGroups[0]}
          onChange={(tg) => patch({ ecsTargetGroups: [tg, form.ecsTargetGroups[1]] })}
          suggestions={tgOptions}
        />
        <SuggestField
          label="Target group 2 (serves the replacement)"
          value={form.ecsTargetGroups[1]}
          onChange={(tg) => patch({ ecsTargetGroups: [form.ecsTargetGroups[0], tg] })}
          suggestions={tgOptions}
        />
      </div>
      <SuggestField
        label="Production listener ARN"
        value={form.prodListenerArn}
        onChange={(prodListenerArn) => patch({ prodListenerArn })}
        suggestions={fleet.listeners}
      />
      <SuggestField
        label="Test listener ARN (optional)"
        value={form.testListenerArn}
        onChange={(testListenerArn) => patch({ testListenerArn })}
        suggestions={fleet.listeners}
        hint="Routes test traffic to the replacement before production moves (AfterAllowTestTraffic)."
      />
      <ReadyAndTermination form={form} patch={patch} keepAlive={false} />
    </div>
  );
}

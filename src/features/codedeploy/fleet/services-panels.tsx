import type { FleetSnapshot } from '../../../api/fleet/describe-fleet';
import { Panel } from '../../../components/panel';
import { StatusPill } from '../shared/status-pill';

export function AutoScalingPanel({ groups }: { groups: FleetSnapshot['autoScalingGroups'] }) {
  return (
    <Panel title={`Auto Scaling groups (${groups.length})`}>
      {groups.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">No Auto Scaling groups.</p>
      ) : (
        <ul className="space-y-1">
          {groups.map((g) => (
            <li key={g.AutoScalingGroupName}>
              <span className="font-semibold">{g.AutoScalingGroupName}</span> · desired {g.DesiredCapacity} (min{' '}
              {g.MinSize}, max {g.MaxSize}) ·{' '}
              <span className="font-mono text-xs">
                {g.Instances.map((i) => i.InstanceId).join(', ') || 'no instances'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

export function LambdaPanel({ functions }: { functions: FleetSnapshot['lambdaFunctions'] }) {
  return (
    <Panel title={`Lambda functions (${functions.length})`}>
      {functions.length === 0 && (
        <p className="text-zinc-600 dark:text-zinc-400">No Lambda functions receive traffic.</p>
      )}
      <ul className="space-y-2">
        {functions.map((f) => (
          <li key={f.name}>
            <p className="font-semibold">{f.name}</p>
            <p className="text-sm">Versions: {f.versions.map((v) => v.Version).join(', ') || 'none published'}</p>
            {f.aliases.map((a) => {
              const extra = Object.entries(a.RoutingConfig?.AdditionalVersionWeights ?? {});
              const shifted = extra.reduce((sum, [, w]) => sum + w, 0);
              return (
                <p key={a.Name} className="text-sm">
                  Alias <strong>{a.Name}</strong>: version {a.FunctionVersion} {Math.round((1 - shifted) * 100)}%
                  {extra.map(([v, w]) => `, version ${v} ${Math.round(w * 100)}%`).join('')}
                </p>
              );
            })}
          </li>
        ))}
      </ul>
    </Panel>
  );
}

export function EcsPanel({ services }: { services: FleetSnapshot['ecsServices'] }) {
  return (
    <Panel title={`ECS services (${services.length})`}>
      {services.length === 0 && <p className="text-zinc-600 dark:text-zinc-400">No ECS services.</p>}
      <ul className="space-y-2">
        {services.map((s) => (
          <li key={s.serviceName}>
            <p className="font-semibold">{s.serviceName}</p>
            {s.taskSets.map((t) => (
              <p key={t.id} className="flex flex-wrap items-center gap-2 text-sm">
                <StatusPill status={t.status} />{' '}
                <span className="font-mono text-xs">{t.taskDefinition.split('/').pop()}</span> scale {t.scale.value}%
              </p>
            ))}
          </li>
        ))}
      </ul>
    </Panel>
  );
}

export function AlarmsPanel({ alarms }: { alarms: FleetSnapshot['alarms'] }) {
  return (
    <Panel title={`CloudWatch alarms (${alarms.length})`}>
      {alarms.length === 0 && <p className="text-zinc-600 dark:text-zinc-400">No alarms.</p>}
      <ul className="space-y-1.5">
        {alarms.map((a) => (
          <li key={a.AlarmName} className="flex flex-wrap items-center gap-2">
            <StatusPill status={a.StateValue} /> <span className="font-semibold">{a.AlarmName}</span>
            <span className="text-xs text-zinc-600 dark:text-zinc-400">
              {a.Namespace} {a.MetricName}
            </span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

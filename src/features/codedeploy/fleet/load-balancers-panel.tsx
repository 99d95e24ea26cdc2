import type { FleetSnapshot } from '../../../api/fleet/describe-fleet';
import { Panel } from '../../../components/panel';
import { StatusPill } from '../shared/status-pill';

/** Load balancers → listeners (with forward weights) → target groups → targets with their health. */
export function LoadBalancersPanel({ fleet }: { fleet: FleetSnapshot }) {
  const tgByArn = new Map(fleet.targetGroups.map((t) => [t.TargetGroupArn, t]));
  return (
    <Panel title={`Load balancers (${fleet.loadBalancers.length})`}>
      {fleet.loadBalancers.length === 0 && <p className="text-zinc-600 dark:text-zinc-400">No load balancers.</p>}
      <ul className="space-y-4">
        {fleet.loadBalancers.map((lb) => (
          <li key={lb.LoadBalancerArn}>
            <p className="font-semibold">
              {lb.LoadBalancerName}{' '}
              <span className="font-mono text-xs font-normal text-zinc-600 dark:text-zinc-400">{lb.DNSName}</span>
            </p>
            <ul className="mt-1 ml-4 space-y-2">
              {fleet.listeners
                .filter((l) => l.LoadBalancerArn === lb.LoadBalancerArn)
                .map((l) => (
                  <li key={l.ListenerArn}>
                    <p>
                      Listener {l.Protocol}:{l.Port}
                    </p>
                    <ul className="ml-4 space-y-1">
                      {(l.DefaultActions[0]?.ForwardConfig.TargetGroups ?? []).map((f) => {
                        const tg = tgByArn.get(f.TargetGroupArn);
                        return (
                          <li key={f.TargetGroupArn}>
                            <span className="font-mono text-xs">{tg?.TargetGroupName ?? f.TargetGroupArn}</span>{' '}
                            <span className="text-xs text-zinc-600 dark:text-zinc-400">weight {f.Weight}</span>
                            <div className="mt-1 flex flex-wrap gap-1.5">
                              {(tg?.targets ?? []).map((t) => (
                                <span key={t.Target.Id} className="inline-flex items-center gap-1 font-mono text-xs">
                                  {t.Target.Id} <StatusPill status={t.TargetHealth.State} />
                                </span>
                              ))}
                              {tg && tg.targets.length === 0 && (
                                <span className="text-xs text-zinc-500">no targets</span>
                              )}
                            </div>
                          </li>
                        );
                      })}
                    </ul>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

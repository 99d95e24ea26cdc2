import { getOwn, setOwn } from '../core/records';
import type { SimContext } from '../core/simulation';
import type { Account } from '../world';
import { emitTrafficWeights, type EntryPointType } from './events';
import {
  DEFAULT_REVISION_PROFILE,
  type EcsTaskSet,
  type FleetState,
  type LambdaFunction,
  type Listener,
  type LoadBalancer,
  type RevisionProfile,
  type TargetGroup,
} from './state';

/** A stopped or missing backend answers nothing: every request routed to it fails. */
const DEAD: RevisionProfile = { errorRate: 1, latencyMs: 0 };

/** One place an entry point's requests end up, with the share of them it receives. */
export interface Route {
  /** Stable key of the backend (for carried fractions): target, task set or Lambda version. */
  sinkKey: string;
  /** What the percentages name: an EC2 revision key, a Lambda version, an ECS task definition. */
  label: string;
  share: number;
  profile: RevisionProfile;
  targetGroup?: TargetGroup;
  version?: string;
}

export interface Routing {
  entryPointType: EntryPointType;
  routes: Route[];
  /** Share no backend can take (no healthy or registered targets): the load balancer answers 503. */
  unrouted: number;
  loadBalancer?: LoadBalancer;
  fn?: LambdaFunction;
  alias?: string;
}

export const NO_REVISION = 'none';

export function findListener(
  fleet: FleetState,
  listenerArn: string,
): { lb: LoadBalancer; listener: Listener } | undefined {
  for (const lb of Object.values(fleet.loadBalancers)) {
    const listener = lb.listeners.find((l) => l.listenerArn === listenerArn);
    if (listener) return { lb, listener };
  }
  return undefined;
}

export function findTaskSet(fleet: FleetState, id: string): EcsTaskSet | undefined {
  for (const service of Object.values(fleet.ecsServices)) {
    const taskSet = service.taskSets.find((t) => t.id === id);
    if (taskSet) return taskSet;
  }
  return undefined;
}

export const taskDefinitionLabel = (fleet: FleetState, arn: string) => {
  const td = getOwn(fleet.taskDefinitions, arn);
  return td ? `${td.family}:${td.revision}` : arn;
};

/** Which backend a registered target is and how it answers. */
function backend(fleet: FleetState, targetId: string): { label: string; profile: RevisionProfile } {
  const instance = getOwn(fleet.instances, targetId);
  if (instance) {
    if (instance.state !== 'running') return { label: instance.revision?.revisionKey ?? NO_REVISION, profile: DEAD };
    const key = instance.revision?.revisionKey;
    return {
      label: key ?? NO_REVISION,
      profile:
        key === undefined
          ? DEFAULT_REVISION_PROFILE
          : (getOwn(fleet.revisionProfiles, key) ?? DEFAULT_REVISION_PROFILE),
    };
  }
  const taskSet = findTaskSet(fleet, targetId);
  if (taskSet && taskSet.status !== 'DRAINING') {
    return {
      label: taskDefinitionLabel(fleet, taskSet.taskDefinition),
      profile: getOwn(fleet.taskDefinitions, taskSet.taskDefinition)?.profile ?? DEFAULT_REVISION_PROFILE,
    };
  }
  return { label: NO_REVISION, profile: DEAD };
}

/**
 * The targets of a group that receive new requests: the healthy ones; when none is healthy, the
 * group fails open to its unhealthy targets, as an Application Load Balancer does.
 */
export function servingTargets(tg: TargetGroup): string[] {
  const ids = Object.keys(tg.targets).sort();
  const healthy = ids.filter((id) => tg.targets[id]?.state === 'healthy');
  return healthy.length > 0 ? healthy : ids.filter((id) => tg.targets[id]?.state === 'unhealthy');
}

export function listenerRouting(fleet: FleetState, lb: LoadBalancer, listener: Listener): Routing {
  const routes: Route[] = [];
  let unrouted = 0;
  const total = listener.forward.reduce((sum, f) => sum + Math.max(0, f.weight), 0);
  if (total === 0) return { entryPointType: 'listener', routes, unrouted: 1, loadBalancer: lb };
  for (const forward of listener.forward) {
    const share = Math.max(0, forward.weight) / total;
    if (share === 0) continue;
    const tg = getOwn(fleet.targetGroups, forward.targetGroupArn);
    const serving = tg ? servingTargets(tg) : [];
    if (!tg || serving.length === 0) {
      unrouted += share;
      continue;
    }
    for (const id of serving) {
      const { label, profile } = backend(fleet, id);
      routes.push({
        sinkKey: `${tg.targetGroupArn}|${id}`,
        label,
        share: share / serving.length,
        profile,
        targetGroup: tg,
      });
    }
  }
  return { entryPointType: 'listener', routes, unrouted, loadBalancer: lb };
}

export function aliasRouting(fn: LambdaFunction, aliasName: string): Routing {
  const alias = getOwn(fn.aliases, aliasName);
  if (!alias) return { entryPointType: 'lambda-alias', routes: [], unrouted: 1, fn, alias: aliasName };
  const extra = Object.entries(alias.additionalVersionWeights).sort(([a], [b]) => a.localeCompare(b));
  const shares: [string, number][] = [[alias.functionVersion, 1 - extra.reduce((sum, [, w]) => sum + w, 0)], ...extra];
  const routes = shares
    .filter(([, share]) => share > 0)
    .map(([version, share]) => ({
      sinkKey: `${fn.functionArn}:${version}`,
      label: version,
      share,
      profile: getOwn(fn.versions, version)?.profile ?? DEAD,
      version,
    }));
  return { entryPointType: 'lambda-alias', routes, unrouted: 0, fn, alias: aliasName };
}

/** A traffic source's entry point, resolved: listener ARN, alias ARN, or ECS service ARN. */
export function routingOf(fleet: FleetState, kind: EntryPointType, target: string): Routing | undefined {
  if (kind === 'listener') {
    const found = findListener(fleet, target);
    return found && listenerRouting(fleet, found.lb, found.listener);
  }
  if (kind === 'lambda-alias') {
    for (const fn of Object.values(fleet.lambdaFunctions)) {
      for (const alias of Object.values(fn.aliases)) {
        if (alias.aliasArn === target) return aliasRouting(fn, alias.name);
      }
    }
    return undefined;
  }
  const service = Object.values(fleet.ecsServices).find((s) => s.serviceArn === target);
  const lb = service?.loadBalancerArn === undefined ? undefined : getOwn(fleet.loadBalancers, service.loadBalancerArn);
  // The production listener is the load balancer's first: the one the service's users call.
  const listener = lb?.listeners[0];
  if (!lb || !listener) return undefined;
  return { ...listenerRouting(fleet, lb, listener), entryPointType: 'ecs-service' };
}

/** Percent of requests per label, to two decimals; `unrouted` when a share has nowhere to go. */
export function percentages(routing: Routing): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (label: string, share: number) => {
    out[label] = (Object.hasOwn(out, label) ? (out[label] as number) : 0) + share;
  };
  for (const r of routing.routes) add(r.label, r.share);
  if (routing.unrouted > 0) add('unrouted', routing.unrouted);
  for (const label of Object.keys(out)) out[label] = Math.round((out[label] as number) * 10000) / 100;
  return out;
}

function* entryPoints(fleet: FleetState): Generator<[string, Routing]> {
  for (const lb of Object.values(fleet.loadBalancers)) {
    for (const listener of lb.listeners) yield [listener.listenerArn, listenerRouting(fleet, lb, listener)];
  }
  for (const fn of Object.values(fleet.lambdaFunctions)) {
    for (const alias of Object.values(fn.aliases)) yield [alias.aliasArn, aliasRouting(fn, alias.name)];
  }
}

/**
 * Publishes a "Traffic Weight Change" for every entry point whose split changed since it was last
 * published. Without `ctx` (building a world) it only records the splits.
 */
export function publishWeights(account: Account, ctx?: SimContext): void {
  const { fleet } = account;
  const published = fleet.generator.published;
  for (const [entryPoint, routing] of entryPoints(fleet)) {
    const split = percentages(routing);
    const text = JSON.stringify(split);
    if (getOwn(published, entryPoint) === text) continue;
    setOwn(published, entryPoint, text);
    if (ctx) emitTrafficWeights(ctx, entryPoint, routing.entryPointType, split);
  }
}

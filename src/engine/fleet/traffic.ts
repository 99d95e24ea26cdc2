import { pushTimer } from '../core/queue';
import { getOwn, setOwn } from '../core/records';
import type { SimContext } from '../core/simulation';
import { MINUTE, SECOND, simMillis, type SimMillis } from '../core/time';
import type { Account, World } from '../world';
import { evaluateAlarms } from './alarms';
import { appendPoint } from './metrics';
import { routingOf, type Route, type Routing } from './routing';
import type { FleetState } from './state';

export const TRAFFIC_PERIOD_SECONDS = 10;
export const QUIET_MINUTES = 10;
export const TRAFFIC_TIMER = 'fleet.traffic';
/** The slowest answer of a period, relative to the revision's mean latency. */
export const MAX_LATENCY_FACTOR = 2.5;

const PERIOD = TRAFFIC_PERIOD_SECONDS * SECOND;

/** How the traffic generator runs, in the words the console shows next to the charts. */
export const TRAFFIC_RULES =
  `Simulated traffic is sampled every ${TRAFFIC_PERIOD_SECONDS} seconds of virtual time while something is ` +
  `happening: a deployment in progress, a fault or alarm change, a change of routing weights. After ` +
  `${QUIET_MINUTES} minutes with none of these it sleeps (charts stop, alarms keep their state) so the ` +
  `clock can run dry; the next deployment or fault wakes it.`;

const ACTIVE_DEPLOYMENT = new Set(['Created', 'Queued', 'InProgress', 'Ready', 'Baking']);

/** Read loosely: the CodeDeploy slice may be absent in worlds saved before it existed. */
function deploymentInProgress(account: Account): boolean {
  const codedeploy = (account as { codedeploy?: { deployments?: Record<string, { status?: string }> } }).codedeploy;
  return Object.values(codedeploy?.deployments ?? {}).some((d) => ACTIVE_DEPLOYMENT.has(d.status ?? ''));
}

/** Ticks fall on multiples of the period, so datapoints line up across sources and runs. */
const delayToNextTick = (now: number) => PERIOD - (now % PERIOD);

export function wake(ctx: SimContext): void {
  const generator = ctx.world.account.fleet.generator;
  generator.awakeUntil = simMillis(Math.max(generator.awakeUntil, ctx.now + QUIET_MINUTES * MINUTE));
  if (generator.ticking) return;
  generator.ticking = true;
  ctx.schedule(delayToNextTick(ctx.now), TRAFFIC_TIMER, {});
}

/** A new world's traffic runs for the quiet period, so alarms leave INSUFFICIENT_DATA. */
export function wakeAtCreation(world: World): void {
  const generator = world.account.fleet.generator;
  generator.ticking = true;
  generator.awakeUntil = simMillis(world.now + QUIET_MINUTES * MINUTE);
  pushTimer(world.queue, {
    at: simMillis(world.now + delayToNextTick(world.now)),
    seq: world.timerSeq++,
    kind: TRAFFIC_TIMER,
    payload: {},
  });
}

export function trafficTimer(ctx: SimContext): void {
  const account = ctx.world.account;
  sample(account.fleet, ctx.now);
  evaluateAlarms(ctx);
  const generator = account.fleet.generator;
  if (ctx.now < generator.awakeUntil || deploymentInProgress(account)) ctx.schedule(PERIOD, TRAFFIC_TIMER, {});
  else generator.ticking = false;
}

/**
 * Whole requests and errors for one period: the expected value plus what earlier periods left
 * over, so a 10% split of 3 requests a second is exactly 3 requests every 10 seconds.
 */
class Carry {
  private readonly next: Record<string, number> = {};
  constructor(private readonly previous: Record<string, number>) {}

  take(key: string, expected: number): number {
    const total = (getOwn(this.previous, key) ?? 0) + expected;
    const whole = Math.floor(total + 1e-9);
    setOwn(this.next, key, total - whole);
    return whole;
  }

  carried(): Record<string, number> {
    return this.next;
  }
}

interface Accumulator {
  namespace: string;
  metricName: string;
  dimensions: Record<string, string>;
  sum: number;
  count: number;
  max: number;
  /** Load balancers publish 5XX counts only for periods that had some. */
  omitZero: boolean;
}

/** One period's datapoints, summed per metric and dimension set. */
class Accumulators {
  readonly byKey = new Map<string, Accumulator>();

  add(
    namespace: string,
    metricName: string,
    dimensions: Record<string, string>,
    value: { sum: number; count: number; max: number },
    omitZero = false,
  ): void {
    const key = `${namespace}|${metricName}|${JSON.stringify(dimensions)}`;
    const a = this.byKey.get(key);
    if (a) {
      a.sum += value.sum;
      a.count += value.count;
      a.max = Math.max(a.max, value.max);
    } else this.byKey.set(key, { namespace, metricName, dimensions, ...value, omitZero });
  }
}

function sample(fleet: FleetState, now: SimMillis): void {
  const carry = new Carry(fleet.generator.carry);
  const acc = new Accumulators();
  for (const source of fleet.traffic) {
    const routing = routingOf(fleet, source.kind, source.target);
    if (!routing) continue;
    const total = carry.take(`${source.id}|requests`, (source.requestsPerSecond * PERIOD) / SECOND);
    for (const route of routing.routes) {
      const requests = carry.take(`${source.id}|${route.sinkKey}`, total * route.share);
      const errors = carry.take(`${source.id}|${route.sinkKey}|errors`, requests * route.profile.errorRate);
      if (requests > 0) record(routing, route, requests, errors, acc);
    }
    const refused = carry.take(`${source.id}|unrouted`, total * routing.unrouted);
    if (refused > 0 && routing.loadBalancer) {
      const dims = { LoadBalancer: loadBalancerDimension(routing.loadBalancer.loadBalancerArn) };
      acc.add('AWS/ApplicationELB', 'RequestCount', dims, { sum: refused, count: refused, max: 1 });
      acc.add('AWS/ApplicationELB', 'HTTPCode_ELB_5XX_Count', dims, { sum: refused, count: refused, max: 1 });
    }
  }
  fleet.generator.carry = carry.carried();
  const at = simMillis(now - PERIOD);
  for (const a of acc.byKey.values()) {
    if (a.omitZero && a.sum === 0) continue;
    appendPoint(fleet, a.namespace, a.metricName, a.dimensions, { at, sum: a.sum, count: a.count, max: a.max });
  }
}

/** `app/<name>/<id>`: the LoadBalancer dimension is the ARN's resource part. */
export const loadBalancerDimension = (arn: string) =>
  arn.slice(arn.indexOf(':loadbalancer/') + ':loadbalancer/'.length);
/** `targetgroup/<name>/<id>`. */
export const targetGroupDimension = (arn: string) => arn.slice(arn.lastIndexOf(':') + 1);

/** A count metric's datapoint: `n` of the period's `requests` (errors, or the requests themselves). */
const counts = (n: number, requests: number) => ({ sum: n, count: requests, max: n > 0 ? 1 : 0 });

function record(routing: Routing, route: Route, requests: number, errors: number, acc: Accumulators): void {
  const latency = route.profile.latencyMs;
  if (routing.loadBalancer) {
    const lb = loadBalancerDimension(routing.loadBalancer.loadBalancerArn);
    const dimensionSets: Record<string, string>[] = [{ LoadBalancer: lb }];
    if (route.targetGroup)
      dimensionSets.push({ LoadBalancer: lb, TargetGroup: targetGroupDimension(route.targetGroup.targetGroupArn) });
    for (const dims of dimensionSets) {
      acc.add('AWS/ApplicationELB', 'RequestCount', dims, counts(requests, requests));
      acc.add('AWS/ApplicationELB', 'HTTPCode_Target_5XX_Count', dims, counts(errors, requests), true);
      acc.add('AWS/ApplicationELB', 'TargetResponseTime', dims, {
        sum: (requests * latency) / 1000,
        count: requests,
        max: (latency * MAX_LATENCY_FACTOR) / 1000,
      });
    }
    return;
  }
  if (routing.fn && routing.alias !== undefined && route.version !== undefined) {
    const name = routing.fn.functionName;
    const resource = `${name}:${routing.alias}`;
    const dimensionSets: Record<string, string>[] = [
      { FunctionName: name },
      { FunctionName: name, Resource: resource },
      { FunctionName: name, Resource: resource, ExecutedVersion: route.version },
    ];
    for (const dims of dimensionSets) {
      acc.add('AWS/Lambda', 'Invocations', dims, counts(requests, requests));
      acc.add('AWS/Lambda', 'Errors', dims, counts(errors, requests));
      acc.add('AWS/Lambda', 'Duration', dims, {
        sum: requests * latency,
        count: requests,
        max: latency * MAX_LATENCY_FACTOR,
      });
    }
  }
}

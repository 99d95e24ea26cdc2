import { optionalString } from '../../core/input';
import { getOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { elbListenerNotFound, elbLoadBalancerNotFound, elbTargetGroupNotFound } from '../errors';
import { deregisterTargets, registerTargets, setListenerForward } from '../public';
import type { LoadBalancer, TargetGroup } from '../state';
import { epoch, optionalList, optionalStrings } from './wire';

const REASON_TEXT: Record<string, string> = {
  'Elb.RegistrationInProgress': 'Target registration is in progress',
  'Target.DeregistrationInProgress': 'Target deregistration is in progress',
  'Target.InvalidState': 'Target is in the stopped state',
  'Target.FailedHealthChecks': 'Health checks failed',
  'Target.NotInUse': 'Target group is not configured to receive traffic from the load balancer',
};

const VPC = 'vpc-0a1b2c3d4e5f67890';

function loadBalancerView(ctx: SimContext, lb: LoadBalancer) {
  const zones = [`${ctx.world.account.region}a`, `${ctx.world.account.region}b`];
  return {
    LoadBalancerArn: lb.loadBalancerArn,
    DNSName: lb.dnsName,
    CanonicalHostedZoneId: 'Z35SXDOTRQ7X7K',
    CreatedTime: epoch(ctx, lb.createdTime),
    LoadBalancerName: lb.loadBalancerName,
    Scheme: 'internet-facing',
    VpcId: VPC,
    State: { Code: 'active' },
    Type: lb.type,
    AvailabilityZones: zones.map((ZoneName) => ({ ZoneName, SubnetId: `subnet-${ZoneName.slice(-1)}0a1b2c3d` })),
    IpAddressType: 'ipv4',
  };
}

function loadBalancersOf(ctx: SimContext, tg: TargetGroup): string[] {
  return Object.values(ctx.world.account.fleet.loadBalancers)
    .filter((lb) => lb.listeners.some((l) => l.forward.some((f) => f.targetGroupArn === tg.targetGroupArn)))
    .map((lb) => lb.loadBalancerArn);
}

export const DescribeLoadBalancers: Operation = (ctx, input) => {
  const arns = optionalStrings(input, 'LoadBalancerArns');
  const names = optionalStrings(input, 'Names');
  const all = Object.values(ctx.world.account.fleet.loadBalancers);
  for (const arn of arns ?? []) if (!all.some((lb) => lb.loadBalancerArn === arn)) throw elbLoadBalancerNotFound(arn);
  for (const n of names ?? []) if (!all.some((lb) => lb.loadBalancerName === n)) throw elbLoadBalancerNotFound(n);
  return {
    LoadBalancers: all
      .filter((lb) => (!arns || arns.includes(lb.loadBalancerArn)) && (!names || names.includes(lb.loadBalancerName)))
      .sort((a, b) => (a.loadBalancerName < b.loadBalancerName ? -1 : 1))
      .map((lb) => loadBalancerView(ctx, lb)),
  };
};

export const DescribeListeners: Operation = (ctx, input) => {
  const lbArn = optionalString(input, 'LoadBalancerArn');
  const arns = optionalStrings(input, 'ListenerArns');
  const fleet = ctx.world.account.fleet;
  if (lbArn !== undefined && !getOwn(fleet.loadBalancers, lbArn)) throw elbLoadBalancerNotFound(lbArn);
  const listeners = Object.values(fleet.loadBalancers)
    .filter((lb) => lbArn === undefined || lb.loadBalancerArn === lbArn)
    .flatMap((lb) => lb.listeners.map((l) => ({ lb, l })))
    .filter(({ l }) => !arns || arns.includes(l.listenerArn));
  for (const arn of arns ?? []) if (!listeners.some(({ l }) => l.listenerArn === arn)) throw elbListenerNotFound(arn);
  return {
    Listeners: listeners.map(({ lb, l }) => ({
      ListenerArn: l.listenerArn,
      LoadBalancerArn: lb.loadBalancerArn,
      Port: l.port,
      Protocol: l.protocol,
      DefaultActions: [
        {
          Type: 'forward',
          Order: 1,
          ...(l.forward.length === 1 && { TargetGroupArn: l.forward[0]?.targetGroupArn }),
          ForwardConfig: {
            TargetGroups: l.forward.map((f) => ({ TargetGroupArn: f.targetGroupArn, Weight: f.weight })),
            TargetGroupStickinessConfig: { Enabled: false },
          },
        },
      ],
    })),
  };
};

export const DescribeTargetGroups: Operation = (ctx, input) => {
  const lbArn = optionalString(input, 'LoadBalancerArn');
  const arns = optionalStrings(input, 'TargetGroupArns');
  const names = optionalStrings(input, 'Names');
  const fleet = ctx.world.account.fleet;
  if (lbArn !== undefined && !getOwn(fleet.loadBalancers, lbArn)) throw elbLoadBalancerNotFound(lbArn);
  const all = Object.values(fleet.targetGroups);
  for (const arn of arns ?? []) if (!getOwn(fleet.targetGroups, arn)) throw elbTargetGroupNotFound(arn);
  for (const n of names ?? []) if (!all.some((t) => t.targetGroupName === n)) throw elbTargetGroupNotFound(n);
  return {
    TargetGroups: all
      .filter((tg) => !arns || arns.includes(tg.targetGroupArn))
      .filter((tg) => !names || names.includes(tg.targetGroupName))
      .filter((tg) => lbArn === undefined || loadBalancersOf(ctx, tg).includes(lbArn))
      .sort((a, b) => (a.targetGroupName < b.targetGroupName ? -1 : 1))
      .map((tg) => ({
        TargetGroupArn: tg.targetGroupArn,
        TargetGroupName: tg.targetGroupName,
        Protocol: tg.protocol,
        Port: tg.port,
        VpcId: VPC,
        HealthCheckProtocol: tg.protocol,
        HealthCheckPort: 'traffic-port',
        HealthCheckEnabled: true,
        HealthCheckIntervalSeconds: tg.healthCheck.intervalSeconds,
        HealthCheckTimeoutSeconds: 5,
        HealthyThresholdCount: tg.healthCheck.healthyThresholdCount,
        UnhealthyThresholdCount: tg.healthCheck.unhealthyThresholdCount,
        HealthCheckPath: tg.healthCheck.path,
        Matcher: { HttpCode: '200' },
        LoadBalancerArns: loadBalancersOf(ctx, tg),
        TargetType: tg.targetType,
        IpAddressType: 'ipv4',
      })),
  };
};

export const DescribeTargetHealth: Operation = (ctx, input) => {
  const arn = optionalString(input, 'TargetGroupArn') ?? '';
  const tg = getOwn(ctx.world.account.fleet.targetGroups, arn);
  if (!tg) throw elbTargetGroupNotFound(arn);
  return {
    TargetHealthDescriptions: Object.keys(tg.targets)
      .sort()
      .map((id) => {
        const t = tg.targets[id] as TargetGroup['targets'][string];
        return {
          Target: { Id: id, Port: tg.port },
          HealthCheckPort: String(tg.port),
          TargetHealth: {
            State: t.state,
            ...(t.reason !== undefined && { Reason: t.reason, Description: REASON_TEXT[t.reason] ?? t.reason }),
          },
        };
      }),
  };
};

const targetIds = (input: Record<string, unknown>) =>
  (optionalList<{ Id?: string }>(input, 'Targets') ?? []).map((t) => String(t.Id ?? ''));

export const RegisterTargets: Operation = (ctx, input) => {
  registerTargets(ctx, optionalString(input, 'TargetGroupArn') ?? '', targetIds(input));
  return {};
};

export const DeregisterTargets: Operation = (ctx, input) => {
  deregisterTargets(ctx, optionalString(input, 'TargetGroupArn') ?? '', targetIds(input));
  return {};
};

/** ModifyListener with a forward action: how weighted target groups are changed by hand. */
export const ModifyListener: Operation = (ctx, input) => {
  const arn = optionalString(input, 'ListenerArn') ?? '';
  const actions =
    optionalList<{
      Type?: string;
      TargetGroupArn?: string;
      ForwardConfig?: { TargetGroups?: { TargetGroupArn: string; Weight?: number }[] };
    }>(input, 'DefaultActions') ?? [];
  const forward = actions.find((a) => a.Type === 'forward');
  const groups =
    forward?.ForwardConfig?.TargetGroups ??
    (forward?.TargetGroupArn !== undefined ? [{ TargetGroupArn: forward.TargetGroupArn, Weight: 1 }] : []);
  setListenerForward(
    ctx,
    arn,
    groups.map((g) => ({ targetGroupArn: g.TargetGroupArn, weight: g.Weight ?? 1 })),
  );
  return DescribeListeners(ctx, { ListenerArns: [arn] });
};

export const elbOperations = {
  DescribeLoadBalancers,
  DescribeListeners,
  DescribeTargetGroups,
  DescribeTargetHealth,
  RegisterTargets,
  DeregisterTargets,
  ModifyListener,
};

import { optionalString } from '../../core/input';
import { getOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { ecsClientException, ecsClusterNotFound, ecsInvalidParameter, ecsServiceNotFound } from '../errors';
import type { EcsService, EcsTaskSet } from '../state';
import { epoch, optionalStrings } from './wire';

/** `cluster` may be a name or an ARN; absent = `default`. */
function clusterName(input: Record<string, unknown>): string {
  const raw = optionalString(input, 'cluster') ?? 'default';
  return raw.includes(':cluster/') ? raw.slice(raw.indexOf(':cluster/') + ':cluster/'.length) : raw;
}

function servicesIn(ctx: SimContext, cluster: string): EcsService[] {
  const services = Object.values(ctx.world.account.fleet.ecsServices).filter((s) => s.clusterName === cluster);
  if (services.length === 0) throw ecsClusterNotFound();
  return services;
}

const serviceName = (raw: string) => (raw.includes(':service/') ? (raw.split('/').pop() ?? raw) : raw);

function taskSetView(ctx: SimContext, service: EcsService, t: EcsTaskSet) {
  const td = getOwn(ctx.world.account.fleet.taskDefinitions, t.taskDefinition);
  const count = Math.ceil((service.desiredCount * t.scale) / 100);
  return {
    id: t.id,
    taskSetArn: t.taskSetArn,
    serviceArn: service.serviceArn,
    clusterArn: ctx.arn('ecs', `cluster/${service.clusterName}`),
    status: t.status,
    taskDefinition: t.taskDefinition,
    computedDesiredCount: count,
    pendingCount: t.stabilityStatus === 'STABILIZING' ? count : 0,
    runningCount: t.stabilityStatus === 'STEADY_STATE' ? count : 0,
    createdAt: epoch(ctx, t.createdAt),
    updatedAt: epoch(ctx, t.createdAt),
    launchType: 'FARGATE',
    loadBalancers: [
      {
        targetGroupArn: t.targetGroupArn,
        containerName: td?.containerName ?? 'web',
        containerPort: td?.containerPort ?? 80,
      },
    ],
    scale: { value: t.scale, unit: 'PERCENT' },
    stabilityStatus: t.stabilityStatus,
    stabilityStatusAt: epoch(ctx, t.createdAt),
  };
}

export const ListServices: Operation = (ctx, input) => ({
  serviceArns: servicesIn(ctx, clusterName(input))
    .map((s) => s.serviceArn)
    .sort(),
});

export const DescribeServices: Operation = (ctx, input) => {
  const cluster = clusterName(input);
  const wanted = optionalStrings(input, 'services');
  if (!wanted || wanted.length === 0) throw ecsInvalidParameter('Services cannot be empty.');
  const services = servicesIn(ctx, cluster);
  const found: EcsService[] = [];
  const failures: { arn: string; reason: string }[] = [];
  for (const raw of wanted) {
    const s = services.find((x) => x.serviceName === serviceName(raw));
    if (s) found.push(s);
    else failures.push({ arn: ctx.arn('ecs', `service/${cluster}/${serviceName(raw)}`), reason: 'MISSING' });
  }
  return {
    services: found.map((s) => {
      const primary = s.taskSets.find((t) => t.status === 'PRIMARY') ?? s.taskSets[0];
      const td = primary && getOwn(ctx.world.account.fleet.taskDefinitions, primary.taskDefinition);
      const running = s.taskSets.reduce(
        (n, t) => n + (t.stabilityStatus === 'STEADY_STATE' ? Math.ceil((s.desiredCount * t.scale) / 100) : 0),
        0,
      );
      return {
        serviceArn: s.serviceArn,
        serviceName: s.serviceName,
        clusterArn: ctx.arn('ecs', `cluster/${s.clusterName}`),
        status: 'ACTIVE',
        desiredCount: s.desiredCount,
        runningCount: running,
        pendingCount: 0,
        launchType: 'FARGATE',
        ...(primary && { taskDefinition: primary.taskDefinition }),
        deploymentController: { type: s.deploymentController },
        taskSets: s.taskSets.map((t) => taskSetView(ctx, s, t)),
        loadBalancers: primary
          ? [
              {
                targetGroupArn: primary.targetGroupArn,
                containerName: td?.containerName ?? 'web',
                containerPort: td?.containerPort ?? 80,
              },
            ]
          : [],
        createdAt: epoch(ctx, s.createdAt),
        schedulingStrategy: 'REPLICA',
        ...(s.loadBalancerArn !== undefined && { simulatorLoadBalancerArn: s.loadBalancerArn }),
      };
    }),
    failures,
  };
};

export const DescribeTaskSets: Operation = (ctx, input) => {
  const cluster = clusterName(input);
  const raw = optionalString(input, 'service');
  if (!raw) throw ecsInvalidParameter('Service cannot be empty.');
  const service = servicesIn(ctx, cluster).find((s) => s.serviceName === serviceName(raw));
  if (!service) throw ecsServiceNotFound();
  const ids = optionalStrings(input, 'taskSets');
  const chosen = service.taskSets.filter((t) => !ids || ids.includes(t.id) || ids.includes(t.taskSetArn));
  const failures = (ids ?? [])
    .filter((id) => !service.taskSets.some((t) => t.id === id || t.taskSetArn === id))
    .map((arn) => ({ arn, reason: 'MISSING' }));
  return { taskSets: chosen.map((t) => taskSetView(ctx, service, t)), failures };
};

export const DescribeTaskDefinition: Operation = (ctx, input) => {
  const raw = optionalString(input, 'taskDefinition');
  if (!raw) throw ecsInvalidParameter('Task Definition can not be blank.');
  const all = Object.values(ctx.world.account.fleet.taskDefinitions);
  const key = raw.includes(':task-definition/') ? raw.slice(raw.indexOf(':task-definition/') + 17) : raw;
  const [family, revision] = key.split(':');
  const matching = all.filter(
    (t) => t.family === family && (revision === undefined || String(t.revision) === revision),
  );
  const td = matching.sort((a, b) => b.revision - a.revision)[0];
  if (!td) throw ecsClientException('Unable to describe task definition.');
  return {
    taskDefinition: {
      taskDefinitionArn: td.taskDefinitionArn,
      family: td.family,
      revision: td.revision,
      status: 'ACTIVE',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        {
          name: td.containerName,
          image: `${ctx.world.account.accountId}.dkr.ecr.${ctx.world.account.region}.amazonaws.com/${td.family}:${td.revision}`,
          essential: true,
          portMappings: [{ containerPort: td.containerPort, hostPort: td.containerPort, protocol: 'tcp' }],
        },
      ],
    },
  };
};

export const ecsOperations = { ListServices, DescribeServices, DescribeTaskSets, DescribeTaskDefinition };

import { getOwn, setOwn } from '../core/records';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { base64 } from '@scure/base';
import { simMillis } from '../core/time';
import type { World } from '../world';
import { newInstance } from './lifecycle';
import { arnIn, defaultZones, fillGroupAtCreation, hexId, newAlarm, newAutoScalingGroup } from './resources';
import { publishWeights } from './routing';
import type { FleetScenario } from './scenario-schema';
import type { TargetGroup, TrafficSource } from './state';
import { loadBalancerDimension, targetGroupDimension, wakeAtCreation } from './traffic';

const fail = (what: string, message: string): never => {
  throw new Error(`Fleet ${what}: ${message}`);
};

/** The fleet a scenario describes, at time 0: instances running, targets healthy, no events. */
export function createFleet(world: World, spec: FleetScenario): void {
  const fleet = world.account.fleet;
  const at = simMillis(0);
  const { region } = world.account;
  for (const group of spec.instances) {
    const zones = group.availabilityZones ?? defaultZones(world);
    for (let i = 0; i < group.count; i++) {
      newInstance(
        world,
        {
          tags: group.tags,
          availabilityZone: zones[i % zones.length] ?? `${region}a`,
          agent: group.agent,
          instanceProfile: group.instanceProfile,
          s3ReadBuckets: group.s3ReadBuckets,
          instanceType: group.instanceType,
        },
        group.state,
        at,
      );
    }
  }

  const targetGroupArn = new Map<string, string>();
  for (const t of spec.targetGroups) {
    if (targetGroupArn.has(t.name)) fail(`target group ${t.name}`, 'defined twice');
    const tg: TargetGroup = {
      targetGroupArn: arnIn(world, 'elasticloadbalancing', `targetgroup/${t.name}/${hexId(world)}`),
      targetGroupName: t.name,
      protocol: t.protocol,
      port: t.port,
      targetType: t.targetType,
      healthCheck: t.healthCheck,
      deregistrationDelaySeconds: t.deregistrationDelaySeconds,
      targets: {},
    };
    const wanted = Object.entries(t.registerInstancesTagged ?? {});
    if (t.registerInstancesTagged) {
      for (const instance of Object.values(fleet.instances)) {
        if (instance.state !== 'running') continue;
        if (wanted.every(([k, v]) => getOwn(instance.tags, k) === v))
          setOwn(tg.targets, instance.instanceId, { state: 'healthy', since: at });
      }
    }
    targetGroupArn.set(t.name, tg.targetGroupArn);
    setOwn(fleet.targetGroups, tg.targetGroupArn, tg);
  }
  const tgArn = (name: string, where: string) =>
    targetGroupArn.get(name) ?? fail(where, `no target group named ${name}`);

  const loadBalancerArn = new Map<string, string>();
  for (const lb of spec.loadBalancers) {
    const id = hexId(world);
    const kind = lb.type === 'application' ? 'app' : 'net';
    const arn = arnIn(world, 'elasticloadbalancing', `loadbalancer/${kind}/${lb.name}/${id}`);
    loadBalancerArn.set(lb.name, arn);
    setOwn(fleet.loadBalancers, arn, {
      loadBalancerArn: arn,
      loadBalancerName: lb.name,
      type: lb.type,
      dnsName: `${lb.name}-${parseInt(id.slice(0, 8), 16)}.${region}.elb.amazonaws.com`,
      listeners: lb.listeners.map((l) => ({
        listenerArn: arnIn(world, 'elasticloadbalancing', `listener/${kind}/${lb.name}/${id}/${hexId(world)}`),
        port: l.port,
        protocol: l.protocol,
        forward: l.forward.map((f) => ({
          targetGroupArn: tgArn(f.targetGroup, `load balancer ${lb.name}`),
          weight: f.weight,
        })),
      })),
      createdTime: at,
    });
  }

  for (const g of spec.autoScalingGroups) {
    const group = newAutoScalingGroup(
      world,
      {
        autoScalingGroupName: g.name,
        minSize: g.minSize,
        maxSize: g.maxSize,
        desiredCapacity: g.desiredCapacity,
        availabilityZones: g.availabilityZones ?? defaultZones(world),
        tags: g.tags,
        targetGroupArns: g.targetGroups.map((n) => tgArn(n, `Auto Scaling group ${g.name}`)),
        launch: { agent: g.agent, instanceProfile: g.instanceProfile, s3ReadBuckets: g.s3ReadBuckets },
      },
      at,
    );
    fillGroupAtCreation(world, group);
  }

  for (const f of spec.lambdaFunctions) {
    const functionArn = arnIn(world, 'lambda', `function:${f.name}`);
    setOwn(fleet.lambdaFunctions, f.name, {
      functionName: f.name,
      functionArn,
      runtime: f.runtime,
      handler: f.handler,
      versions: Object.fromEntries(
        f.versions.map((v, i) => [
          String(i + 1),
          {
            version: String(i + 1),
            codeSha256: codeSha(`${f.name}:${i + 1}`),
            description: v.description,
            lastModified: at,
            profile: { errorRate: v.errorRate, latencyMs: v.latencyMs },
          },
        ]),
      ),
      aliases: Object.fromEntries(
        f.aliases.map((a) => {
          for (const v of [a.functionVersion, ...Object.keys(a.additionalVersionWeights)]) {
            if (v !== '$LATEST' && (Number(v) < 1 || Number(v) > f.versions.length || !/^\d+$/.test(v)))
              fail(`function ${f.name}`, `alias ${a.name} names version ${v}, which is not published`);
          }
          return [
            a.name,
            {
              name: a.name,
              aliasArn: `${functionArn}:${a.name}`,
              functionVersion: a.functionVersion,
              additionalVersionWeights: a.additionalVersionWeights,
            },
          ];
        }),
      ),
      ...(f.hookBehaviour && { hookBehaviour: f.hookBehaviour }),
    });
  }

  const revisions = new Map<string, number>();
  for (const td of spec.taskDefinitions) {
    const revision = (revisions.get(td.family) ?? 0) + 1;
    revisions.set(td.family, revision);
    const arn = arnIn(world, 'ecs', `task-definition/${td.family}:${revision}`);
    setOwn(fleet.taskDefinitions, arn, {
      taskDefinitionArn: arn,
      family: td.family,
      revision,
      containerName: td.containerName,
      containerPort: td.containerPort,
      profile: { errorRate: td.errorRate, latencyMs: td.latencyMs },
    });
  }

  for (const s of spec.ecsServices) {
    const tdArn = arnIn(world, 'ecs', `task-definition/${s.taskDefinition}`);
    if (!getOwn(fleet.taskDefinitions, tdArn)) fail(`service ${s.name}`, `no task definition ${s.taskDefinition}`);
    const serviceArn = arnIn(world, 'ecs', `service/${s.cluster}/${s.name}`);
    const tg = s.targetGroup === undefined ? undefined : tgArn(s.targetGroup, `service ${s.name}`);
    const id = `ecs-svc/${String(1000000000000000000n + BigInt(fleet.nextId++) * 7919n)}`;
    setOwn(fleet.ecsServices, `${s.cluster}/${s.name}`, {
      clusterName: s.cluster,
      serviceName: s.name,
      serviceArn,
      desiredCount: s.desiredCount,
      deploymentController: s.deploymentController,
      taskSets:
        tg === undefined
          ? []
          : [
              {
                id,
                taskSetArn: arnIn(world, 'ecs', `task-set/${s.cluster}/${s.name}/${id}`),
                taskDefinition: tdArn,
                status: 'PRIMARY',
                scale: 100,
                targetGroupArn: tg,
                createdAt: at,
                stabilityStatus: 'STEADY_STATE',
              },
            ],
      ...(s.loadBalancer !== undefined && {
        loadBalancerArn:
          loadBalancerArn.get(s.loadBalancer) ?? fail(`service ${s.name}`, `no load balancer ${s.loadBalancer}`),
      }),
      createdAt: at,
    });
    const group = tg === undefined ? undefined : getOwn(fleet.targetGroups, tg);
    if (group) setOwn(group.targets, id, { state: 'healthy', since: at });
  }

  for (const a of spec.alarms) {
    const dimensions = { ...a.dimensions };
    if (a.loadBalancer !== undefined)
      dimensions.LoadBalancer = loadBalancerDimension(
        loadBalancerArn.get(a.loadBalancer) ?? fail(`alarm ${a.name}`, `no load balancer ${a.loadBalancer}`),
      );
    if (a.targetGroup !== undefined)
      dimensions.TargetGroup = targetGroupDimension(tgArn(a.targetGroup, `alarm ${a.name}`));
    const alarm = newAlarm(
      world,
      {
        alarmName: a.name,
        ...(a.description !== undefined && { alarmDescription: a.description }),
        namespace: a.namespace,
        metricName: a.metricName,
        dimensions,
        statistic: a.statistic,
        periodSeconds: a.period,
        evaluationPeriods: a.evaluationPeriods,
        ...(a.datapointsToAlarm !== undefined && { datapointsToAlarm: a.datapointsToAlarm }),
        threshold: a.threshold,
        comparisonOperator: a.comparisonOperator,
        treatMissingData: a.treatMissingData,
      },
      at,
    );
    if (a.state !== 'INSUFFICIENT_DATA') {
      alarm.state = a.state;
      alarm.stateReason = 'State given by the scenario: the alarm was already watching when the world began';
    }
  }

  spec.traffic.forEach((t, i) => {
    const source: TrafficSource = {
      id: `traffic-${i + 1}`,
      kind: 'listener',
      target: '',
      requestsPerSecond: t.requestsPerSecond,
    };
    if (t.listener) {
      const lb = getOwn(fleet.loadBalancers, loadBalancerArn.get(t.listener.loadBalancer) ?? '');
      const listener = lb?.listeners.find((l) => l.port === t.listener?.port);
      source.target =
        listener?.listenerArn ??
        fail('traffic', `no listener on port ${t.listener.port} of ${t.listener.loadBalancer}`);
    } else if (t.lambdaAlias) {
      const alias = getOwn(getOwn(fleet.lambdaFunctions, t.lambdaAlias.function)?.aliases ?? {}, t.lambdaAlias.alias);
      source.kind = 'lambda-alias';
      source.target = alias?.aliasArn ?? fail('traffic', `no alias ${t.lambdaAlias.function}:${t.lambdaAlias.alias}`);
    } else if (t.ecsService) {
      const service = getOwn(fleet.ecsServices, `${t.ecsService.cluster}/${t.ecsService.service}`);
      source.kind = 'ecs-service';
      source.target = service?.serviceArn ?? fail('traffic', `no ECS service ${t.ecsService.service}`);
    }
    fleet.traffic.push(source);
  });

  for (const [key, p] of Object.entries(spec.revisionProfiles)) setOwn(fleet.revisionProfiles, key, p);

  publishWeights(world.account);
  if (fleet.traffic.length > 0 || Object.keys(fleet.alarms).length > 0) wakeAtCreation(world);
}

/** Lambda's CodeSha256: base64 SHA-256 of the deployment package (here, of a stand-in). */
function codeSha(seed: string): string {
  return base64.encode(sha256(utf8ToBytes(seed)));
}

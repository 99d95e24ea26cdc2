import type { DeploymentGroupInfo } from '../../../api/codedeploy/control-types';
import type { LambdaFunctionSnapshot } from '../../../api/fleet/describe-fleet';
import type { EcsService, Listener, TargetGroup, TaskDefinition } from '../../../api/fleet/types';
import type { TakenNames } from './names';
import type { AccountContext } from './plan';

/** What the wizard reads from the account before it plans anything. */
export interface AccountReadings {
  roleArns: string[];
  buckets: string[];
  fleet: {
    targetGroups: TargetGroup[];
    listeners: Listener[];
    lambdaFunctions: LambdaFunctionSnapshot[];
    ecsServices: EcsService[];
  };
  deploymentGroups: DeploymentGroupInfo[];
  /** The names the account already uses, so a project does not collide with them. */
  takenNames?: TakenNames;
  /** The latest revision of each ECS service's task definition family. */
  taskDefinitions: Pick<TaskDefinition, 'taskDefinitionArn' | 'family'>[];
}

/** The user's choices among the account's roles and buckets; the rest is found in the fleet. */
export interface AccountChoices {
  serviceRoleArn: string;
  artifactBucket: string;
  siteBucket?: string;
}

/** The role a template project uses unless the user picks another: a pipeline or deployment service role if any. */
export const defaultRole = (roleArns: string[]) =>
  roleArns.find((arn) => /pipeline/i.test(arn)) ?? roleArns.find((arn) => /service-?role/i.test(arn)) ?? roleArns[0];

/** Buckets named like a pipeline artifact store: CodePipeline's default `codepipeline-<region>-<account>`, or `*artifact*`. */
const looksLikeArtifactStore = (bucket: string) => /^codepipeline-|artifact/i.test(bucket);

export const defaultArtifactBucket = (buckets: string[]) =>
  buckets.find((b) => b.startsWith('codepipeline-')) ?? buckets.find(looksLikeArtifactStore) ?? buckets[0];

/** The site bucket: not an artifact store, so deployed pages do not mix with pipeline artifacts. */
export const defaultSiteBucket = (buckets: string[], artifactBucket: string | undefined) =>
  buckets.find((b) => b !== artifactBucket && !looksLikeArtifactStore(b)) ?? buckets.find((b) => b !== artifactBucket);

/** An instance target group behind a load balancer: where the blue/green instances take traffic. */
function targetGroupFor(fleet: AccountReadings['fleet']): AccountContext['targetGroup'] {
  const group = fleet.targetGroups.find((tg) => tg.TargetType === 'instance' && tg.LoadBalancerArns.length > 0);
  return group && { name: group.TargetGroupName, arn: group.TargetGroupArn };
}

/** A function whose alias can move to another published version. */
function lambdaFor(fleet: AccountReadings['fleet']): AccountContext['lambda'] {
  for (const fn of fleet.lambdaFunctions) {
    for (const alias of fn.aliases) {
      const others = fn.versions.map((v) => v.Version).filter((v) => v !== alias.FunctionVersion);
      const target = others.sort((a, b) => Number(b) - Number(a))[0];
      if (target) {
        return {
          functionName: fn.name,
          alias: alias.Name,
          currentVersion: alias.FunctionVersion,
          targetVersion: target,
        };
      }
    }
  }
  return undefined;
}

const nameOfTargetGroup = (fleet: AccountReadings['fleet'], arn: string) =>
  fleet.targetGroups.find((tg) => tg.TargetGroupArn === arn)?.TargetGroupName;

/** `arn:aws:elasticloadbalancing:<region>:<account>:loadbalancer/app/<name>/<id>` → name */
const loadBalancerName = (arn: string) => arn.split('/')[2] ?? arn;

/** `arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>` or `<family>:<revision>` → family */
export const taskDefinitionFamily = (taskDefinition: string) =>
  taskDefinition.replace(/^.*:task-definition\//, '').split(':')[0] ?? taskDefinition;

/**
 * A CodeDeploy-controlled ECS service: its container and port from its task set, its production (first) and test
 * (second) listeners, the two target groups of its load balancer and the latest revision of its task definition. A service already in a deployment group is
 * deployed through that group.
 */
function ecsFor({ fleet, deploymentGroups: groups, taskDefinitions }: AccountReadings): AccountContext['ecs'] {
  for (const service of fleet.ecsServices) {
    if (service.deploymentController.type !== 'CODE_DEPLOY') continue;
    const binding = service.taskSets.flatMap((t) => t.loadBalancers)[0];
    if (!binding) continue;
    const loadBalancerArn = fleet.targetGroups.find((tg) => tg.TargetGroupArn === binding.targetGroupArn)
      ?.LoadBalancerArns[0];
    const listeners = fleet.listeners
      .filter((l) => l.LoadBalancerArn === loadBalancerArn)
      .sort((a, b) => a.Port - b.Port);
    // The task set serves from the blue target group; the green one is another ip group, idle or on the same load balancer.
    const blue = nameOfTargetGroup(fleet, binding.targetGroupArn);
    const green = fleet.targetGroups.find(
      (tg) =>
        tg.TargetType === 'ip' &&
        tg.TargetGroupName !== blue &&
        (tg.LoadBalancerArns.length === 0 || tg.LoadBalancerArns.includes(loadBalancerArn ?? '')),
    )?.TargetGroupName;
    const [prod, test] = listeners;
    if (!loadBalancerArn || !prod || !blue || !green) continue;
    const cluster = service.clusterArn.split('/')[1] ?? service.clusterArn;
    const owner = groups.find((g) =>
      g.ecsServices?.some((e) => e.serviceName === service.serviceName && e.clusterName === cluster),
    );
    const family = taskDefinitionFamily(service.taskDefinition ?? '');
    const latest = taskDefinitions.find((t) => t.family === family);
    if (!latest) continue;
    return {
      cluster,
      service: service.serviceName,
      containerName: binding.containerName,
      containerPort: binding.containerPort,
      taskDefinitionArn: latest.taskDefinitionArn,
      targetGroups: [blue, green],
      prodListener: { loadBalancer: loadBalancerName(loadBalancerArn), port: prod.Port },
      ...(test && { testListener: { loadBalancer: loadBalancerName(loadBalancerArn), port: test.Port } }),
      ...(owner && {
        deploymentGroup: { applicationName: owner.applicationName, deploymentGroupName: owner.deploymentGroupName },
      }),
    };
  }
  return undefined;
}

/** The account context the templates plan against, from what the account holds and what the user chose. */
export function accountContext(readings: AccountReadings, choices: AccountChoices): AccountContext {
  const targetGroup = targetGroupFor(readings.fleet);
  const lambda = lambdaFor(readings.fleet);
  const ecs = ecsFor(readings);
  return {
    serviceRoleArn: choices.serviceRoleArn,
    artifactBucket: choices.artifactBucket,
    ...(choices.siteBucket && { siteBucket: choices.siteBucket }),
    ...(targetGroup && { targetGroup }),
    ...(lambda && { lambda }),
    ...(ecs && { ecs }),
  };
}

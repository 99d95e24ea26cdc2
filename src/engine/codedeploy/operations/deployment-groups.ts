import { clonePlain } from '../../core/clone';
import { deleteOwn, getOwn, setOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { epochSecondsAt } from '../../core/time';
import type { TagFilter } from '../../fleet/public';
import type { Account } from '../../world';
import { DEFAULT_CONFIG_NAME, findDeploymentConfig } from '../configs';
import { codedeployErrors as errors } from '../errors';
import { revisionLocationView } from '../revisions';
import type {
  AlarmConfiguration,
  AutoRollbackConfiguration,
  AutoRollbackEvent,
  BlueGreenDeploymentConfiguration,
  ComputePlatform,
  DeploymentGroup,
  LoadBalancerInfo,
} from '../state';
import {
  DEPLOYMENT_GROUP_LIMIT,
  findDeploymentGroup,
  groupKey,
  groupsOf,
  isRecord,
  page,
  readApplicationName,
  readDeploymentGroupName,
  readName,
  requireApplication,
} from './common';

/**
 * Deployment groups: where an application deploys and how. The checks follow CreateDeploymentGroup's: each part
 * is checked for the application's compute platform (aws-facts §3.3) and against the account's resources (IAM
 * roles, Auto Scaling groups, target groups and listeners, ECS services).
 */

const MAX_ALARMS = 10;
const MAX_TRIGGERS = 10;
const MAX_AUTO_SCALING_GROUPS = 10;
const MAX_TAG_SET_GROUPS = 3;
/** Blue/green waits, in minutes: the original fleet's termination wait, and the ready wait per platform (§3.7). */
const MAX_TERMINATION_WAIT = 2880;
const MAX_READY_WAIT: Record<ComputePlatform, number> = { Server: 2880, ECS: 7200, Lambda: 2880 };

const ROLLBACK_EVENTS: readonly AutoRollbackEvent[] = [
  'DEPLOYMENT_FAILURE',
  'DEPLOYMENT_STOP_ON_ALARM',
  'DEPLOYMENT_STOP_ON_REQUEST',
];
const TRIGGER_EVENTS = [
  'DeploymentStart',
  'DeploymentSuccess',
  'DeploymentFailure',
  'DeploymentStop',
  'DeploymentRollback',
  'DeploymentReady',
  'InstanceStart',
  'InstanceSuccess',
  'InstanceFailure',
  'InstanceReady',
];

const present = (v: unknown) => v !== undefined && v !== null;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** `arn:aws:iam::<account>:role/[path/]name` naming a role of this account. */
export function isAccountRole(account: Account, arn: string): boolean {
  const match = /^arn:aws:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/.exec(arn);
  return (
    match !== null && match[1] === account.accountId && getOwn(account.iam.roles, match[2] as string) !== undefined
  );
}

function readTagFilter(raw: unknown): TagFilter {
  if (!isRecord(raw)) throw errors.invalidTagFilter('Each tag filter must be an object with Key, Value and Type.');
  const key = typeof raw.Key === 'string' && raw.Key !== '' ? raw.Key : undefined;
  const value = typeof raw.Value === 'string' && raw.Value !== '' ? raw.Value : undefined;
  if (key === undefined && value === undefined)
    throw errors.invalidTagFilter('A tag filter needs a Key, a Value or both.');
  const type =
    raw.Type ??
    (key !== undefined && value !== undefined ? 'KEY_AND_VALUE' : key !== undefined ? 'KEY_ONLY' : 'VALUE_ONLY');
  if (type === 'KEY_ONLY' && key !== undefined) return { Key: key, Type: type };
  if (type === 'VALUE_ONLY' && value !== undefined) return { Value: value, Type: type };
  if (type === 'KEY_AND_VALUE' && key !== undefined && value !== undefined)
    return { Key: key, Value: value, Type: type };
  throw errors.invalidEc2Tag(
    `The tag filter ${JSON.stringify(raw)} is invalid: Type ${String(type)} needs ${
      type === 'KEY_ONLY' ? 'a Key' : type === 'VALUE_ONLY' ? 'a Value' : 'a Key and a Value'
    } (types are KEY_ONLY, VALUE_ONLY and KEY_AND_VALUE).`,
  );
}

function readAlarmConfiguration(raw: unknown): AlarmConfiguration {
  if (!isRecord(raw)) return { enabled: false, ignorePollAlarmFailure: false, alarms: [] };
  const alarms = list(raw.alarms).map((a) => {
    const name = isRecord(a) ? a.name : undefined;
    if (typeof name !== 'string' || name === '') throw errors.invalidAlarmConfig('Each alarm needs a name.');
    return { name };
  });
  if (alarms.length > MAX_ALARMS) throw errors.alarmsLimit();
  const names = alarms.map((a) => a.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate !== undefined) throw errors.invalidAlarmConfig(`The alarm ${duplicate} is listed more than once.`);
  const enabled = raw.enabled === true;
  if (enabled && alarms.length === 0) {
    throw errors.invalidAlarmConfig('The alarm configuration is enabled but lists no alarms.');
  }
  return { enabled, ignorePollAlarmFailure: raw.ignorePollAlarmFailure === true, alarms };
}

function readAutoRollback(raw: unknown): AutoRollbackConfiguration {
  if (!isRecord(raw)) return { enabled: false, events: [] };
  const events = list(raw.events).map((e) => {
    if (!ROLLBACK_EVENTS.includes(e as AutoRollbackEvent)) {
      throw errors.invalidAutoRollbackConfig(
        `The rollback event ${String(e)} is invalid. Valid events are ${ROLLBACK_EVENTS.join(', ')}.`,
      );
    }
    return e as AutoRollbackEvent;
  });
  const enabled = raw.enabled === true;
  if (enabled && events.length === 0) {
    throw errors.invalidAutoRollbackConfig('Automatic rollback is enabled but names no event to roll back on.');
  }
  return { enabled, events: [...new Set(events)] };
}

function readTriggers(raw: unknown): DeploymentGroup['triggerConfigurations'] {
  const triggers = list(raw);
  if (triggers.length > MAX_TRIGGERS) throw errors.triggerTargetsLimit();
  return triggers.map((t) => {
    if (!isRecord(t) || typeof t.triggerName !== 'string' || t.triggerName === '') {
      throw errors.invalidTriggerConfig('Each trigger needs a triggerName.');
    }
    const arn = t.triggerTargetArn;
    if (typeof arn !== 'string' || !/^arn:aws:sns:[a-z0-9-]+:\d{12}:[\w-]{1,256}$/.test(arn)) {
      throw errors.invalidTriggerConfig(
        `The trigger ${t.triggerName} has an invalid target ARN: ${String(arn)}. Triggers notify an Amazon SNS topic (arn:aws:sns:<region>:<account>:<topic>).`,
      );
    }
    const events = list(t.triggerEvents).map((e) => {
      if (!TRIGGER_EVENTS.includes(e as string)) {
        throw errors.invalidTriggerConfig(`The trigger event type ${String(e)} is invalid.`);
      }
      return e as string;
    });
    return { triggerName: t.triggerName, triggerTargetArn: arn, triggerEvents: events };
  });
}

function readDeploymentStyle(raw: unknown, platform: ComputePlatform): DeploymentGroup['deploymentStyle'] {
  const style = isRecord(raw) ? raw : {};
  const fixed = platform !== 'Server';
  const deploymentType = style.deploymentType ?? (fixed ? 'BLUE_GREEN' : 'IN_PLACE');
  const deploymentOption = style.deploymentOption ?? (fixed ? 'WITH_TRAFFIC_CONTROL' : 'WITHOUT_TRAFFIC_CONTROL');
  if (deploymentType !== 'IN_PLACE' && deploymentType !== 'BLUE_GREEN') {
    throw errors.invalidDeploymentStyle(
      `The deployment type ${String(deploymentType)} is invalid. Valid types are IN_PLACE and BLUE_GREEN.`,
    );
  }
  if (deploymentOption !== 'WITH_TRAFFIC_CONTROL' && deploymentOption !== 'WITHOUT_TRAFFIC_CONTROL') {
    throw errors.invalidDeploymentStyle(
      `The deployment option ${String(deploymentOption)} is invalid. Valid options are WITH_TRAFFIC_CONTROL and WITHOUT_TRAFFIC_CONTROL.`,
    );
  }
  if (fixed && (deploymentType !== 'BLUE_GREEN' || deploymentOption !== 'WITH_TRAFFIC_CONTROL')) {
    throw errors.invalidDeploymentStyle(
      `${platform === 'ECS' ? 'Amazon ECS' : 'AWS Lambda'} deployments are always BLUE_GREEN with WITH_TRAFFIC_CONTROL.`,
    );
  }
  return { deploymentType, deploymentOption };
}

function findTargetGroup(account: Account, name: string) {
  return Object.values(account.fleet.targetGroups).find((g) => g.targetGroupName === name);
}

const listenerExists = (account: Account, arn: string) =>
  Object.values(account.fleet.loadBalancers).some((lb) => lb.listeners.some((l) => l.listenerArn === arn));

function readLoadBalancerInfo(account: Account, raw: unknown, platform: ComputePlatform): LoadBalancerInfo | undefined {
  if (!isRecord(raw)) return undefined;
  if (list(raw.elbInfoList).length > 0) {
    throw errors.invalidLoadBalancerInfo(
      'Classic Load Balancers (elbInfoList) are not simulated; use an Application or Network Load Balancer target group.',
    );
  }
  const targetGroupInfoList = list(raw.targetGroupInfoList).map((t) => {
    const name = isRecord(t) ? t.name : undefined;
    if (typeof name !== 'string' || !findTargetGroup(account, name)) {
      throw errors.invalidLoadBalancerInfo(`The target group ${String(name)} does not exist.`);
    }
    return { name };
  });
  const pairs = list(raw.targetGroupPairInfoList).map((p) => readTargetGroupPair(account, p));
  if (platform === 'ECS') {
    if (pairs.length !== 1) {
      throw errors.invalidTargetGroupPair(
        'An Amazon ECS deployment group needs exactly one target group pair (targetGroupPairInfoList).',
      );
    }
  } else if (pairs.length > 0) {
    throw errors.invalidLoadBalancerInfo('Target group pairs are for Amazon ECS deployment groups only.');
  }
  if (platform === 'Lambda' && targetGroupInfoList.length > 0) {
    throw errors.invalidLoadBalancerInfo(
      'AWS Lambda deployment groups shift traffic on an alias, not a load balancer.',
    );
  }
  return { targetGroupInfoList, targetGroupPairInfoList: pairs };
}

function readRoute(account: Account, raw: unknown, which: string) {
  const arns = isRecord(raw) ? list(raw.listenerArns) : [];
  if (arns.length !== 1) throw errors.invalidTargetGroupPair(`The ${which} traffic route needs exactly one listener.`);
  const arn = arns[0];
  if (typeof arn !== 'string' || !listenerExists(account, arn)) {
    throw errors.invalidTargetGroupPair(`The ${which} listener ${String(arn)} does not exist.`);
  }
  return { listenerArns: [arn] };
}

function readTargetGroupPair(account: Account, raw: unknown): LoadBalancerInfo['targetGroupPairInfoList'][number] {
  const pair = isRecord(raw) ? raw : {};
  const groups = list(pair.targetGroups).map((t) => (isRecord(t) ? t.name : undefined));
  if (groups.length !== 2) throw errors.invalidTargetGroupPair('A target group pair needs exactly two target groups.');
  for (const name of groups) {
    if (typeof name !== 'string' || !findTargetGroup(account, name)) {
      throw errors.invalidTargetGroupPair(`The target group ${String(name)} does not exist.`);
    }
  }
  return {
    targetGroups: groups.map((name) => ({ name: name as string })),
    prodTrafficRoute: readRoute(account, pair.prodTrafficRoute, 'production'),
    ...(present(pair.testTrafficRoute) && { testTrafficRoute: readRoute(account, pair.testTrafficRoute, 'test') }),
  };
}

function readBlueGreen(
  raw: unknown,
  platform: ComputePlatform,
  autoScalingGroups: string[],
): BlueGreenDeploymentConfiguration {
  const bg = isRecord(raw) ? raw : {};
  const terminate = isRecord(bg.terminateBlueInstancesOnDeploymentSuccess)
    ? bg.terminateBlueInstancesOnDeploymentSuccess
    : {};
  const ready = isRecord(bg.deploymentReadyOption) ? bg.deploymentReadyOption : {};
  const green = isRecord(bg.greenFleetProvisioningOption) ? bg.greenFleetProvisioningOption : {};
  const action = terminate.action ?? 'TERMINATE';
  if (action !== 'TERMINATE' && action !== 'KEEP_ALIVE') {
    throw errors.invalidBlueGreen(
      `The original instances action ${String(action)} is invalid (TERMINATE or KEEP_ALIVE).`,
    );
  }
  const terminationWait = terminate.terminationWaitTimeInMinutes ?? 0;
  if (
    typeof terminationWait !== 'number' ||
    !Number.isInteger(terminationWait) ||
    terminationWait < 0 ||
    terminationWait > MAX_TERMINATION_WAIT
  ) {
    throw errors.invalidBlueGreen(
      `terminationWaitTimeInMinutes ${String(terminationWait)} is invalid: it must be 0 to ${MAX_TERMINATION_WAIT} minutes (2 days).`,
    );
  }
  const actionOnTimeout = ready.actionOnTimeout ?? 'CONTINUE_DEPLOYMENT';
  if (actionOnTimeout !== 'CONTINUE_DEPLOYMENT' && actionOnTimeout !== 'STOP_DEPLOYMENT') {
    throw errors.invalidBlueGreen(
      `The deployment ready action ${String(actionOnTimeout)} is invalid (CONTINUE_DEPLOYMENT or STOP_DEPLOYMENT).`,
    );
  }
  const readyWait = ready.waitTimeInMinutes ?? 0;
  const maxReady = MAX_READY_WAIT[platform];
  if (typeof readyWait !== 'number' || !Number.isInteger(readyWait) || readyWait < 0 || readyWait > maxReady) {
    throw errors.invalidBlueGreen(
      `waitTimeInMinutes ${String(readyWait)} is invalid: it must be 0 to ${maxReady} minutes.`,
    );
  }
  const greenAction = green.action ?? 'DISCOVER_EXISTING';
  if (greenAction !== 'DISCOVER_EXISTING' && greenAction !== 'COPY_AUTO_SCALING_GROUP') {
    throw errors.invalidBlueGreen(
      `The green fleet provisioning action ${String(greenAction)} is invalid (DISCOVER_EXISTING or COPY_AUTO_SCALING_GROUP).`,
    );
  }
  if (greenAction === 'COPY_AUTO_SCALING_GROUP' && autoScalingGroups.length !== 1) {
    throw errors.invalidBlueGreen(
      'COPY_AUTO_SCALING_GROUP copies the deployment group’s Auto Scaling group: the group must name exactly one.',
    );
  }
  return {
    terminateBlueInstancesOnDeploymentSuccess: { action, terminationWaitTimeInMinutes: terminationWait },
    deploymentReadyOption: { actionOnTimeout, waitTimeInMinutes: readyWait },
    greenFleetProvisioningOption: { action: greenAction },
  };
}

function readEcsServices(ctx: SimContext, raw: unknown, self: string | undefined) {
  const services = list(raw).map((s) => {
    const service = isRecord(s) ? s : {};
    const { serviceName, clusterName } = service;
    if (typeof serviceName !== 'string' || typeof clusterName !== 'string') {
      throw errors.invalidEcsService('Each ECS service needs a serviceName and a clusterName.');
    }
    const found = getOwn(ctx.world.account.fleet.ecsServices, `${clusterName}/${serviceName}`);
    if (!found)
      throw errors.invalidEcsService(`The ECS service ${serviceName} does not exist in cluster ${clusterName}.`);
    if (found.deploymentController !== 'CODE_DEPLOY') {
      throw errors.invalidEcsService(
        `The ECS service ${serviceName} uses the ${found.deploymentController} deployment controller; CodeDeploy deploys only services whose deployment controller is CODE_DEPLOY.`,
      );
    }
    const other = Object.values(ctx.world.account.codedeploy.deploymentGroups).find(
      (g) =>
        groupKey(g.applicationName, g.deploymentGroupName) !== self &&
        g.ecsServices.some((e) => e.serviceName === serviceName && e.clusterName === clusterName),
    );
    if (other) {
      throw errors.invalidEcsService(
        `The ECS service ${serviceName} in cluster ${clusterName} already belongs to deployment group ${other.deploymentGroupName} of application ${other.applicationName}; a service can belong to only one deployment group.`,
      );
    }
    return { serviceName, clusterName };
  });
  if (services.length !== 1) {
    throw errors.ecsServiceMappingLimit('An Amazon ECS deployment group deploys exactly one ECS service.');
  }
  return services;
}

/**
 * A deployment group from a Create/UpdateDeploymentGroup request. `self` is the key of the group being updated
 * (so it does not clash with itself).
 */
function readDeploymentGroup(
  ctx: SimContext,
  input: Record<string, unknown>,
  platform: ComputePlatform,
  applicationName: string,
  deploymentGroupName: string,
  self?: DeploymentGroup,
): DeploymentGroup {
  const { account } = ctx.world;
  const configName = present(input.deploymentConfigName)
    ? readName(input, 'deploymentConfigName', errors.deploymentConfigNameRequired, errors.deploymentConfigNotFound)
    : DEFAULT_CONFIG_NAME[platform];
  const config = findDeploymentConfig(account, configName);
  if (!config) throw errors.deploymentConfigNotFound(configName);
  if (config.computePlatform !== platform) {
    throw errors.invalidComputePlatform(
      `The deployment configuration ${configName} is for the ${config.computePlatform} compute platform; application ${applicationName} is ${platform}.`,
    );
  }

  const roleArn = input.serviceRoleArn;
  if (!present(roleArn) || roleArn === '') throw errors.roleRequired();
  if (typeof roleArn !== 'string' || !isAccountRole(account, roleArn)) throw errors.invalidRole(String(roleArn));

  const server = platform === 'Server';
  const tagFilters = list(input.ec2TagFilters).map(readTagFilter);
  const tagSetRaw = isRecord(input.ec2TagSet) ? list(input.ec2TagSet.ec2TagSetList) : [];
  if (tagFilters.length > 0 && tagSetRaw.length > 0) throw errors.invalidEc2TagCombination();
  if (tagSetRaw.length > MAX_TAG_SET_GROUPS) throw errors.tagSetListLimit();
  const tagSet = tagSetRaw.map((g) => list(g).map(readTagFilter));

  if (list(input.autoScalingGroups).length > MAX_AUTO_SCALING_GROUPS) {
    throw errors.autoScalingGroupLimit(MAX_AUTO_SCALING_GROUPS);
  }
  const autoScalingGroups = list(input.autoScalingGroups).map((name) => {
    if (typeof name !== 'string' || !getOwn(account.fleet.autoScalingGroups, name)) {
      throw errors.invalidAutoScalingGroup(String(name));
    }
    return name;
  });
  if (!server && (tagFilters.length > 0 || tagSet.length > 0 || autoScalingGroups.length > 0)) {
    throw errors.invalidEc2Tag(
      `EC2 tags and Auto Scaling groups choose instances for EC2/On-premises deployment groups; a ${platform} deployment group has none.`,
    );
  }

  const deploymentStyle = readDeploymentStyle(input.deploymentStyle, platform);
  const loadBalancerInfo = readLoadBalancerInfo(account, input.loadBalancerInfo, platform);
  const targetGroups = loadBalancerInfo?.targetGroupInfoList.length ?? 0;
  if (server && deploymentStyle.deploymentType === 'BLUE_GREEN') {
    if (deploymentStyle.deploymentOption !== 'WITH_TRAFFIC_CONTROL' || targetGroups === 0) {
      throw errors.invalidBlueGreen(
        'An EC2 blue/green deployment reroutes traffic from the original instances to the replacement ones: it needs WITH_TRAFFIC_CONTROL and a load balancer target group.',
      );
    }
  } else if (server && deploymentStyle.deploymentOption === 'WITH_TRAFFIC_CONTROL' && targetGroups === 0) {
    throw errors.invalidLoadBalancerInfo(
      'WITH_TRAFFIC_CONTROL needs a load balancer target group (loadBalancerInfo.targetGroupInfoList) to block and allow traffic.',
    );
  }
  if (platform === 'ECS' && !loadBalancerInfo) {
    throw errors.invalidTargetGroupPair(
      'An Amazon ECS deployment group needs loadBalancerInfo with one target group pair and a production listener.',
    );
  }
  const ecsServices =
    platform === 'ECS'
      ? readEcsServices(ctx, input.ecsServices, self && groupKey(self.applicationName, self.deploymentGroupName))
      : [];
  if (platform !== 'ECS' && list(input.ecsServices).length > 0) {
    throw errors.invalidEcsService('ECS services belong to Amazon ECS deployment groups only.');
  }
  const blueGreen = deploymentStyle.deploymentType === 'BLUE_GREEN' && platform !== 'Lambda';

  const strategy = input.outdatedInstancesStrategy ?? 'UPDATE';
  if (strategy !== 'UPDATE' && strategy !== 'IGNORE') {
    throw errors.invalidInput(`outdatedInstancesStrategy ${String(strategy)} is invalid (UPDATE or IGNORE).`);
  }
  return {
    applicationName,
    deploymentGroupId: self?.deploymentGroupId ?? ctx.uuid(),
    deploymentGroupName,
    deploymentConfigName: configName,
    serviceRoleArn: roleArn,
    computePlatform: platform,
    ec2TagFilters: tagFilters,
    ec2TagSet: tagSet,
    autoScalingGroups,
    deploymentStyle,
    ...(blueGreen && {
      blueGreenDeploymentConfiguration: readBlueGreen(
        input.blueGreenDeploymentConfiguration,
        platform,
        autoScalingGroups,
      ),
    }),
    ...(loadBalancerInfo && { loadBalancerInfo }),
    ecsServices,
    alarmConfiguration: readAlarmConfiguration(input.alarmConfiguration),
    autoRollbackConfiguration: readAutoRollback(input.autoRollbackConfiguration),
    triggerConfigurations: readTriggers(input.triggerConfigurations),
    outdatedInstancesStrategy: strategy,
    ...(self?.lastSuccessfulDeployment && { lastSuccessfulDeployment: self.lastSuccessfulDeployment }),
    ...(self?.lastAttemptedDeployment && { lastAttemptedDeployment: self.lastAttemptedDeployment }),
    ...(self?.targetRevision && { targetRevision: self.targetRevision }),
  };
}

/** The request fields that describe a group, as the wire has them (UpdateDeploymentGroup starts from these). */
function groupFields(group: DeploymentGroup): Record<string, unknown> {
  return clonePlain({
    deploymentConfigName: group.deploymentConfigName,
    serviceRoleArn: group.serviceRoleArn,
    ec2TagFilters: group.ec2TagFilters,
    ...(group.ec2TagSet.length > 0 && { ec2TagSet: { ec2TagSetList: group.ec2TagSet } }),
    autoScalingGroups: group.autoScalingGroups,
    deploymentStyle: group.deploymentStyle,
    blueGreenDeploymentConfiguration: group.blueGreenDeploymentConfiguration,
    loadBalancerInfo: group.loadBalancerInfo,
    ecsServices: group.ecsServices,
    alarmConfiguration: group.alarmConfiguration,
    autoRollbackConfiguration: group.autoRollbackConfiguration,
    triggerConfigurations: group.triggerConfigurations,
    outdatedInstancesStrategy: group.outdatedInstancesStrategy,
  });
}

/** The wire `DeploymentGroupInfo`. */
export function deploymentGroupView(ctx: SimContext, group: DeploymentGroup) {
  const at = (t: number) => epochSecondsAt(ctx.world.startEpochMs, t);
  return {
    ...groupFields(group),
    applicationName: group.applicationName,
    deploymentGroupId: group.deploymentGroupId,
    deploymentGroupName: group.deploymentGroupName,
    onPremisesInstanceTagFilters: [],
    autoScalingGroups: group.autoScalingGroups.map((name) => ({
      name,
      hook: `CodeDeploy-managed-automatic-launch-deployment-hook-${group.deploymentGroupName}-${group.deploymentGroupId.slice(0, 8)}`,
    })),
    ...(group.targetRevision && { targetRevision: revisionLocationView(group.targetRevision) }),
    ...(group.lastSuccessfulDeployment && {
      lastSuccessfulDeployment: {
        ...group.lastSuccessfulDeployment,
        endTime: at(group.lastSuccessfulDeployment.endTime),
        createTime: at(group.lastSuccessfulDeployment.createTime),
      },
    }),
    ...(group.lastAttemptedDeployment && {
      lastAttemptedDeployment: {
        ...group.lastAttemptedDeployment,
        ...(group.lastAttemptedDeployment.endTime !== undefined && {
          endTime: at(group.lastAttemptedDeployment.endTime),
        }),
        createTime: at(group.lastAttemptedDeployment.createTime),
      },
    }),
    computePlatform: group.computePlatform,
    terminationHookEnabled: false,
  };
}

export const CreateDeploymentGroup: Operation = (ctx, input) => {
  const app = requireApplication(ctx, input);
  const name = readDeploymentGroupName(input);
  if (findDeploymentGroup(ctx, app.applicationName, name)) throw errors.deploymentGroupExists(name);
  if (groupsOf(ctx, app.applicationName).length >= DEPLOYMENT_GROUP_LIMIT) {
    throw errors.deploymentGroupLimit(DEPLOYMENT_GROUP_LIMIT);
  }
  const group = readDeploymentGroup(ctx, input, app.computePlatform, app.applicationName, name);
  setOwn(ctx.world.account.codedeploy.deploymentGroups, groupKey(app.applicationName, name), group);
  return { deploymentGroupId: group.deploymentGroupId };
};

function requireGroup(ctx: SimContext, input: Record<string, unknown>, field = 'deploymentGroupName') {
  const app = requireApplication(ctx, input);
  const name = readDeploymentGroupName(input, field);
  const group = findDeploymentGroup(ctx, app.applicationName, name);
  if (!group) throw errors.deploymentGroupNotFound(name);
  return group;
}

export const GetDeploymentGroup: Operation = (ctx, input) => ({
  deploymentGroupInfo: deploymentGroupView(ctx, requireGroup(ctx, input)),
});

/** Unknown names do not fail the call: they are reported in errorMessage. */
export const BatchGetDeploymentGroups: Operation = (ctx, input) => {
  const app = requireApplication(ctx, input);
  const names = input.deploymentGroupNames;
  if (!Array.isArray(names) || names.length === 0) throw errors.deploymentGroupNameRequired();
  if (names.length > 100) throw errors.batchLimit();
  const found = [];
  const missing = [];
  for (const name of names) {
    const group = typeof name === 'string' ? findDeploymentGroup(ctx, app.applicationName, name) : undefined;
    if (group) found.push(deploymentGroupView(ctx, group));
    else missing.push(String(name));
  }
  return {
    deploymentGroupsInfo: found,
    ...(missing.length > 0 && { errorMessage: `Deployment groups not found: ${missing.join(', ')}` }),
  };
};

export const ListDeploymentGroups: Operation = (ctx, input) => {
  const app = requireApplication(ctx, input);
  const { items, nextToken } = page(
    groupsOf(ctx, app.applicationName).map((g) => g.deploymentGroupName),
    input.nextToken,
  );
  return { applicationName: app.applicationName, deploymentGroups: items, ...(nextToken && { nextToken }) };
};

/** Fields left out keep their values; `newDeploymentGroupName` renames the group. */
export const UpdateDeploymentGroup: Operation = (ctx, input) => {
  const current = requireGroup(ctx, input, 'currentDeploymentGroupName');
  const newName = present(input.newDeploymentGroupName)
    ? readDeploymentGroupName(input, 'newDeploymentGroupName')
    : current.deploymentGroupName;
  if (newName !== current.deploymentGroupName && findDeploymentGroup(ctx, current.applicationName, newName)) {
    throw errors.deploymentGroupExists(newName);
  }
  const merged = { ...groupFields(current) };
  for (const [field, value] of Object.entries(input)) if (present(value)) merged[field] = value;
  const updated = readDeploymentGroup(ctx, merged, current.computePlatform, current.applicationName, newName, current);
  const groups = ctx.world.account.codedeploy.deploymentGroups;
  deleteOwn(groups, groupKey(current.applicationName, current.deploymentGroupName));
  setOwn(groups, groupKey(current.applicationName, newName), updated);
  return { hooksNotCleanedUp: [] };
};

/** Deleting a group that does not exist succeeds, as in CodeDeploy (the call lists no "does not exist" error). */
export const DeleteDeploymentGroup: Operation = (ctx, input) => {
  const applicationName = readApplicationName(input);
  const name = readDeploymentGroupName(input);
  deleteOwn(ctx.world.account.codedeploy.deploymentGroups, groupKey(applicationName, name));
  return { hooksNotCleanedUp: [] };
};

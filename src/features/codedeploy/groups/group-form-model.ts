import type {
  AutoRollbackEvent,
  ComputePlatform,
  DeploymentGroupInfo,
  DeploymentGroupInput,
  Ec2TagFilter,
} from '../../../api/codedeploy/control-types';

/** One tag filter row as typed: the filter's Type follows from which of Key and Value are filled. */
export interface TagRow {
  key: string;
  value: string;
}

/**
 * What the deployment group form holds, as the user typed it (numbers stay strings until sent,
 * so a refused value is still there to correct).
 */
export interface GroupForm {
  applicationName: string;
  computePlatform: ComputePlatform;
  name: string;
  serviceRoleArn: string;
  deploymentConfigName: string;
  /** EC2: one group = `ec2TagFilters` (any filter matches); several = `ec2TagSet` (a filter of every group). */
  tagGroups: TagRow[][];
  autoScalingGroups: string[];
  deploymentType: 'IN_PLACE' | 'BLUE_GREEN';
  trafficControl: boolean;
  targetGroups: string[];
  greenFleet: 'COPY_AUTO_SCALING_GROUP' | 'DISCOVER_EXISTING';
  /** Reroute at once, or wait for "Reroute traffic" (ContinueDeployment) up to `rerouteWaitMinutes`. */
  reroute: 'CONTINUE_DEPLOYMENT' | 'STOP_DEPLOYMENT';
  rerouteWaitMinutes: string;
  originalInstances: 'TERMINATE' | 'KEEP_ALIVE';
  terminationWaitMinutes: string;
  ecsCluster: string;
  ecsService: string;
  ecsTargetGroups: [string, string];
  prodListenerArn: string;
  testListenerArn: string;
  alarmsEnabled: boolean;
  alarms: string[];
  ignorePollAlarmFailure: boolean;
  rollbackEnabled: boolean;
  rollbackEvents: AutoRollbackEvent[];
}

const DEFAULT_CONFIG: Record<ComputePlatform, string> = {
  Server: 'CodeDeployDefault.OneAtATime',
  Lambda: 'CodeDeployDefault.LambdaAllAtOnce',
  ECS: 'CodeDeployDefault.ECSAllAtOnce',
};

export function emptyGroupForm(applicationName: string, computePlatform: ComputePlatform): GroupForm {
  return {
    applicationName,
    computePlatform,
    name: '',
    serviceRoleArn: '',
    deploymentConfigName: DEFAULT_CONFIG[computePlatform],
    tagGroups: [[{ key: '', value: '' }]],
    autoScalingGroups: [],
    deploymentType: computePlatform === 'Server' ? 'IN_PLACE' : 'BLUE_GREEN',
    trafficControl: computePlatform !== 'Server',
    targetGroups: [],
    greenFleet: 'COPY_AUTO_SCALING_GROUP',
    reroute: 'CONTINUE_DEPLOYMENT',
    rerouteWaitMinutes: '60',
    originalInstances: 'TERMINATE',
    terminationWaitMinutes: computePlatform === 'Server' ? '60' : '5',
    ecsCluster: '',
    ecsService: '',
    ecsTargetGroups: ['', ''],
    prodListenerArn: '',
    testListenerArn: '',
    alarmsEnabled: false,
    alarms: [],
    ignorePollAlarmFailure: false,
    rollbackEnabled: false,
    rollbackEvents: ['DEPLOYMENT_FAILURE'],
  };
}

export function toTagFilter(row: TagRow): Ec2TagFilter {
  const key = row.key.trim();
  const value = row.value.trim();
  if (key && value) return { Key: key, Value: value, Type: 'KEY_AND_VALUE' };
  if (key) return { Key: key, Type: 'KEY_ONLY' };
  return { Value: value, Type: 'VALUE_ONLY' };
}

const fromTagFilter = (f: Ec2TagFilter): TagRow => ({ key: f.Key ?? '', value: f.Value ?? '' });

/** The tag filters the form means: empty rows dropped, empty groups dropped. */
export function tagFiltersOf(form: Pick<GroupForm, 'tagGroups'>): Ec2TagFilter[][] {
  return form.tagGroups
    .map((g) => g.filter((r) => r.key.trim() || r.value.trim()).map(toTagFilter))
    .filter((g) => g.length > 0);
}

/** A number field as sent: what was typed when it is a number, else NaN so the service refuses it visibly. */
const minutes = (text: string) => (text.trim() === '' ? NaN : Number(text));

function serverInput(form: GroupForm): Partial<DeploymentGroupInput> {
  const groups = tagFiltersOf(form);
  const blueGreen = form.deploymentType === 'BLUE_GREEN';
  return {
    ...(groups.length === 1 && { ec2TagFilters: groups[0] }),
    ...(groups.length > 1 && { ec2TagSet: { ec2TagSetList: groups } }),
    ...(!blueGreen || form.greenFleet === 'DISCOVER_EXISTING' || form.autoScalingGroups.length > 0
      ? { autoScalingGroups: form.autoScalingGroups }
      : {}),
    deploymentStyle: {
      deploymentType: form.deploymentType,
      deploymentOption: form.trafficControl || blueGreen ? 'WITH_TRAFFIC_CONTROL' : 'WITHOUT_TRAFFIC_CONTROL',
    },
    ...((form.trafficControl || blueGreen) && {
      loadBalancerInfo: { targetGroupInfoList: form.targetGroups.map((name) => ({ name })) },
    }),
    ...(blueGreen && {
      blueGreenDeploymentConfiguration: {
        terminateBlueInstancesOnDeploymentSuccess: {
          action: form.originalInstances,
          terminationWaitTimeInMinutes:
            form.originalInstances === 'TERMINATE' ? minutes(form.terminationWaitMinutes) : 0,
        },
        deploymentReadyOption: {
          actionOnTimeout: form.reroute,
          waitTimeInMinutes: form.reroute === 'STOP_DEPLOYMENT' ? minutes(form.rerouteWaitMinutes) : 0,
        },
        greenFleetProvisioningOption: { action: form.greenFleet },
      },
    }),
  };
}

function ecsInput(form: GroupForm): Partial<DeploymentGroupInput> {
  return {
    deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
    ecsServices: [{ clusterName: form.ecsCluster, serviceName: form.ecsService }],
    loadBalancerInfo: {
      targetGroupPairInfoList: [
        {
          targetGroups: form.ecsTargetGroups.filter(Boolean).map((name) => ({ name })),
          prodTrafficRoute: { listenerArns: form.prodListenerArn ? [form.prodListenerArn] : [] },
          ...(form.testListenerArn && { testTrafficRoute: { listenerArns: [form.testListenerArn] } }),
        },
      ],
    },
    blueGreenDeploymentConfiguration: {
      terminateBlueInstancesOnDeploymentSuccess: {
        action: 'TERMINATE',
        terminationWaitTimeInMinutes: minutes(form.terminationWaitMinutes),
      },
      deploymentReadyOption: {
        actionOnTimeout: form.reroute,
        waitTimeInMinutes: form.reroute === 'STOP_DEPLOYMENT' ? minutes(form.rerouteWaitMinutes) : 0,
      },
    },
  };
}

/** The CreateDeploymentGroup / UpdateDeploymentGroup input the form means, for its platform. */
export function toDeploymentGroupInput(form: GroupForm): DeploymentGroupInput {
  const platform =
    form.computePlatform === 'Server'
      ? serverInput(form)
      : form.computePlatform === 'ECS'
        ? ecsInput(form)
        : { deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' } as const };
  return {
    applicationName: form.applicationName,
    deploymentGroupName: form.name.trim(),
    serviceRoleArn: form.serviceRoleArn,
    deploymentConfigName: form.deploymentConfigName,
    ...platform,
    alarmConfiguration: {
      enabled: form.alarmsEnabled,
      ignorePollAlarmFailure: form.ignorePollAlarmFailure,
      alarms: form.alarmsEnabled ? form.alarms.map((name) => ({ name })) : [],
    },
    autoRollbackConfiguration: {
      enabled: form.rollbackEnabled,
      events: form.rollbackEnabled ? form.rollbackEvents : [],
    },
  };
}

/** The form for editing an existing group: every field as the service holds it. */
export function fromDeploymentGroup(group: DeploymentGroupInfo): GroupForm {
  const base = emptyGroupForm(group.applicationName, group.computePlatform);
  const tagSet = group.ec2TagSet?.ec2TagSetList ?? [];
  const tagGroups = tagSet.length > 0 ? tagSet : group.ec2TagFilters?.length ? [group.ec2TagFilters] : [];
  const bg = group.blueGreenDeploymentConfiguration;
  const pair = group.loadBalancerInfo?.targetGroupPairInfoList?.[0];
  const ecs = group.ecsServices?.[0];
  return {
    ...base,
    name: group.deploymentGroupName,
    serviceRoleArn: group.serviceRoleArn,
    deploymentConfigName: group.deploymentConfigName,
    tagGroups: tagGroups.length > 0 ? tagGroups.map((g) => g.map(fromTagFilter)) : base.tagGroups,
    autoScalingGroups: (group.autoScalingGroups ?? []).map((g) => g.name),
    deploymentType: group.deploymentStyle?.deploymentType ?? base.deploymentType,
    trafficControl: group.deploymentStyle?.deploymentOption === 'WITH_TRAFFIC_CONTROL',
    targetGroups: (group.loadBalancerInfo?.targetGroupInfoList ?? []).map((t) => t.name),
    greenFleet: bg?.greenFleetProvisioningOption?.action ?? base.greenFleet,
    reroute: bg?.deploymentReadyOption?.actionOnTimeout ?? base.reroute,
    rerouteWaitMinutes: String(bg?.deploymentReadyOption?.waitTimeInMinutes || base.rerouteWaitMinutes),
    originalInstances: bg?.terminateBlueInstancesOnDeploymentSuccess?.action ?? base.originalInstances,
    terminationWaitMinutes: String(
      bg?.terminateBlueInstancesOnDeploymentSuccess?.terminationWaitTimeInMinutes ?? base.terminationWaitMinutes,
    ),
    ecsCluster: ecs?.clusterName ?? '',
    ecsService: ecs?.serviceName ?? '',
    ecsTargetGroups: [pair?.targetGroups[0]?.name ?? '', pair?.targetGroups[1]?.name ?? ''],
    prodListenerArn: pair?.prodTrafficRoute.listenerArns[0] ?? '',
    testListenerArn: pair?.testTrafficRoute?.listenerArns[0] ?? '',
    alarmsEnabled: group.alarmConfiguration?.enabled ?? false,
    alarms: (group.alarmConfiguration?.alarms ?? []).map((a) => a.name),
    ignorePollAlarmFailure: group.alarmConfiguration?.ignorePollAlarmFailure ?? false,
    rollbackEnabled: group.autoRollbackConfiguration?.enabled ?? false,
    rollbackEvents: group.autoRollbackConfiguration?.events.length
      ? group.autoRollbackConfiguration.events
      : base.rollbackEvents,
  };
}

export const MAX_ALARMS = 10;

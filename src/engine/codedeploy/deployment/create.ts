import { clonePlain } from '../../core/clone';
import { optionalString } from '../../core/input';
import { getOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import type { TagFilter } from '../../fleet/public';
import { DEFAULT_CONFIG_NAME, findDeploymentConfig } from '../configs';
import { codedeployErrors as errors } from '../errors';
import {
  findDeploymentGroup,
  isRecord,
  readDeploymentGroupName,
  readDescription,
  requireApplication,
} from '../operations/common';
import { readRevisionLocation, recordRevisionUse, withS3ETag } from '../revisions';
import type {
  AutoRollbackConfiguration,
  AutoRollbackEvent,
  Deployment,
  DeploymentGroup,
  RevisionLocation,
} from '../state';
import { START_DELAY_MS, START_TIMER, isActive } from './run';

const FILE_EXISTS = ['DISALLOW', 'OVERWRITE', 'RETAIN'] as const;
const ROLLBACK_EVENTS: readonly AutoRollbackEvent[] = [
  'DEPLOYMENT_FAILURE',
  'DEPLOYMENT_STOP_ON_ALARM',
  'DEPLOYMENT_STOP_ON_REQUEST',
];

export interface NewDeployment {
  applicationName: string;
  group: DeploymentGroup;
  revision: RevisionLocation;
  deploymentConfigName: string;
  creator: Deployment['creator'];
  description?: string;
  ignoreApplicationStopFailures: boolean;
  autoRollbackConfiguration: AutoRollbackConfiguration;
  fileExistsBehavior: Deployment['fileExistsBehavior'];
  targetInstances?: Deployment['targetInstances'];
}

/** `d-` and nine upper-case letters and digits, drawn from the world's PRNG. */
function deploymentId(ctx: SimContext): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const hex = ctx.uuid().replace(/-/g, '');
  let id = 'd-';
  for (let i = 0; i < 9; i++) id += alphabet[parseInt(hex.slice(i * 3, i * 3 + 3), 16) % alphabet.length];
  return id;
}

/** Records a deployment (status Created) and schedules its start; used by CreateDeployment and by rollbacks. */
export function createDeployment(ctx: SimContext, input: NewDeployment): Deployment {
  const codedeploy = ctx.world.account.codedeploy;
  const { group } = input;
  let id = deploymentId(ctx);
  while (Object.hasOwn(codedeploy.deployments, id)) id = deploymentId(ctx);
  const previous = group.targetRevision;
  const deployment: Deployment = {
    deploymentId: id,
    applicationName: input.applicationName,
    deploymentGroupName: group.deploymentGroupName,
    deploymentConfigName: input.deploymentConfigName,
    computePlatform: group.computePlatform,
    status: 'Created',
    creator: input.creator,
    ...(input.description !== undefined && { description: input.description }),
    revision: input.revision,
    ...(previous && { previousRevision: previous }),
    deploymentStyle: { ...group.deploymentStyle },
    ...(group.blueGreenDeploymentConfiguration && {
      blueGreenDeploymentConfiguration: clonePlain(group.blueGreenDeploymentConfiguration),
    }),
    ...(input.targetInstances && { targetInstances: input.targetInstances }),
    createTime: ctx.now,
    autoRollbackConfiguration: input.autoRollbackConfiguration,
    ignoreApplicationStopFailures: input.ignoreApplicationStopFailures,
    fileExistsBehavior: input.fileExistsBehavior,
    targetIds: [],
    targets: {},
    instanceTerminationWaitTimeStarted: false,
    trafficShiftedPercent: 0,
  };
  codedeploy.deployments[id] = deployment;
  codedeploy.deploymentOrder.push(id);
  group.targetRevision = input.revision;
  recordRevisionUse(ctx.world.account, input.applicationName, input.revision, group.deploymentGroupName, ctx.now);
  ctx.schedule(START_DELAY_MS, START_TIMER, { deploymentId: id });
  return deployment;
}

function readAutoRollback(raw: unknown, fallback: AutoRollbackConfiguration): AutoRollbackConfiguration {
  if (raw === undefined || raw === null) return { enabled: fallback.enabled, events: [...fallback.events] };
  if (!isRecord(raw)) throw errors.invalidAutoRollbackConfig('autoRollbackConfiguration must be an object');
  const enabled = raw.enabled === true;
  const events = Array.isArray(raw.events) ? raw.events : [];
  for (const e of events) {
    if (!ROLLBACK_EVENTS.includes(e as AutoRollbackEvent)) {
      throw errors.invalidAutoRollbackConfig(`Invalid auto rollback event: ${String(e)}`);
    }
  }
  if (enabled && events.length === 0) {
    throw errors.invalidAutoRollbackConfig('Auto rollback is enabled but no events are specified.');
  }
  return { enabled, events: events as AutoRollbackEvent[] };
}

function readTagFilters(raw: unknown): TagFilter[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw errors.invalidTargetInstances('targetInstances.tagFilters must be a list');
  return raw.map((f) => {
    if (!isRecord(f)) throw errors.invalidTargetInstances('Each tag filter must be an object');
    const type =
      f.Type ??
      (f.Key !== undefined && f.Value !== undefined
        ? 'KEY_AND_VALUE'
        : f.Key !== undefined
          ? 'KEY_ONLY'
          : 'VALUE_ONLY');
    return {
      Type: type as TagFilter['Type'],
      ...(typeof f.Key === 'string' && { Key: f.Key }),
      ...(typeof f.Value === 'string' && { Value: f.Value }),
    };
  });
}

/** The group's deployment in progress, if any (one per group: aws-facts §3.11). */
export function activeInGroup(ctx: SimContext, group: DeploymentGroup): Deployment | undefined {
  const codedeploy = ctx.world.account.codedeploy;
  for (let i = codedeploy.deploymentOrder.length - 1; i >= 0; i--) {
    const d = getOwn(codedeploy.deployments, codedeploy.deploymentOrder[i] as string);
    if (
      d &&
      isActive(d) &&
      d.applicationName === group.applicationName &&
      d.deploymentGroupName === group.deploymentGroupName
    )
      return d;
  }
  return undefined;
}

export const CreateDeployment: Operation = (ctx, input) => ({
  deploymentId: requestDeployment(ctx, input, 'user').deploymentId,
});

/**
 * A pipeline's CodeDeploy action: CreateDeployment of the artifact zip (or, for CodeDeployToECS, the AppSpec file)
 * in the artifact store, made by CodePipeline and checked exactly as the API checks it; throws the AwsError the API
 * would answer.
 */
export const createDeploymentForPipeline = (
  ctx: SimContext,
  applicationName: string,
  deploymentGroupName: string,
  revision: { bucket: string; key: string; bundleType: 'zip' | 'tar' | 'tgz' | 'YAML' | 'JSON' },
): Deployment =>
  requestDeployment(
    ctx,
    { applicationName, deploymentGroupName, revision: { revisionType: 'S3', s3Location: revision } },
    'CodePipeline',
  );

/** CreateDeployment's checks and the deployment it records, for whoever asks (a user or CodePipeline). */
function requestDeployment(
  ctx: SimContext,
  input: Record<string, unknown>,
  creator: Deployment['creator'],
): Deployment {
  const application = requireApplication(ctx, input);
  const groupName = readDeploymentGroupName(input);
  const group = findDeploymentGroup(ctx, application.applicationName, groupName);
  if (!group) throw errors.deploymentGroupNotFound(groupName);
  const revision = withS3ETag(ctx.world, readRevisionLocation(input.revision, application.computePlatform));
  if (revision.revisionType === 'S3') {
    const bucket = getOwn(ctx.world.account.s3.buckets, revision.s3Location.bucket);
    if (!bucket || !getOwn(bucket.objects, revision.s3Location.key)) throw errors.revisionObjectMissing();
  }
  const configName =
    optionalString(input, 'deploymentConfigName') ||
    group.deploymentConfigName ||
    DEFAULT_CONFIG_NAME[group.computePlatform];
  const config = findDeploymentConfig(ctx.world.account, configName);
  if (!config) throw errors.deploymentConfigNotFound(configName);
  if (config.computePlatform !== group.computePlatform) {
    throw errors.invalidComputePlatform(
      `The deployment configuration ${configName} is for the ${config.computePlatform} compute platform, but the deployment group's platform is ${group.computePlatform}.`,
    );
  }
  const description = readDescription(input);
  const fileExists = input.fileExistsBehavior ?? 'DISALLOW';
  if (!FILE_EXISTS.includes(fileExists as (typeof FILE_EXISTS)[number]))
    throw errors.invalidFileExistsBehavior(fileExists);
  const ignore = input.ignoreApplicationStopFailures;
  if (ignore !== undefined && ignore !== null && typeof ignore !== 'boolean') {
    throw errors.invalidInput('ignoreApplicationStopFailures must be a boolean');
  }
  const autoRollback = readAutoRollback(input.autoRollbackConfiguration, group.autoRollbackConfiguration);
  let targetInstances: Deployment['targetInstances'];
  if (input.targetInstances !== undefined && input.targetInstances !== null) {
    const raw = input.targetInstances;
    if (!isRecord(raw)) throw errors.invalidTargetInstances('targetInstances must be an object');
    if (group.deploymentStyle.deploymentType !== 'BLUE_GREEN') {
      throw errors.invalidTargetInstances('targetInstances can be specified only for blue/green deployments.');
    }
    const asgs = raw.autoScalingGroups;
    if (asgs !== undefined && (!Array.isArray(asgs) || asgs.some((a) => typeof a !== 'string'))) {
      throw errors.invalidTargetInstances('targetInstances.autoScalingGroups must be a list of names');
    }
    targetInstances = {
      tagFilters: readTagFilters(raw.tagFilters),
      autoScalingGroups: [...((asgs as string[]) ?? [])],
    };
  }
  const active = activeInGroup(ctx, group);
  if (active) throw errors.activeDeployment(group.deploymentGroupName, active.deploymentId);
  return createDeployment(ctx, {
    applicationName: application.applicationName,
    group,
    revision,
    deploymentConfigName: configName,
    creator,
    ...(description !== undefined && { description }),
    ignoreApplicationStopFailures: ignore === true,
    autoRollbackConfiguration: autoRollback,
    fileExistsBehavior: fileExists as Deployment['fileExistsBehavior'],
    ...(targetInstances && { targetInstances }),
  });
}

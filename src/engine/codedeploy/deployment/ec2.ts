import { getOwn } from '../../core/records';
import type { SimContext } from '../../core/simulation';
import { MINUTE, SECOND, isoAt } from '../../core/time';
import { deregisterTargets, registerTargets } from '../../fleet/public';
import type { Ec2Instance } from '../../fleet/state';
import type { ServerAppSpec } from '../../specs/appspec/types';
import type { Deployment, DeploymentExecution, DeploymentGroup } from '../state';
import { AGENT_POLL_MS, archiveDir, runHookScripts, type EventOutcome } from './agent';
import { readRevision } from './bundle';
import { PREVIOUS_REVISION_HOOKS } from './plan';

/** How long CodeDeploy waits before it fails an event on an instance that stopped or disappeared (aws-facts §3.9). */
export const INSTANCE_GONE_WAIT_MS = 5 * MINUTE;
/** How long it waits for an agent that never picks the event up: the lifecycle event's 1-hour window. */
export const AGENT_WAIT_MS = 60 * MINUTE;
/** Clock skew beyond which the agent's signed requests are refused. */
export const MAX_CLOCK_SKEW_SECONDS = 15 * 60;
/** DownloadBundle: a base time plus a second per 100 KB of bundle. */
export const DOWNLOAD_BASE_MS = 2 * SECOND;
export const DOWNLOAD_MS_PER_100KB = SECOND;
/** Install: a base time plus 10 ms per file copied. */
export const INSTALL_BASE_MS = SECOND;
export const INSTALL_MS_PER_FILE = 10;

const AGENT_UNREACHABLE =
  'CodeDeploy agent was not able to receive the lifecycle event. Check the CodeDeploy agent logs on your host and make sure the agent is running and can connect to the CodeDeploy server.';

const failed = (durationMs: number, message: string, logTail = ''): EventOutcome => ({
  status: 'Failed',
  durationMs,
  diagnostics: { errorCode: 'UnknownError', scriptName: '', message, logTail },
});

const compact = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Why the agent on an instance cannot run an event at all, if it cannot (the instance or its agent). */
function agentProblem(ctx: SimContext, instance: Ec2Instance | undefined): EventOutcome | undefined {
  if (!instance || instance.state !== 'running') {
    return failed(
      INSTANCE_GONE_WAIT_MS,
      `${AGENT_UNREACHABLE} (The instance is ${instance ? instance.state : 'gone'}.)`,
    );
  }
  if (instance.agent !== 'running') {
    return failed(
      AGENT_WAIT_MS,
      `${AGENT_UNREACHABLE} (The agent is ${instance.agent === 'stopped' ? 'installed but not running' : 'not installed'}.)`,
    );
  }
  if (instance.instanceProfile === undefined) {
    return failed(
      AGENT_WAIT_MS,
      AGENT_UNREACHABLE,
      'InstanceAgent::Plugins::CodeDeployPlugin::CommandPoller: Missing credentials - please check if this instance was started with an IAM instance profile',
    );
  }
  if (Math.abs(instance.clockSkewSeconds) > MAX_CLOCK_SKEW_SECONDS) {
    const server = isoAt(ctx.world.startEpochMs, ctx.now);
    const local = isoAt(ctx.world.startEpochMs, ctx.now + instance.clockSkewSeconds * 1000);
    return failed(
      AGENT_WAIT_MS,
      AGENT_UNREACHABLE,
      `Cannot reach InstanceService: Aws::CodeDeployCommand::Errors::InvalidSignatureException - Signature expired: ${compact(local)} is now earlier than ${compact(server)} (${compact(server)} - 15 min.)`,
    );
  }
  return undefined;
}

/** The previous successful revision this group installed on the instance: its files and AppSpec. */
function previousRevision(ctx: SimContext, exec: DeploymentExecution, instance: Ec2Instance, groupId: string) {
  const installed = instance.revision;
  if (!installed || installed.deploymentGroupId !== groupId) return undefined;
  let previous = getOwn(exec.previous, installed.deploymentId);
  if (!previous) {
    const before = getOwn(ctx.world.account.codedeploy.deployments, installed.deploymentId);
    if (!before) return undefined;
    const content = readRevision(ctx.world, before.revision, 'Server');
    previous = { bundle: content.files, ...(content.appspec?.platform === 'Server' && { appspec: content.appspec }) };
    exec.previous[installed.deploymentId] = previous;
  }
  return { ...previous, deploymentId: installed.deploymentId };
}

function targetGroupArns(ctx: SimContext, group: DeploymentGroup): string[] {
  const names = new Set((group.loadBalancerInfo?.targetGroupInfoList ?? []).map((t) => t.name));
  return Object.values(ctx.world.account.fleet.targetGroups)
    .filter((tg) => names.has(tg.targetGroupName))
    .map((tg) => tg.targetGroupArn);
}

/** Copies the AppSpec's `files` into the instance's installed revision, honouring file_exists_behavior. */
function install(
  d: Deployment,
  exec: DeploymentExecution,
  group: DeploymentGroup,
  instance: Ec2Instance,
  appspec: ServerAppSpec,
): EventOutcome {
  // The agent first deletes what the last successful deployment of this group installed (its cleanup file).
  const previous = instance.revision;
  const kept = previous && previous.deploymentGroupId !== group.deploymentGroupId ? previous.files : {};
  const files: Record<string, string> = { ...kept };
  const behaviour = d.fileExistsBehavior;
  let copied = 0;
  for (const entry of appspec.files) {
    const source = entry.source.replace(/^\/+|\/+$/g, '');
    const destination = entry.destination.replace(/\/+$/, '');
    for (const [path, content] of Object.entries(exec.bundle)) {
      let target: string | undefined;
      if (source === '') target = `${destination}/${path}`;
      else if (path === source)
        target = entry.destination.endsWith('/') ? `${destination}/${path.split('/').pop()}` : destination;
      else if (path.startsWith(`${source}/`)) target = `${destination}/${path.slice(source.length + 1)}`;
      if (target === undefined) continue;
      if (Object.hasOwn(kept, target)) {
        if (behaviour === 'DISALLOW') {
          return failed(
            INSTALL_BASE_MS,
            `The deployment failed because a specified file already exists at this location: ${target}`,
          );
        }
        if (behaviour === 'RETAIN') continue;
      }
      files[target] = content;
      copied++;
    }
  }
  instance.revision = {
    revisionKey: exec.revisionKey,
    deploymentId: d.deploymentId,
    deploymentGroupId: group.deploymentGroupId,
    files,
  };
  return { status: 'Succeeded', durationMs: INSTALL_BASE_MS + copied * INSTALL_MS_PER_FILE };
}

/**
 * What one lifecycle event does on an instance and how long it takes. Hooks run their scripts in the simulated
 * shell; the reserved events download, install and move traffic through the fleet.
 */
export function instanceEvent(
  ctx: SimContext,
  d: Deployment,
  exec: DeploymentExecution,
  group: DeploymentGroup,
  instanceId: string,
  eventName: string,
): EventOutcome {
  const instance = getOwn(ctx.world.account.fleet.instances, instanceId);
  const problem = agentProblem(ctx, instance);
  if (problem || !instance) return problem as EventOutcome;
  const appspec = exec.appspec?.platform === 'Server' ? exec.appspec : undefined;
  switch (eventName) {
    case 'DownloadBundle': {
      if (d.revision.revisionType === 'S3') {
        const { bucket } = d.revision.s3Location;
        const s3Bucket = getOwn(ctx.world.account.s3.buckets, bucket);
        const readable = instance.s3ReadBuckets.includes('*') || instance.s3ReadBuckets.includes(bucket);
        const elsewhere = s3Bucket?.region !== undefined && s3Bucket.region !== ctx.world.account.region;
        if (!readable || elsewhere) {
          return failed(
            DOWNLOAD_BASE_MS,
            'UnknownError: not opened for reading',
            elsewhere
              ? `The bucket ${bucket} is in ${s3Bucket?.region ?? 'another Region'}, not in ${ctx.world.account.region} where the instance is.`
              : `The instance profile ${instance.instanceProfile ?? ''} may not read s3://${bucket} (s3:GetObject access denied).`,
          );
        }
      }
      if (exec.appspecError !== undefined) return failed(DOWNLOAD_BASE_MS, exec.appspecError);
      const size = Object.values(exec.bundle).reduce((n, text) => n + text.length, 0);
      return { status: 'Succeeded', durationMs: DOWNLOAD_BASE_MS + Math.floor(size / 102400) * DOWNLOAD_MS_PER_100KB };
    }
    case 'Install':
      return appspec ? install(d, exec, group, instance, appspec) : failed(INSTALL_BASE_MS, exec.appspecError ?? '');
    case 'BlockTraffic':
    case 'AllowTraffic': {
      const arns = targetGroupArns(ctx, group);
      let wait = 0;
      for (const arn of arns) {
        const tg = ctx.world.account.fleet.targetGroups[arn];
        if (!tg) continue;
        if (eventName === 'BlockTraffic') {
          deregisterTargets(ctx, arn, [instanceId]);
          wait = Math.max(wait, tg.deregistrationDelaySeconds * SECOND);
        } else {
          registerTargets(ctx, arn, [instanceId]);
          wait = Math.max(wait, tg.healthCheck.intervalSeconds * tg.healthCheck.healthyThresholdCount * SECOND);
        }
      }
      return { status: 'Succeeded', durationMs: AGENT_POLL_MS + wait };
    }
  }
  const fault = getOwn(exec.faults, eventName);
  if (PREVIOUS_REVISION_HOOKS.has(eventName)) {
    const previous = previousRevision(ctx, exec, instance, group.deploymentGroupId);
    const scripts = (previous?.appspec?.platform === 'Server' && previous.appspec.hooks[eventName]) || [];
    if (!previous || (scripts.length === 0 && !fault)) return { status: 'Succeeded', durationMs: AGENT_POLL_MS };
    const outcome = scripts.length
      ? runHookScripts({
          world: ctx.world,
          deployment: d,
          groupId: group.deploymentGroupId,
          instance,
          eventName,
          scripts,
          bundle: previous.bundle,
          archive: `${archiveDir({ ...d, deploymentId: previous.deploymentId }, group.deploymentGroupId)}`,
          start: ctx.now,
          ...(fault && { fault }),
        })
      : failed(AGENT_POLL_MS, `cicdlab: fault injected: ${eventName} fails`);
    if (outcome.status === 'Failed' && d.ignoreApplicationStopFailures && outcome.diagnostics) {
      return {
        status: 'Succeeded',
        durationMs: outcome.durationMs,
        diagnostics: {
          ...outcome.diagnostics,
          message: `${outcome.diagnostics.message} (ignored: ignoreApplicationStopFailures is set)`,
        },
      };
    }
    return outcome;
  }
  const scripts = appspec?.hooks[eventName] ?? [];
  if (scripts.length === 0) {
    return fault
      ? failed(AGENT_POLL_MS, `cicdlab: fault injected: ${eventName} fails`)
      : { status: 'Succeeded', durationMs: AGENT_POLL_MS };
  }
  return runHookScripts({
    world: ctx.world,
    deployment: d,
    groupId: group.deploymentGroupId,
    instance,
    eventName,
    scripts,
    bundle: exec.bundle,
    archive: archiveDir(d, group.deploymentGroupId),
    start: ctx.now,
    ...(fault && { fault }),
  });
}

export { targetGroupArns };

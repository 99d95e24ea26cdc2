import { createDeploymentForPipeline, findDeployment, stopDeploymentForPipeline } from '../../../codedeploy/public';
import type { Deployment } from '../../../codedeploy/state';
import { AwsError } from '../../../core/aws-error';
import type { SimEvent } from '../../../core/events';
import type { SimContext } from '../../../core/simulation';
import type { ActionOutcome, ActionProvider } from '../contract';
import { completeAction } from '../core/index';
import { failSoon, inputFiles, requireConfig } from './job';

const deploymentUrl = (ctx: SimContext, id: string) =>
  `https://console.aws.amazon.com/codesuite/codedeploy/deployments/${id}?region=${ctx.world.account.region}`;

/**
 * Deploy with CodeDeploy: the input artifact zip, where it lies in the artifact store, is the deployment's S3
 * revision. CodeDeploy checks it as CreateDeployment does and reports what is wrong inside it (a missing AppSpec
 * file) where it would, and the action ends with the deployment.
 */
export const codeDeployAction: ActionProvider = {
  start(ctx, job) {
    const applicationName = requireConfig(ctx, job, 'ApplicationName');
    const groupName = applicationName && requireConfig(ctx, job, 'DeploymentGroupName');
    if (applicationName === undefined || groupName === undefined) return;
    const input = job.action.input.inputArtifacts[0];
    const files = inputFiles(ctx, job);
    if (!input || !files.ok) {
      failSoon(ctx, job, 'JobFailed', files.ok ? 'A CodeDeploy action needs an input artifact.' : files.message);
      return;
    }
    let deployment: Deployment;
    try {
      deployment = createDeploymentForPipeline(ctx, applicationName, groupName, {
        ...input.location,
        bundleType: 'zip',
      });
    } catch (e) {
      if (!(e instanceof AwsError)) throw e;
      failSoon(ctx, job, 'JobFailed', `${e.type}: ${e.message}`);
      return;
    }
    job.action.external = { kind: 'deployment', deploymentId: deployment.deploymentId };
  },
  abandon(ctx, job) {
    if (job.action.external?.kind === 'deployment') stopDeploymentForPipeline(ctx, job.action.external.deploymentId);
  },
};

/**
 * What went wrong on the first target that failed: CodeDeploy's overall message names no cause, so the action's
 * message adds the failed lifecycle event's own (a missing AppSpec file, a script that exited 1).
 */
function firstTargetFailure(d: Readonly<Deployment>): string | undefined {
  for (const id of d.targetIds) {
    const failed = d.targets[id]?.lifecycleEvents.find((e) => e.status === 'Failed');
    if (failed) {
      return `${d.computePlatform === 'Server' ? 'Instance' : 'Target'} ${id} failed at ${failed.lifecycleEventName}${failed.diagnostics ? `: ${failed.diagnostics.message}` : '.'}`;
    }
  }
  return undefined;
}

function deploymentOutcome(ctx: SimContext, d: Readonly<Deployment>, state: string): ActionOutcome {
  const url = deploymentUrl(ctx, d.deploymentId);
  if (state === 'SUCCESS') {
    return {
      result: 'Succeeded',
      success: { externalExecutionId: d.deploymentId, externalExecutionUrl: url },
    };
  }
  const why = [
    d.errorInformation && `${d.errorInformation.message} (Error code: ${d.errorInformation.code})`,
    firstTargetFailure(d),
  ]
    .filter((part) => part !== undefined)
    .join(' ');
  return {
    result: 'Failed',
    failure: {
      code: 'JobFailed',
      message: `Deployment ${d.deploymentId} ${state === 'STOP' ? 'was stopped' : 'failed'}. ${why}`.trim(),
      externalExecutionId: d.deploymentId,
      externalExecutionUrl: url,
    },
  };
}

/** A pipeline's deployment ended (SUCCESS, FAILURE or STOP): the action that created it ends the same way. */
export function onDeploymentStateChange(ctx: SimContext, event: SimEvent): void {
  if (event.source !== 'aws.codedeploy' || event.detailType !== 'CodeDeploy Deployment State-change Notification')
    return;
  const state = event.detail.state as string;
  if (state !== 'SUCCESS' && state !== 'FAILURE' && state !== 'STOP') return;
  const deploymentId = event.detail.deploymentId as string;
  const d = findDeployment(ctx.world, deploymentId);
  if (d?.creator !== 'CodePipeline') return;
  for (const action of Object.values(ctx.world.account.codepipeline.actionExecutions)) {
    if (
      action.status === 'InProgress' &&
      action.external?.kind === 'deployment' &&
      action.external.deploymentId === deploymentId
    ) {
      completeAction(ctx, action.actionExecutionId, deploymentOutcome(ctx, d, state));
    }
  }
}

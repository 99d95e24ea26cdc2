import { createDeploymentForPipeline, findDeployment, stopDeploymentForPipeline } from '../../../codedeploy/public';
import type { Deployment } from '../../../codedeploy/state';
import { AwsError } from '../../../core/aws-error';
import type { SimEvent } from '../../../core/events';
import type { SimContext } from '../../../core/simulation';
import type { ActionJob, ActionOutcome, ActionProvider } from '../contract';
import { completeAction } from '../core/index';
import { strToU8 } from 'fflate';
import { registerTaskDefinition } from '../../../fleet/public';
import { putArtifact } from '../artifacts';
import { artifactStoreMissing } from './sources';
import { configValue, failSoon, inputFiles, requireConfig } from './job';

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
    deploy(ctx, job, applicationName, groupName, { ...input.location, bundleType: 'zip' });
  },
  abandon: abandonDeployment,
};

/** The deployment the action waits for, or the failure CreateDeployment's refusal becomes. */
function deploy(
  ctx: SimContext,
  job: ActionJob,
  applicationName: string,
  groupName: string,
  revision: Parameters<typeof createDeploymentForPipeline>[3],
): void {
  let deployment: Deployment;
  try {
    deployment = createDeploymentForPipeline(ctx, applicationName, groupName, revision);
  } catch (e) {
    if (!(e instanceof AwsError)) throw e;
    failSoon(ctx, job, 'JobFailed', `${e.type}: ${e.message}`);
    return;
  }
  job.action.external = { kind: 'deployment', deploymentId: deployment.deploymentId };
}

function abandonDeployment(ctx: SimContext, job: ActionJob): void {
  if (job.action.external?.kind === 'deployment') stopDeploymentForPipeline(ctx, job.action.external.deploymentId);
}

type Read<T> = { ok: true; value: T } | { ok: false; message: string };

/** A file of one of the action's input artifacts. */
function fileOf(ctx: SimContext, job: ActionJob, artifact: string, path: string): Read<string> {
  const files = inputFiles(ctx, job, artifact);
  if (!files.ok) return files;
  const text = files.files[path];
  return text === undefined
    ? { ok: false, message: `The file ${path} does not exist in the input artifact ${artifact}.` }
    : { ok: true, value: text };
}

/**
 * taskdef.json with each `<IMAGEn_NAME>` placeholder replaced by the ImageURI of the imageDetail.json in the
 * artifact ImagenArtifactName names, as the CodeDeployToECS action fills it in.
 */
function filledTaskDefinition(ctx: SimContext, job: ActionJob, template: string): Read<string> {
  let text = template;
  for (let n = 1; n <= 4; n++) {
    const artifact = configValue(job, `Image${n}ArtifactName`);
    if (artifact === undefined) continue;
    const detail = fileOf(ctx, job, artifact, 'imageDetail.json');
    if (!detail.ok) return detail;
    let uri: unknown;
    try {
      uri = (JSON.parse(detail.value) as { ImageURI?: unknown }).ImageURI;
    } catch {
      uri = undefined;
    }
    if (typeof uri !== 'string') {
      return { ok: false, message: `imageDetail.json in ${artifact} must be a JSON object with an ImageURI string.` };
    }
    text = text.split(`<${configValue(job, `Image${n}ContainerName`) ?? `IMAGE${n}_NAME`}>`).join(uri);
  }
  return { ok: true, value: text };
}

/** The family and first container (name, port) of a task definition file. */
function readTaskDefinition(text: string, path: string): Read<{ family: string; name: string; port: number }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `${path} is not valid JSON (${(e as Error).message}).` };
  }
  const def = (parsed ?? {}) as {
    family?: unknown;
    containerDefinitions?: { name?: unknown; portMappings?: { containerPort?: unknown }[] }[];
  };
  const container = Array.isArray(def.containerDefinitions) ? def.containerDefinitions[0] : undefined;
  if (typeof def.family !== 'string' || typeof container?.name !== 'string') {
    return { ok: false, message: `${path} must name a family and at least one container definition with a name.` };
  }
  const port = container.portMappings?.[0]?.containerPort;
  return { ok: true, value: { family: def.family, name: container.name, port: typeof port === 'number' ? port : 80 } };
}

/**
 * Deploy to ECS blue/green with CodeDeploy: registers the task definition from taskdef.json (images filled in),
 * puts its ARN in the AppSpec file's `<TASK_DEFINITION>` and deploys that AppSpec with CodeDeploy.
 */
export const codeDeployToEcsAction: ActionProvider = {
  start(ctx, job) {
    const applicationName = requireConfig(ctx, job, 'ApplicationName');
    const groupName = applicationName && requireConfig(ctx, job, 'DeploymentGroupName');
    const taskDefArtifact = groupName && requireConfig(ctx, job, 'TaskDefinitionTemplateArtifact');
    const appSpecArtifact = taskDefArtifact && requireConfig(ctx, job, 'AppSpecTemplateArtifact');
    if (
      applicationName === undefined ||
      groupName === undefined ||
      taskDefArtifact === undefined ||
      appSpecArtifact === undefined
    )
      return;
    const taskDefPath = configValue(job, 'TaskDefinitionTemplatePath') ?? 'taskdef.json';
    const template = fileOf(ctx, job, taskDefArtifact, taskDefPath);
    const filled = template.ok ? filledTaskDefinition(ctx, job, template.value) : template;
    const taskDef = filled.ok ? readTaskDefinition(filled.value, taskDefPath) : filled;
    const appSpec = fileOf(ctx, job, appSpecArtifact, configValue(job, 'AppSpecTemplatePath') ?? 'appspec.yaml');
    if (!taskDef.ok) {
      failSoon(ctx, job, 'JobFailed', taskDef.message);
      return;
    }
    if (!appSpec.ok) {
      failSoon(ctx, job, 'JobFailed', appSpec.message);
      return;
    }
    const registered = registerTaskDefinition(ctx, taskDef.value.family, taskDef.value);
    const text = appSpec.value.split('<TASK_DEFINITION>').join(registered.taskDefinitionArn);
    const location = putArtifact(
      ctx,
      job.artifactBucket,
      job.execution.pipelineName,
      'appspec',
      strToU8(text),
      'application/x-yaml',
    );
    if (!location) {
      failSoon(ctx, job, 'JobFailed', artifactStoreMissing(job));
      return;
    }
    deploy(ctx, job, applicationName, groupName, { ...location, bundleType: 'YAML' });
  },
  abandon: abandonDeployment,
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

import { findBuild, startBuildForPipeline, stopBuildForPipeline } from '../../../codebuild/public';
import type { Build } from '../../../codebuild/state';
import { readRevision } from '../../../codecommit/public';
import { AwsError } from '../../../core/aws-error';
import type { SimEvent } from '../../../core/events';
import { getOwn } from '../../../core/records';
import { getObjectBytes } from '../../../s3/public';
import type { SimContext } from '../../../core/simulation';
import type { ActionExecution, ArtifactLocation, PipelineExecution } from '../../state';
import { artifactKey, cloneRefOf, readArtifact } from '../artifacts';
import type { ActionOutcome, ActionProvider } from '../contract';
import { completeAction } from '../core/index';
import { configValue, failSoon, outputArtifactNames, requireConfig } from './job';

type BuildVariable = { name: string; value: string; type: 'PLAINTEXT' | 'PARAMETER_STORE' | 'SECRETS_MANAGER' };
const VARIABLE_TYPES = ['PLAINTEXT', 'PARAMETER_STORE', 'SECRETS_MANAGER'];

/** The EnvironmentVariables configuration: a JSON array of `{name, value, type}` (type PLAINTEXT by default). */
function readVariables(text: string): { ok: true; variables: BuildVariable[] } | { ok: false; message: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      message: `EnvironmentVariables is not valid JSON (${(e as Error).message}). It must be a JSON array of {"name","value","type"} objects.`,
    };
  }
  if (!Array.isArray(parsed)) {
    return { ok: false, message: 'EnvironmentVariables must be a JSON array of {"name","value","type"} objects.' };
  }
  const variables: BuildVariable[] = [];
  for (const [i, item] of parsed.entries()) {
    const v = (item ?? {}) as Record<string, unknown>;
    const type = v.type ?? 'PLAINTEXT';
    if (typeof v.name !== 'string' || typeof v.value !== 'string' || !VARIABLE_TYPES.includes(type as string)) {
      return {
        ok: false,
        message: `EnvironmentVariables item ${i + 1} must have a string "name" and "value" and a "type" of ${VARIABLE_TYPES.join(', ')}.`,
      };
    }
    variables.push({ name: v.name, value: v.value, type: type as BuildVariable['type'] });
  }
  return { ok: true, variables };
}

/** The commit (or object version) the source action that produced `artifactName` ran, for the build's source version. */
function sourceVersionOf(execution: PipelineExecution, artifactName: string): string | undefined {
  for (const stage of execution.declaration.stages) {
    for (const action of stage.actions) {
      if (action.outputArtifacts?.some((a) => a.name === artifactName)) {
        return execution.sourceRevisions.find((r) => r.actionName === action.name)?.revisionId;
      }
    }
  }
  return undefined;
}

export const buildUrl = (ctx: SimContext, buildId: string) =>
  `https://console.aws.amazon.com/codebuild/home?region=${ctx.world.account.region}#/builds/${buildId}/view/new`;

/** Build and Test actions run a real simulated CodeBuild build of the primary input artifact's files. */
export const codeBuildAction: ActionProvider = {
  start(ctx, job) {
    const projectName = requireConfig(ctx, job, 'ProjectName');
    if (projectName === undefined) return;
    if (!getOwn(ctx.world.account.codebuild.projects, projectName)) {
      failSoon(
        ctx,
        job,
        'ConfigurationError',
        `Error calling startBuild: Project cannot be found: ${ctx.arn('codebuild', `project/${projectName}`)}`,
      );
      return;
    }
    const variablesText = configValue(job, 'EnvironmentVariables');
    const variables = variablesText === undefined ? undefined : readVariables(variablesText);
    if (variables && !variables.ok) {
      failSoon(ctx, job, 'ConfigurationError', variables.message);
      return;
    }
    const inputs = job.action.input.inputArtifacts;
    const primaryName = configValue(job, 'PrimarySource') ?? inputs[0]?.name;
    const primary = inputs.find((a) => a.name === primaryName);
    if (!primary) {
      failSoon(
        ctx,
        job,
        'ConfigurationError',
        inputs.length === 0
          ? 'A CodeBuild action needs an input artifact.'
          : `PrimarySource ${primaryName ?? ''} is not one of the action's input artifacts (${inputs.map((a) => a.name).join(', ')}).`,
      );
      return;
    }
    const files = primaryFiles(ctx, primary.name, primary.location);
    if (!files.ok) {
      failSoon(ctx, job, 'JobFailed', files.message);
      return;
    }
    const [outputName] = outputArtifactNames(job);
    const outputArtifact =
      outputName === undefined
        ? undefined
        : { bucket: job.artifactBucket, key: artifactKey(ctx, job.execution.pipelineName, outputName) };
    const sourceVersion = files.commitId ?? sourceVersionOf(job.execution, primary.name);
    let build: Build | undefined;
    try {
      build = startBuildForPipeline(ctx, projectName, {
        pipelineName: job.execution.pipelineName,
        inputFiles: files.files,
        ...(outputArtifact && { outputArtifact }),
        ...(variables?.ok && { environmentVariables: variables.variables }),
        ...(sourceVersion !== undefined && { sourceVersion }),
      });
    } catch (e) {
      if (!(e instanceof AwsError)) throw e;
      failSoon(
        ctx,
        job,
        'JobFailed',
        `Error calling startBuild: ${e.message} (Service: AWSCodeBuild; Error Code: ${e.type})`,
      );
      return;
    }
    if (!build) return;
    job.action.external = { kind: 'build', buildId: build.id };
  },
  abandon(ctx, job) {
    if (job.action.external?.kind === 'build') stopBuildForPipeline(ctx, job.action.external.buildId);
  },
};

/** The files the build starts with: the artifact's, or for a clone reference the repository at its commit. */
function primaryFiles(
  ctx: SimContext,
  name: string,
  location: ArtifactLocation,
): { ok: true; files: Record<string, string>; commitId?: string } | { ok: false; message: string } {
  const read = readArtifact(ctx.world, name, location);
  if (!read.ok) return read;
  const ref = cloneRefOf(read.files);
  if (!ref) return read;
  const revision = readRevision(ctx.world, ref.repositoryName, ref.commitId);
  if (!revision) {
    return { ok: false, message: `The clone reference ${name} names a commit ${ref.commitId} that no longer exists.` };
  }
  return { ok: true, files: Object.fromEntries(revision.files), commitId: revision.commitId };
}

const TERMINAL = ['SUCCEEDED', 'FAILED', 'FAULT', 'STOPPED', 'TIMED_OUT'];

/** "Build terminated with state: FAILED. Phase: BUILD, Code: COMMAND_EXECUTION_ERROR, Message: …", as CodePipeline words it. */
function failureMessage(build: Readonly<Build>): string {
  const failed = build.phases.find((p) => p.phaseStatus !== undefined && p.phaseStatus !== 'SUCCEEDED');
  const context = failed?.contexts?.find((c) => c.message !== '' || c.statusCode !== '');
  const head = `Build terminated with state: ${build.buildStatus}`;
  if (!failed) return head;
  return `${head}. Phase: ${failed.phaseType}${context ? `, Code: ${context.statusCode}, Message: ${context.message.trim()}` : ''}`;
}

function buildOutcome(ctx: SimContext, action: ActionExecution, build: Readonly<Build>): ActionOutcome {
  const url = buildUrl(ctx, build.id);
  if (build.buildStatus !== 'SUCCEEDED') {
    return {
      result: 'Failed',
      failure: {
        code: 'JobFailed',
        message: failureMessage(build),
        externalExecutionId: build.id,
        externalExecutionUrl: url,
      },
    };
  }
  const execution = getOwn(ctx.world.account.codepipeline.executions, action.pipelineExecutionId);
  const declaration = execution?.declaration.stages
    .find((s) => s.name === action.stageName)
    ?.actions.find((a) => a.name === action.actionName);
  const outputName = declaration?.outputArtifacts?.[0]?.name;
  const artifact = build.pipelineArtifact;
  if (outputName !== undefined && artifact && !getObjectBytes(ctx.world, artifact.bucket, artifact.key)) {
    return {
      result: 'Failed',
      failure: {
        code: 'JobFailed',
        message: `The build uploaded no output artifact ${outputName}: its buildspec has no artifacts section, so there is nothing to hand on.`,
        externalExecutionId: build.id,
        externalExecutionUrl: url,
      },
    };
  }
  return {
    result: 'Succeeded',
    success: {
      externalExecutionId: build.id,
      externalExecutionUrl: url,
      outputVariables: Object.fromEntries(build.exportedEnvironmentVariables.map((v) => [v.name, v.value])),
      ...(outputName !== undefined &&
        artifact && {
          outputArtifacts: [{ name: outputName, location: { bucket: artifact.bucket, key: artifact.key } }],
        }),
    },
  };
}

/** A pipeline's build finished: the action that started it ends with the build's result. */
export function onBuildStateChange(ctx: SimContext, event: SimEvent): void {
  if (event.source !== 'aws.codebuild' || event.detailType !== 'CodeBuild Build State Change') return;
  if (!TERMINAL.includes(event.detail['build-status'] as string)) return;
  const arn = event.detail['build-id'] as string;
  const buildId = arn.slice(arn.indexOf(':build/') + ':build/'.length);
  const build = findBuild(ctx.world, buildId);
  if (!build?.initiator.startsWith('codepipeline/')) return;
  for (const action of Object.values(ctx.world.account.codepipeline.actionExecutions)) {
    if (action.status === 'InProgress' && action.external?.kind === 'build' && action.external.buildId === buildId) {
      completeAction(ctx, action.actionExecutionId, buildOutcome(ctx, action, build));
    }
  }
}

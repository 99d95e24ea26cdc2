import { getOwn } from '../core/records';
import type { SimContext } from '../core/simulation';
import type { World } from '../world';
import { startBuild, type StartBuildOptions } from './build/start';
import { stopBuild } from './operations/builds';
import type { Build } from './state';

/**
 * What other services may use of CodeBuild. A pipeline's build action starts a build with the input artifact's
 * files and the S3 key its output artifact goes to, then follows the build through CodeBuild's events.
 */
export function startBuildForPipeline(
  ctx: SimContext,
  projectName: string,
  options: {
    pipelineName: string;
    inputFiles: Record<string, string>;
    outputArtifact?: { bucket: string; key: string };
    environmentVariables?: { name: string; value: string; type: 'PLAINTEXT' | 'PARAMETER_STORE' | 'SECRETS_MANAGER' }[];
    sourceVersion?: string;
  },
): Build | undefined {
  const project = getOwn(ctx.world.account.codebuild.projects, projectName);
  if (!project) return undefined;
  const start: StartBuildOptions = {
    request: {
      ...(options.environmentVariables && { environmentVariablesOverride: options.environmentVariables }),
      // The output artifact goes where the pipeline says, whatever artifacts the project names.
      ...(project.artifacts.type !== 'CODEPIPELINE' && { artifactsOverride: { type: 'CODEPIPELINE' as const } }),
    },
    initiator: `codepipeline/${options.pipelineName}`,
    inputFiles: options.inputFiles,
    ...(options.sourceVersion !== undefined && { resolvedSourceVersion: options.sourceVersion }),
    ...(options.outputArtifact && { pipelineArtifact: options.outputArtifact }),
  };
  return startBuild(ctx, project, start);
}

/** Stops a build the way StopBuild does (a pipeline action abandoned); a finished build is left as it is. */
export function stopBuildForPipeline(ctx: SimContext, buildId: string): void {
  const build = getOwn(ctx.world.account.codebuild.builds, buildId);
  if (build) stopBuild(ctx, build);
}

/** A build by ID, read-only. */
export const findBuild = (world: World, id: string): Readonly<Build> | undefined =>
  getOwn(world.account.codebuild.builds, id);

/**
 * The latest build of each project that validated a pull request, for the pull request page ("Build:
 * SUCCEEDED"): builds started by the simulated webhook record `pullRequestId` and `revisionId`.
 */
export function pullRequestBuilds(world: World, pullRequestId: string): Readonly<Build>[] {
  const state = world.account.codebuild;
  const latest = new Map<string, Build>();
  for (const id of state.buildOrder) {
    const build = state.builds[id];
    if (build?.pullRequestId === pullRequestId) latest.set(build.projectName, build);
  }
  return [...latest.values()];
}

export { badgeStatus, buildBadgeSvg, type BadgeStatus } from './badge';

import type { SimContext } from '../../core/simulation';
import { epochSecondsAt } from '../../core/time';
import type { World } from '../../world';
import type { Build, BuildPhase } from '../state';
import { logGroupName } from './log';

export function logsView(world: World, build: Build) {
  const { region, accountId } = world.account;
  const group = logGroupName(build.projectName);
  return {
    groupName: group,
    streamName: build.logStreamName,
    deepLink: `https://console.aws.amazon.com/cloudwatch/home?region=${region}#logEvent:group=${group};stream=${build.logStreamName}`,
    cloudWatchLogsArn: `arn:aws:logs:${region}:${accountId}:log-group:${group}:log-stream:${build.logStreamName}`,
    cloudWatchLogs: { status: 'ENABLED' },
    s3Logs: { status: 'DISABLED', encryptionDisabled: false },
  };
}

function phaseView(world: World, p: BuildPhase) {
  const at = (t: number) => epochSecondsAt(world.startEpochMs, t);
  return {
    phaseType: p.phaseType,
    ...(p.phaseStatus !== undefined && { phaseStatus: p.phaseStatus }),
    startTime: at(p.startTime),
    ...(p.endTime !== undefined && { endTime: at(p.endTime), durationInSeconds: p.durationInSeconds ?? 0 }),
    ...(p.contexts !== undefined && { contexts: p.contexts }),
  };
}

/**
 * `Build` as BatchGetBuilds and StartBuild return it. `pullRequestId` and `revisionId` are the simulator's
 * additions for pull-request builds (docs/codebuild-simulation.md); SDKs ignore fields they do not know.
 */
export function buildView(ctx: SimContext, build: Build) {
  const world = ctx.world;
  const at = (t: number) => epochSecondsAt(world.startEpochMs, t);
  return {
    id: build.id,
    arn: build.arn,
    buildNumber: build.buildNumber,
    startTime: at(build.startTime),
    ...(build.endTime !== undefined && { endTime: at(build.endTime) }),
    currentPhase: build.currentPhase,
    buildStatus: build.buildStatus,
    ...(build.sourceVersion !== undefined && { sourceVersion: build.sourceVersion }),
    ...(build.resolvedSourceVersion !== undefined && { resolvedSourceVersion: build.resolvedSourceVersion }),
    projectName: build.projectName,
    phases: build.phases.map((p) => phaseView(world, p)),
    source: build.source,
    secondarySources: [],
    secondarySourceVersions: [],
    artifacts: build.artifactResults,
    secondaryArtifacts: build.secondaryArtifactResults,
    cache: build.cache,
    environment: build.environment,
    serviceRole: build.serviceRole,
    logs: logsView(world, build),
    timeoutInMinutes: build.timeoutInMinutes,
    queuedTimeoutInMinutes: build.queuedTimeoutInMinutes,
    buildComplete: build.buildComplete,
    initiator: build.initiator,
    encryptionKey: build.encryptionKey,
    exportedEnvironmentVariables: build.exportedEnvironmentVariables,
    reportArns: build.reportArns,
    fileSystemLocations: [],
    ...(build.pullRequestId !== undefined && { pullRequestId: build.pullRequestId }),
    ...(build.revisionId !== undefined && { revisionId: build.revisionId }),
  };
}

import type { SimContext } from '../core/simulation';
import { epochSecondsAt } from '../core/time';
import type { Project, ProjectArtifacts } from './state';

export const badgeRequestUrl = (region: string, project: Project) =>
  `https://codebuild.${region}.amazonaws.com/badges?uuid=${project.badgeUuid}`;

export function artifactsView(a: ProjectArtifacts) {
  return { ...a };
}

/** `Project` as BatchGetProjects, CreateProject and UpdateProject return it. */
export function projectView(ctx: SimContext, p: Project) {
  const at = (t: number) => epochSecondsAt(ctx.world.startEpochMs, t);
  const { region } = ctx.world.account;
  return {
    name: p.name,
    arn: p.arn,
    ...(p.description !== undefined && { description: p.description }),
    source: p.source,
    secondarySources: [],
    ...(p.sourceVersion !== undefined && { sourceVersion: p.sourceVersion }),
    secondarySourceVersions: [],
    artifacts: artifactsView(p.artifacts),
    secondaryArtifacts: p.secondaryArtifacts.map(artifactsView),
    cache: p.cache,
    environment: p.environment,
    serviceRole: p.serviceRole,
    timeoutInMinutes: p.timeoutInMinutes,
    queuedTimeoutInMinutes: p.queuedTimeoutInMinutes,
    encryptionKey: p.encryptionKey,
    tags: p.tags,
    created: at(p.created),
    lastModified: at(p.lastModified),
    ...(p.webhook && {
      webhook: {
        url: p.webhook.url,
        payloadUrl: p.webhook.payloadUrl,
        filterGroups: p.webhook.filterGroups,
        buildType: p.webhook.buildType,
        lastModifiedSecret: at(p.webhook.lastModifiedSecret),
      },
    }),
    badge: {
      badgeEnabled: p.badgeEnabled,
      ...(p.badgeEnabled && { badgeRequestUrl: badgeRequestUrl(region, p) }),
    },
    logsConfig: {
      cloudWatchLogs: { status: 'ENABLED' },
      s3Logs: { status: 'DISABLED', encryptionDisabled: false },
    },
    fileSystemLocations: [],
    ...(p.concurrentBuildLimit !== undefined && { concurrentBuildLimit: p.concurrentBuildLimit }),
    projectVisibility: 'PRIVATE',
  };
}

import { readRevision } from '../codecommit/public';
import { AwsError } from '../core/aws-error';
import { SIMULATOR_SOURCE, type SimEvent } from '../core/events';
import type { SimContext } from '../core/simulation';
import { startBuild, type StartBuildOptions } from './build/start';
import { codebuildErrors as errors } from './errors';
import { codecommitRepositoryName } from './project-input';
import type { Project, WebhookFilter } from './state';

export const FILTER_TYPES = [
  'EVENT',
  'BASE_REF',
  'HEAD_REF',
  'ACTOR_ACCOUNT_ID',
  'FILE_PATH',
  'COMMIT_MESSAGE',
  'WORKFLOW_NAME',
  'TAG_NAME',
  'RELEASE_NAME',
  'REPOSITORY_NAME',
  'ORGANIZATION_NAME',
];
export const WEBHOOK_EVENTS = [
  'PUSH',
  'PULL_REQUEST_CREATED',
  'PULL_REQUEST_UPDATED',
  'PULL_REQUEST_MERGED',
  'PULL_REQUEST_REOPENED',
  'PULL_REQUEST_CLOSED',
  'RELEASED',
  'PRERELEASED',
  'WORKFLOW_JOB_QUEUED',
];
const DEFAULT_EVENTS = ['PUSH', 'PULL_REQUEST_CREATED', 'PULL_REQUEST_UPDATED', 'PULL_REQUEST_REOPENED'];

/** Webhook filter groups from a request (or the legacy `branchFilter`), checked the way CodeBuild checks them. */
export function readFilterGroups(raw: unknown, branchFilter?: string): WebhookFilter[][] {
  if (raw === undefined || raw === null) {
    if (!branchFilter) return [];
    const anchored = branchFilter.replace(/^\^/, '').replace(/\$$/, '');
    return [
      [
        { type: 'EVENT', pattern: DEFAULT_EVENTS.join(', ') },
        { type: 'HEAD_REF', pattern: `^refs/heads/(?:${anchored})${branchFilter.endsWith('$') ? '$' : ''}` },
      ],
    ];
  }
  if (!Array.isArray(raw)) throw errors.constraint(raw, 'filterGroups', 'Member must be a list');
  return raw.map((group, g) => {
    if (!Array.isArray(group) || group.length === 0)
      throw errors.invalidInput(`Filter group ${g + 1} must contain at least one filter`);
    const filters = group.map((f: unknown) => {
      const item = (f ?? {}) as Record<string, unknown>;
      const type = item.type;
      const pattern = item.pattern;
      if (typeof type !== 'string' || !FILTER_TYPES.includes(type))
        throw errors.constraint(
          type,
          'filterGroups.member.member.type',
          `Member must satisfy enum value set: [${FILTER_TYPES.join(', ')}]`,
        );
      if (typeof pattern !== 'string' || pattern === '') throw errors.required('filterGroups.member.member.pattern');
      if (type === 'EVENT') {
        for (const e of pattern.split(',').map((s) => s.trim()))
          if (!WEBHOOK_EVENTS.includes(e)) throw errors.invalidInput(`Invalid event type: ${e}`);
      } else {
        try {
          new RegExp(pattern);
        } catch {
          throw errors.invalidInput(`Invalid pattern for filter type ${type}: ${pattern}`);
        }
      }
      const filter: WebhookFilter = { type, pattern };
      if (item.excludeMatchedPattern === true) filter.excludeMatchedPattern = true;
      return filter;
    });
    if (filters.filter((f) => f.type === 'EVENT').length !== 1)
      throw errors.invalidInput('Filter group must contain exactly one EVENT filter');
    return filters;
  });
}

/** What a CodeCommit event offers the filters. */
interface TriggerFacts {
  event: string;
  headRef: string;
  baseRef?: string;
  actorAccountId: string;
  filePaths?: string[];
}

function filterMatches(filter: WebhookFilter, facts: TriggerFacts): boolean {
  let hit: boolean;
  switch (filter.type) {
    case 'EVENT':
      hit = filter.pattern
        .split(',')
        .map((s) => s.trim())
        .includes(facts.event);
      break;
    case 'HEAD_REF':
      hit = new RegExp(filter.pattern).test(facts.headRef);
      break;
    case 'BASE_REF':
      hit = facts.baseRef !== undefined && new RegExp(filter.pattern).test(facts.baseRef);
      break;
    case 'ACTOR_ACCOUNT_ID':
      hit = new RegExp(filter.pattern).test(facts.actorAccountId);
      break;
    case 'FILE_PATH':
      hit = (facts.filePaths ?? []).some((p) => new RegExp(filter.pattern).test(p));
      break;
    default:
      // COMMIT_MESSAGE and the GitHub-only filters have nothing to test against CodeCommit events.
      hit = false;
  }
  return filter.excludeMatchedPattern ? !hit : hit;
}

/** A build starts when any filter group matches in full; a webhook without groups builds pushes and pull requests. */
export function webhookMatches(groups: readonly WebhookFilter[][], facts: TriggerFacts): boolean {
  if (groups.length === 0) return DEFAULT_EVENTS.includes(facts.event);
  return groups.some((group) => group.every((f) => filterMatches(f, facts)));
}

/** Files that differ between two commits (for FILE_PATH filters). */
function changedFiles(ctx: SimContext, repository: string, before: string | undefined, after: string): string[] {
  const next = readRevision(ctx.world, repository, after);
  if (!next) return [];
  const prev = before === undefined ? undefined : readRevision(ctx.world, repository, before);
  const paths = new Set([...next.files.keys(), ...(prev?.files.keys() ?? [])]);
  return [...paths].filter((p) => next.files.get(p) !== prev?.files.get(p)).sort();
}

const accountOf = (arn: unknown, fallback: string) =>
  typeof arn === 'string' ? (/^arn:aws:[^:]*::(\d{12}):/.exec(arn)?.[1] ?? fallback) : fallback;

function webhookProjects(ctx: SimContext, repository: string): Project[] {
  return Object.values(ctx.world.account.codebuild.projects)
    .filter(
      (p) => p.source.type === 'CODECOMMIT' && p.webhook && codecommitRepositoryName(p.source.location) === repository,
    )
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

function start(ctx: SimContext, project: Project, options: StartBuildOptions): void {
  try {
    startBuild(ctx, project, options);
  } catch (e) {
    if (!(e instanceof AwsError)) throw e;
    ctx.emit({
      source: SIMULATOR_SOURCE,
      detailType: 'Webhook Build Not Started',
      resources: [project.arn],
      detail: { projectName: project.name, errorCode: e.type, errorMessage: e.message },
    });
  }
}

/** `initiator` of builds the simulated CodeCommit webhook starts. */
export const webhookInitiator = (repository: string) => `codecommit-webhook/${repository}`;

const PR_EVENTS: Record<string, string> = {
  pullRequestCreated: 'PULL_REQUEST_CREATED',
  pullRequestSourceBranchUpdated: 'PULL_REQUEST_UPDATED',
};

/**
 * The simulated webhook: CodeCommit pushes and pull-request events, run through each CODECOMMIT project's
 * filter groups. Push builds build the pushed commit; pull-request builds use source version `pr/<id>` and
 * build the pull request's source commit, and record which pull request and revision they checked.
 */
export function onCodeCommitEvent(ctx: SimContext, event: SimEvent): void {
  if (event.source !== 'aws.codecommit') return;
  const d = event.detail;
  const accountId = ctx.world.account.accountId;
  if (event.detailType === 'CodeCommit Repository State Change') {
    if (d.event !== 'referenceCreated' && d.event !== 'referenceUpdated') return;
    const repository = String(d.repositoryName);
    const projects = webhookProjects(ctx, repository);
    if (projects.length === 0) return;
    const headRef = String(d.referenceFullName ?? `refs/heads/${String(d.referenceName)}`);
    const commitId = String(d.commitId);
    const oldCommitId = typeof d.oldCommitId === 'string' ? d.oldCommitId : undefined;
    let files: string[] | undefined;
    const facts: TriggerFacts = {
      event: 'PUSH',
      headRef,
      actorAccountId: accountOf(d.callerUserArn, accountId),
      get filePaths() {
        files ??= changedFiles(ctx, repository, oldCommitId, commitId);
        return files;
      },
    };
    for (const project of projects) {
      if (!webhookMatches(project.webhook?.filterGroups ?? [], facts)) continue;
      start(ctx, project, {
        request: { sourceVersion: commitId },
        initiator: webhookInitiator(repository),
        resolvedSourceVersion: commitId,
        webhook: {
          event: 'PUSH',
          headRef,
          trigger: headRef.startsWith('refs/tags/')
            ? `tag/${headRef.slice(10)}`
            : `branch/${headRef.replace(/^refs\/heads\//, '')}`,
          ...(oldCommitId !== undefined && { prevCommit: oldCommitId }),
          actorAccountId: facts.actorAccountId,
        },
      });
    }
    return;
  }
  if (event.detailType !== 'CodeCommit Pull Request State Change') return;
  let webhookEvent = PR_EVENTS[String(d.event)];
  if (d.event === 'pullRequestMergeStatusUpdated' && d.isMerged === 'True') webhookEvent = 'PULL_REQUEST_MERGED';
  if (d.event === 'pullRequestStatusChanged')
    webhookEvent =
      d.pullRequestStatus === 'Closed'
        ? d.isMerged === 'True'
          ? undefined
          : 'PULL_REQUEST_CLOSED'
        : 'PULL_REQUEST_REOPENED';
  if (!webhookEvent) return;
  const repository = String((d.repositoryNames as string[] | undefined)?.[0] ?? '');
  const projects = webhookProjects(ctx, repository);
  if (projects.length === 0) return;
  const pullRequestId = String(d.pullRequestId);
  const commit = String(webhookEvent === 'PULL_REQUEST_MERGED' ? d.destinationCommit : d.sourceCommit);
  const facts: TriggerFacts = {
    event: webhookEvent,
    headRef: String(d.sourceReference),
    baseRef: String(d.destinationReference),
    actorAccountId: accountOf(d.callerUserArn, accountId),
  };
  let files: string[] | undefined;
  Object.defineProperty(facts, 'filePaths', {
    get: () => (files ??= changedFiles(ctx, repository, String(d.destinationCommit), String(d.sourceCommit))),
  });
  for (const project of projects) {
    if (!webhookMatches(project.webhook?.filterGroups ?? [], facts)) continue;
    start(ctx, project, {
      request: { sourceVersion: `pr/${pullRequestId}` },
      initiator: webhookInitiator(repository),
      resolvedSourceVersion: commit,
      pullRequestId,
      revisionId: String(d.revisionId),
      webhook: {
        event: webhookEvent,
        headRef: facts.headRef,
        baseRef: facts.baseRef as string,
        trigger: `pr/${pullRequestId}`,
        actorAccountId: facts.actorAccountId,
      },
    });
  }
}

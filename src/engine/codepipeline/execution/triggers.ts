import picomatch from 'picomatch';
import { readCommit, readRevision } from '../../codecommit/public';
import type { SimEvent } from '../../core/events';
import { getOwn } from '../../core/records';
import type { SimContext } from '../../core/simulation';
import { MINUTE } from '../../core/time';
import { findBucket } from '../../s3/public';
import type { ActionDeclaration, GitFilter, PipelineTriggerDeclaration } from '../../specs/pipeline/types';
import type { Pipeline } from '../state';
import { connectionRepository } from './actions/sources';
import { startPipelineExecution, type StartOptions } from './core/index';

/** Timer kind: a pipeline's polling source actions look for a new revision once a minute. */
export const POLL_TIMER = 'codepipeline.poll';
const POLL_INTERVAL_MS = MINUTE;

const sourceActions = (pipeline: Pipeline): ActionDeclaration[] =>
  (pipeline.declaration.stages[0]?.actions ?? []).filter((a) => a.actionTypeId.category === 'Source');

const providerOf = (a: ActionDeclaration) => a.actionTypeId.provider;
const config = (a: ActionDeclaration, key: string) => a.configuration?.[key];

/** Source actions that poll (PollForSourceChanges "true"): CodeCommit and S3. */
const polls = (a: ActionDeclaration) =>
  (providerOf(a) === 'CodeCommit' || providerOf(a) === 'S3') && config(a, 'PollForSourceChanges') === 'true';

/** The revision a polling source action would run now: the branch head, or the object's ETag. */
function currentRevision(ctx: SimContext, a: ActionDeclaration): string | undefined {
  if (providerOf(a) === 'CodeCommit') {
    const repo = config(a, 'RepositoryName');
    const branch = config(a, 'BranchName');
    const revision = repo && branch ? readRevision(ctx.world, repo, branch) : undefined;
    return revision && revision.commitId !== branch ? revision.commitId : undefined;
  }
  const bucket = findBucket(ctx.world, config(a, 'S3Bucket') ?? '');
  const object = bucket && getOwn(bucket.objects, config(a, 'S3ObjectKey') ?? '');
  return object?.etag.replace(/"/g, '');
}

const pollScheduled = (ctx: SimContext, pipelineName: string) =>
  ctx.world.queue.some(
    (t) => t.kind === POLL_TIMER && (t.payload as { pipelineName: string }).pipelineName === pipelineName,
  );

/**
 * Starts polling for a pipeline whose source actions poll (called whenever a pipeline is saved or runs). What the
 * sources hold now counts as seen: polling starts executions for changes made after it began.
 */
export function watchSourceChanges(ctx: SimContext, pipelineName: string): void {
  const pipeline = getOwn(ctx.world.account.codepipeline.pipelines, pipelineName);
  if (!pipeline || pollScheduled(ctx, pipelineName)) return;
  const polling = sourceActions(pipeline).filter(polls);
  if (polling.length === 0) return;
  for (const a of polling) {
    const revision = currentRevision(ctx, a);
    if (revision !== undefined && getOwn(pipeline.lastSeenSourceRevisions, a.name) === undefined) {
      pipeline.lastSeenSourceRevisions[a.name] = revision;
    }
  }
  ctx.schedule(POLL_INTERVAL_MS, POLL_TIMER, { pipelineName });
}

/** A minute has passed: each polling source action that sees a revision it has not run starts an execution. */
export function pollForSourceChanges(ctx: SimContext, payload: { pipelineName: string }): void {
  const pipeline = getOwn(ctx.world.account.codepipeline.pipelines, payload.pipelineName);
  if (!pipeline) return;
  const polling = sourceActions(pipeline).filter(polls);
  if (polling.length === 0) return;
  let changed: ActionDeclaration | undefined;
  for (const a of polling) {
    const revision = currentRevision(ctx, a);
    if (revision !== undefined && revision !== getOwn(pipeline.lastSeenSourceRevisions, a.name)) {
      pipeline.lastSeenSourceRevisions[a.name] = revision;
      changed ??= a;
    }
  }
  ctx.schedule(POLL_INTERVAL_MS, POLL_TIMER, payload);
  if (changed) {
    start(ctx, pipeline, { trigger: { triggerType: 'PollForSourceChanges', triggerDetail: changed.name } });
  }
}

/**
 * A pipeline that polls but has not run yet (created by the scenario, or switched to polling by UpdatePipeline)
 * starts polling at the first push to its branch, with the commit before the push as the last one seen, so the
 * next poll finds the push.
 */
function pollFromPush(ctx: SimContext, w: Watcher, push: Push): void {
  if (!polls(w.action) || config(w.action, 'BranchName') !== push.branch) return;
  const name = w.pipeline.declaration.name;
  if (pollScheduled(ctx, name)) return;
  if (push.oldCommitId !== undefined && getOwn(w.pipeline.lastSeenSourceRevisions, w.action.name) === undefined) {
    w.pipeline.lastSeenSourceRevisions[w.action.name] = push.oldCommitId;
  }
  watchSourceChanges(ctx, name);
}

function start(ctx: SimContext, pipeline: Pipeline, options: StartOptions): void {
  startPipelineExecution(ctx, pipeline.declaration.name, options);
}

/** Pipeline executions starting: a pipeline that runs is watched for source changes from then on. */
export function onPipelineEvent(ctx: SimContext, event: SimEvent): void {
  if (event.detailType !== 'CodePipeline Pipeline Execution State Change' || event.detail.state !== 'STARTED') return;
  watchSourceChanges(ctx, event.detail.pipeline as string);
}

const matches = (value: string, patterns: readonly string[] | undefined) =>
  (patterns ?? []).some((p) => picomatch.isMatch(value, p, { dot: true }));

/** Includes (any, when given) and excludes (none may match; excludes win). */
const passes = (value: string, filter: GitFilter) =>
  (filter.includes === undefined || matches(value, filter.includes)) && !matches(value, filter.excludes);

/** A file-path filter passes when a changed file is included and not excluded. */
const filesPass = (files: readonly string[], filter: GitFilter | undefined) =>
  filter === undefined || files.some((f) => passes(f, filter));

/** Paths added, changed or deleted between two commits (everything, when there is no `before`). */
function changedFiles(ctx: SimContext, repositoryName: string, before: string | undefined, after: string): string[] {
  const next = readRevision(ctx.world, repositoryName, after)?.files ?? new Map<string, string>();
  const previous = before === undefined ? undefined : readRevision(ctx.world, repositoryName, before)?.files;
  if (!previous) return [...next.keys()];
  const changed = new Set<string>();
  for (const [path, content] of next) if (previous.get(path) !== content) changed.add(path);
  for (const path of previous.keys()) if (!next.has(path)) changed.add(path);
  return [...changed];
}

interface Watcher {
  pipeline: Pipeline;
  action: ActionDeclaration;
  /** CodeCommit sources are EventBridge-watched; connection sources receive webhooks. */
  kind: 'codecommit' | 'connection';
}

/** Every pipeline source action that reads this CodeCommit repository (directly or through a connection). */
function watchersOf(ctx: SimContext, repositoryName: string): Watcher[] {
  const out: Watcher[] = [];
  for (const pipeline of Object.values(ctx.world.account.codepipeline.pipelines)) {
    for (const action of sourceActions(pipeline)) {
      if (providerOf(action) === 'CodeCommit' && config(action, 'RepositoryName') === repositoryName) {
        out.push({ pipeline, action, kind: 'codecommit' });
      } else if (providerOf(action) === 'CodeStarSourceConnection') {
        const repo = connectionRepository(
          ctx,
          config(action, 'ConnectionArn') ?? '',
          config(action, 'FullRepositoryId') ?? '',
        );
        if (repo.ok && repo.repositoryName === repositoryName) out.push({ pipeline, action, kind: 'connection' });
      }
    }
  }
  return out;
}

/** The V2 triggers that take over change detection for a source action. */
const triggersOf = (w: Watcher): PipelineTriggerDeclaration[] =>
  w.pipeline.declaration.pipelineType === 'V2'
    ? (w.pipeline.declaration.triggers ?? []).filter((t) => t.gitConfiguration.sourceActionName === w.action.name)
    : [];

/** The EventBridge rule the console creates for a CodeCommit source (the execution's trigger detail). */
const ruleArn = (ctx: SimContext, repositoryName: string, branch: string) =>
  ctx.arn('events', `rule/${`codepipeline-${repositoryName}-${branch}-rule`.slice(0, 64)}`);

const pinned = (w: Watcher, commitId: string): StartOptions['sourceRevisions'] => [
  { actionName: w.action.name, revisionType: 'COMMIT_ID', revisionValue: commitId },
];

interface Push {
  repositoryName: string;
  branch: string;
  commitId: string;
  oldCommitId?: string;
}

/** What a push to a branch starts, for one source action: nothing, or the options of the execution. */
function pushStarts(ctx: SimContext, w: Watcher, push: Push): StartOptions | undefined {
  const branchName = config(w.action, 'BranchName');
  if (w.kind === 'codecommit') {
    if (config(w.action, 'PollForSourceChanges') === 'true' || branchName !== push.branch) return undefined;
    return {
      trigger: { triggerType: 'CloudWatchEvent', triggerDetail: ruleArn(ctx, push.repositoryName, push.branch) },
    };
  }
  const connectionArn = config(w.action, 'ConnectionArn') ?? '';
  const triggers = triggersOf(w);
  if (triggers.length === 0) {
    if (config(w.action, 'DetectChanges') === 'false' || branchName !== push.branch) return undefined;
    return {
      trigger: { triggerType: 'Webhook', triggerDetail: connectionArn },
      sourceRevisions: pinned(w, push.commitId),
    };
  }
  let files: string[] | undefined;
  const filesOfPush = () => {
    files ??= changedFiles(ctx, push.repositoryName, push.oldCommitId ?? firstParent(ctx, push), push.commitId);
    return files;
  };
  const fires = triggers.some(({ gitConfiguration: git }) => {
    // A trigger without filters starts on any push to the action's BranchName.
    if (git.push === undefined && git.pullRequest === undefined) return branchName === push.branch;
    // Tag filters never match: the simulated CodeCommit has branches only, no tags.
    return (git.push ?? []).some(
      (p) => p.branches !== undefined && passes(push.branch, p.branches) && filesPass(filesOfPush(), p.filePaths),
    );
  });
  if (!fires) return undefined;
  return {
    trigger: { triggerType: 'WebhookV2', triggerDetail: connectionArn },
    sourceRevisions: pinned(w, push.commitId),
  };
}

const firstParent = (ctx: SimContext, push: Push) =>
  readCommit(ctx.world, push.repositoryName, push.commitId)?.parents[0];

type PullRequestEvent = 'OPEN' | 'UPDATED' | 'CLOSED';

const PULL_REQUEST_EVENTS: Record<string, PullRequestEvent> = {
  pullRequestCreated: 'OPEN',
  pullRequestSourceBranchUpdated: 'UPDATED',
  pullRequestMergeStatusUpdated: 'CLOSED',
};

/** What a pull request event starts, for one connection source action with pull request triggers. */
function pullRequestStarts(
  ctx: SimContext,
  w: Watcher,
  pr: {
    event: PullRequestEvent;
    repositoryName: string;
    destination: string;
    sourceCommit: string;
    destinationCommit: string;
  },
): StartOptions | undefined {
  if (w.kind !== 'connection') return undefined;
  let files: string[] | undefined;
  const filesOfPullRequest = () => {
    files ??= changedFiles(ctx, pr.repositoryName, pr.destinationCommit, pr.sourceCommit);
    return files;
  };
  const fires = triggersOf(w).some(({ gitConfiguration: git }) =>
    (git.pullRequest ?? []).some(
      (p) =>
        (p.events ?? ['OPEN', 'UPDATED', 'CLOSED']).includes(pr.event) &&
        (p.branches === undefined || passes(pr.destination, p.branches)) &&
        filesPass(filesOfPullRequest(), p.filePaths),
    ),
  );
  if (!fires) return undefined;
  return {
    trigger: { triggerType: 'WebhookV2', triggerDetail: config(w.action, 'ConnectionArn') ?? '' },
    sourceRevisions: pinned(w, pr.sourceCommit),
  };
}

/**
 * Starts each pipeline at most once per event, with the first source action that wants it started. A push of a
 * commit the action already ran (`lastSeenSourceRevisions`) starts nothing; pull request events always count.
 */
function startEach(
  ctx: SimContext,
  watchers: Watcher[],
  wants: (w: Watcher) => StartOptions | undefined,
  pushedCommit?: string,
) {
  const started = new Set<string>();
  for (const w of watchers) {
    const name = w.pipeline.declaration.name;
    const seen = getOwn(w.pipeline.lastSeenSourceRevisions, w.action.name);
    if (started.has(name) || (pushedCommit !== undefined && seen === pushedCommit)) continue;
    const options = wants(w);
    if (!options) continue;
    started.add(name);
    if (pushedCommit !== undefined) w.pipeline.lastSeenSourceRevisions[w.action.name] = pushedCommit;
    start(ctx, w.pipeline, options);
  }
}

/**
 * CodeCommit pushes and pull requests: CodeCommit sources start through EventBridge change detection (unless
 * they poll), connection sources through their webhook: V2 triggers with their filters, else DetectChanges.
 */
export function onSourceChange(ctx: SimContext, event: SimEvent): void {
  const d = event.detail;
  if (event.detailType === 'CodeCommit Repository State Change') {
    if ((d.event !== 'referenceCreated' && d.event !== 'referenceUpdated') || d.referenceType !== 'branch') return;
    const push: Push = {
      repositoryName: d.repositoryName as string,
      branch: d.referenceName as string,
      commitId: d.commitId as string,
      ...(typeof d.oldCommitId === 'string' && { oldCommitId: d.oldCommitId }),
    };
    const watchers = watchersOf(ctx, push.repositoryName);
    for (const w of watchers) if (w.kind === 'codecommit') pollFromPush(ctx, w, push);
    startEach(ctx, watchers, (w) => pushStarts(ctx, w, push), push.commitId);
    return;
  }
  if (event.detailType === 'CodeCommit Pull Request State Change') {
    const kind =
      PULL_REQUEST_EVENTS[d.event as string] ??
      (d.event === 'pullRequestStatusChanged' && d.pullRequestStatus === 'Closed' ? 'CLOSED' : undefined);
    const repositoryName = (d.repositoryNames as string[] | undefined)?.[0];
    if (!kind || repositoryName === undefined) return;
    const pr = {
      event: kind,
      repositoryName,
      destination: (d.destinationReference as string).replace(/^refs\/heads\//, ''),
      sourceCommit: d.sourceCommit as string,
      destinationCommit: d.destinationCommit as string,
    };
    startEach(ctx, watchersOf(ctx, repositoryName), (w) => pullRequestStarts(ctx, w, pr));
  }
}

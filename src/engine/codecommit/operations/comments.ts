import { AwsError } from '../../core/aws-error';
import { optionalString, requiredString } from '../../core/input';
import type { Operation, SimContext } from '../../core/simulation';
import { epochSecondsAt } from '../../core/time';
import { codecommitErrors as errors } from '../errors';
import { requirePullRequest } from '../pull-requests/model';
import { repositoryArn, requireRepository } from '../repository';
import { entryAt, resolveCommit } from '../resolve';
import type { PullRequest, PullRequestComment } from '../state';

const MAX_COMMENT = 10240;

const commentErrors = {
  contentRequired: () =>
    new AwsError(
      'CommentContentRequiredException',
      'The comment is empty. You must provide some content for a comment. The content cannot be null.',
    ),
  contentTooLong: () =>
    new AwsError(
      'CommentContentSizeLimitExceededException',
      `The comment is too large. Comments are limited to ${MAX_COMMENT} characters.`,
    ),
  commitNotInPullRequest: (id: string) =>
    new AwsError(
      'CommitIdDoesNotExistException',
      `Commit ${id} is neither the source nor the destination commit of this pull request.`,
    ),
  invalidFilePosition: () =>
    new AwsError(
      'InvalidFilePositionException',
      'The position is not valid. Make sure that the line number exists in the version of the file you want to comment on.',
    ),
  invalidRelativeFileVersion: (v: string) =>
    new AwsError(
      'InvalidRelativeFileVersionEnumException',
      `Either the enum '${v}' is not in a valid format, or the specified file version enum is not valid in respect to the current file version. Valid values: BEFORE, AFTER.`,
    ),
};

function commentWire(ctx: SimContext, c: PullRequestComment) {
  return {
    commentId: c.commentId,
    content: c.content,
    ...(c.inReplyTo !== undefined && { inReplyTo: c.inReplyTo }),
    creationDate: epochSecondsAt(ctx.world.startEpochMs, c.creationDate),
    lastModifiedDate: epochSecondsAt(ctx.world.startEpochMs, c.lastModifiedDate),
    authorArn: c.authorArn,
    deleted: false,
    callerReactions: [],
    reactionCounts: {},
  };
}

function location(input: Record<string, unknown>) {
  const raw = input.location as Record<string, unknown> | undefined;
  if (raw === undefined || raw === null) return undefined;
  const filePath = requiredString(raw, 'filePath', errors.pathRequired);
  const filePosition = raw.filePosition;
  if (typeof filePosition !== 'number' || !Number.isInteger(filePosition) || filePosition < 1)
    throw commentErrors.invalidFilePosition();
  const version = optionalString(raw, 'relativeFileVersion') ?? 'AFTER';
  if (version !== 'BEFORE' && version !== 'AFTER') throw commentErrors.invalidRelativeFileVersion(version);
  return { filePath, filePosition, relativeFileVersion: version as 'BEFORE' | 'AFTER' };
}

export const PostCommentForPullRequest: Operation = (ctx, input) => {
  const pr = requirePullRequest(ctx, input);
  const repo = requireRepository(ctx, input);
  const before = requiredString(input, 'beforeCommitId', errors.commitIdRequired);
  const after = requiredString(input, 'afterCommitId', errors.commitIdRequired);
  const content = requiredString(input, 'content', commentErrors.contentRequired);
  if (content.length > MAX_COMMENT) throw commentErrors.contentTooLong();
  for (const id of [before, after]) resolveCommit(repo, id);
  const where = location(input);
  const blobOf = (commitId: string) =>
    where ? entryAt(repo, resolveCommit(repo, commitId).commit.tree, where.filePath)?.id : undefined;
  if (where && blobOf(where.relativeFileVersion === 'BEFORE' ? before : after) === undefined)
    throw errors.fileDoesNotExist(where.filePath);
  const comment: PullRequestComment = {
    commentId: ctx.uuid(),
    content,
    authorArn: ctx.caller.arn,
    creationDate: ctx.now,
    lastModifiedDate: ctx.now,
    beforeCommitId: before,
    afterCommitId: after,
    ...(where && { location: where }),
  };
  pr.comments.push(comment);
  pr.lastActivityDate = ctx.now;
  commentEvent(ctx, pr, comment);
  return {
    repositoryName: repo.repositoryName,
    pullRequestId: pr.pullRequestId,
    beforeCommitId: before,
    afterCommitId: after,
    ...(where && { beforeBlobId: blobOf(before), afterBlobId: blobOf(after), location: where }),
    comment: commentWire(ctx, comment),
  };
};

function commentEvent(ctx: SimContext, pr: PullRequest, c: PullRequestComment): void {
  const repo = ctx.world.account.codecommit.repositories[pr.target.repositoryName];
  ctx.emit({
    source: 'aws.codecommit',
    detailType: 'CodeCommit Comment on Pull Request',
    resources: [repositoryArn(ctx, pr.target.repositoryName)],
    detail: {
      event: 'commentOnPullRequestCreated',
      afterCommitId: c.afterCommitId,
      beforeCommitId: c.beforeCommitId,
      callerUserArn: c.authorArn,
      commentId: c.commentId,
      ...(c.inReplyTo !== undefined && { inReplyTo: c.inReplyTo }),
      notificationBody: `A pull request event occurred in the following AWS CodeCommit repository: ${pr.target.repositoryName}. User: ${c.authorArn}. Event: Commented. Pull request name: ${pr.pullRequestId}.`,
      pullRequestId: pr.pullRequestId,
      repositoryId: repo?.repositoryId,
      repositoryName: pr.target.repositoryName,
    },
  });
}

export const GetCommentsForPullRequest: Operation = (ctx, input) => {
  const pr = requirePullRequest(ctx, input);
  const before = optionalString(input, 'beforeCommitId');
  const after = optionalString(input, 'afterCommitId');
  const groups = new Map<string, PullRequestComment[]>();
  for (const c of pr.comments) {
    if ((before !== undefined && c.beforeCommitId !== before) || (after !== undefined && c.afterCommitId !== after))
      continue;
    const key = JSON.stringify([c.beforeCommitId, c.afterCommitId, c.location ?? null]);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return {
    commentsForPullRequestData: [...groups.values()].map((comments) => {
      const first = comments[0] as PullRequestComment;
      return {
        pullRequestId: pr.pullRequestId,
        repositoryName: pr.target.repositoryName,
        beforeCommitId: first.beforeCommitId,
        afterCommitId: first.afterCommitId,
        ...(first.location && { location: first.location }),
        comments: comments.map((c) => commentWire(ctx, c)),
      };
    }),
  };
};

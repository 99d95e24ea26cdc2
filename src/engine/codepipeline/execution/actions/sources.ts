import { readCommit, readRevision } from '../../../codecommit/public';
import { getOwn } from '../../../core/records';
import type { SimContext } from '../../../core/simulation';
import { SECOND } from '../../../core/time';
import { findBucket, getObjectBytes } from '../../../s3/public';
import { CLONE_REF_FILE, putArtifact, type CloneRef } from '../artifacts';
import type { ActionJob, ActionProvider } from '../contract';
import { failSoon, outputArtifactNames, requireConfig, succeedAfter, configValue } from './job';

/** A source action takes this long to read the revision and store it (the simulator's fixed duration). */
export const SOURCE_DURATION_MS = 3 * SECOND;

const isoSeconds = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The revision a Release change pinned for this source action, if any. */
const overrideFor = (job: ActionJob, type: string) =>
  job.execution.sourceRevisionOverrides?.find((o) => o.actionName === job.action.actionName && o.revisionType === type)
    ?.revisionValue;

/** Remembers what this source action ran, so change detection does not start another execution for it. */
function recordSeen(ctx: SimContext, job: ActionJob, revision: string): void {
  const pipeline = getOwn(ctx.world.account.codepipeline.pipelines, job.execution.pipelineName);
  if (pipeline) pipeline.lastSeenSourceRevisions[job.action.actionName] = revision;
}

export interface GitSource {
  repositoryName: string;
  branchName: string;
  /** What the failure message names: the CodeCommit repository, or the connection's `owner/name`. */
  shownRepository: string;
}

/**
 * Reads the branch head (or the pinned commit) of a CodeCommit repository and stores it as the output artifact:
 * the files zipped (CODE_ZIP), or a clone reference only CodeBuild can use (CODEBUILD_CLONE_REF).
 */
function runGitSource(
  ctx: SimContext,
  job: ActionJob,
  source: GitSource,
  variables: (commit: {
    commitId: string;
    message: string;
    authorDate: string;
    committerDate: string;
  }) => Record<string, string>,
): void {
  const { repositoryName, branchName } = source;
  if (!getOwn(ctx.world.account.codecommit.repositories, repositoryName)) {
    failSoon(
      ctx,
      job,
      'JobFailed',
      `Could not access the CodeCommit repository ${source.shownRepository}. Make sure that the pipeline IAM role has sufficient permissions to access the repository. (The simulated account has no repository named ${repositoryName}.)`,
    );
    return;
  }
  const pinned = overrideFor(job, 'COMMIT_ID');
  const revision = readRevision(ctx.world, repositoryName, pinned ?? branchName);
  if (!revision || (pinned === undefined && revision.commitId === branchName)) {
    failSoon(
      ctx,
      job,
      'RevisionUnavailable',
      pinned === undefined
        ? `The branch ${branchName} does not exist in the repository ${source.shownRepository}.`
        : `The commit ${pinned} does not exist in the repository ${source.shownRepository}.`,
    );
    return;
  }
  const commit = readCommit(ctx.world, repositoryName, revision.commitId);
  const message = commit?.message ?? '';
  const [artifactName] = outputArtifactNames(job);
  const cloneRef = configValue(job, 'OutputArtifactFormat') === 'CODEBUILD_CLONE_REF';
  const ref: CloneRef = {
    repositoryName,
    commitId: revision.commitId,
    branchName,
    cloneUrlHttp: revision.cloneUrlHttp,
  };
  const location =
    artifactName === undefined
      ? undefined
      : putArtifact(
          ctx,
          job.artifactBucket,
          job.execution.pipelineName,
          artifactName,
          cloneRef ? [[CLONE_REF_FILE, JSON.stringify(ref, null, 2)]] : revision.files,
        );
  if (artifactName !== undefined && !location) {
    failSoon(ctx, job, 'JobFailed', artifactStoreMissing(job));
    return;
  }
  recordSeen(ctx, job, revision.commitId);
  succeedAfter(ctx, job, SOURCE_DURATION_MS, {
    summary: message.split('\n')[0] ?? '',
    externalExecutionId: revision.commitId,
    ...(location && artifactName !== undefined && { outputArtifacts: [{ name: artifactName, location }] }),
    outputVariables: variables({
      commitId: revision.commitId,
      message,
      authorDate: isoSeconds(commit?.author.epochSeconds ?? 0),
      committerDate: isoSeconds(commit?.committer.epochSeconds ?? 0),
    }),
    sourceRevision: { revisionId: revision.commitId, revisionSummary: message },
  });
}

export const artifactStoreMissing = (job: ActionJob) =>
  `The artifact store bucket ${job.artifactBucket} does not exist, so the action cannot store its output artifact.`;

export const codeCommitSource: ActionProvider = {
  start(ctx, job) {
    const repositoryName = requireConfig(ctx, job, 'RepositoryName');
    const branchName = repositoryName && requireConfig(ctx, job, 'BranchName');
    if (repositoryName === undefined || branchName === undefined) return;
    runGitSource(ctx, job, { repositoryName, branchName, shownRepository: repositoryName }, (c) => ({
      CommitId: c.commitId,
      CommitMessage: c.message,
      AuthorDate: c.authorDate,
      CommitterDate: c.committerDate,
      BranchName: branchName,
      RepositoryName: repositoryName,
    }));
  },
};

/**
 * The CodeCommit repository a connection source reads: the simulator has no GitHub, Bitbucket or GitLab, so a
 * FullRepositoryId `owner/name` names the CodeCommit repository `name` when the connection exists, is AVAILABLE
 * and belongs to `owner` (docs/codepipeline.md, "Connection sources").
 */
export function connectionRepository(
  ctx: SimContext,
  connectionArn: string,
  fullRepositoryId: string,
): { ok: true; repositoryName: string } | { ok: false; message: string } {
  const connection = getOwn(ctx.world.account.codepipeline.connections, connectionArn);
  if (!connection) {
    return { ok: false, message: `The connection ${connectionArn} does not exist in the simulated account.` };
  }
  if (connection.connectionStatus !== 'AVAILABLE') {
    return {
      ok: false,
      message: `The connection ${connection.connectionName} is in status ${connection.connectionStatus}; it must be AVAILABLE before a pipeline can use it.`,
    };
  }
  const slash = fullRepositoryId.indexOf('/');
  const owner = fullRepositoryId.slice(0, slash);
  if (slash <= 0 || owner !== connection.ownerId) {
    return {
      ok: false,
      message: `The repository ${fullRepositoryId} is not reachable through the connection ${connection.connectionName}, which belongs to ${connection.ownerId}.`,
    };
  }
  return { ok: true, repositoryName: fullRepositoryId.slice(slash + 1) };
}

export const connectionSource: ActionProvider = {
  start(ctx, job) {
    const connectionArn = requireConfig(ctx, job, 'ConnectionArn');
    const fullRepositoryId = connectionArn && requireConfig(ctx, job, 'FullRepositoryId');
    const branchName = fullRepositoryId && requireConfig(ctx, job, 'BranchName');
    if (connectionArn === undefined || fullRepositoryId === undefined || branchName === undefined) return;
    const repository = connectionRepository(ctx, connectionArn, fullRepositoryId);
    if (!repository.ok) {
      failSoon(ctx, job, 'ConfigurationError', repository.message);
      return;
    }
    runGitSource(
      ctx,
      job,
      { repositoryName: repository.repositoryName, branchName, shownRepository: fullRepositoryId },
      (c) => ({
        AuthorDate: c.authorDate,
        BranchName: branchName,
        CommitId: c.commitId,
        CommitMessage: c.message,
        ConnectionArn: connectionArn,
        FullRepositoryName: fullRepositoryId,
      }),
    );
  },
};

/** S3 source: the object (a zip) is copied into the artifact store as it is. */
export const s3Source: ActionProvider = {
  start(ctx, job) {
    const bucketName = requireConfig(ctx, job, 'S3Bucket');
    const configuredKey = bucketName && requireConfig(ctx, job, 'S3ObjectKey');
    // A Release change may name another object of the bucket (S3_OBJECT_KEY).
    const key = configuredKey && (overrideFor(job, 'S3_OBJECT_KEY') ?? configuredKey);
    if (bucketName === undefined || key === undefined) return;
    const bucket = findBucket(ctx.world, bucketName);
    const object = bucket && getOwn(bucket.objects, key);
    const bytes = object && getObjectBytes(ctx.world, bucketName, key);
    if (!bucket || !object || !bytes) {
      failSoon(
        ctx,
        job,
        'JobFailed',
        bucket
          ? `The object with key ${key} does not exist in the bucket ${bucketName} (S3 NoSuchKey).`
          : `The bucket ${bucketName} does not exist (S3 NoSuchBucket).`,
      );
      return;
    }
    const [artifactName] = outputArtifactNames(job);
    let outputArtifacts;
    if (artifactName !== undefined) {
      // The source object already is the archive: it is stored as it is, not zipped again.
      const stored = putArtifact(ctx, job.artifactBucket, job.execution.pipelineName, artifactName, bytes);
      if (!stored) {
        failSoon(ctx, job, 'JobFailed', artifactStoreMissing(job));
        return;
      }
      outputArtifacts = [{ name: artifactName, location: stored }];
    }
    // The simulated S3 keeps no versions: the ETag stands in for the version, as it does for an unversioned bucket.
    const etag = object.etag.replace(/"/g, '');
    recordSeen(ctx, job, etag);
    succeedAfter(ctx, job, SOURCE_DURATION_MS, {
      summary: `s3://${bucketName}/${key}`,
      externalExecutionId: etag,
      ...(outputArtifacts && { outputArtifacts }),
      outputVariables: { ETag: etag, VersionId: etag },
      sourceRevision: { revisionId: etag, revisionSummary: `s3://${bucketName}/${key}` },
    });
  },
};

/** ECR source: the simulated account has no container registry, so the action can only fail, and says why. */
export const ecrSource: ActionProvider = {
  start(ctx, job) {
    const repositoryName = configValue(job, 'RepositoryName') ?? '';
    failSoon(
      ctx,
      job,
      'JobFailed',
      `The simulator has no Amazon ECR registry, so the image ${repositoryName}:${configValue(job, 'ImageTag') ?? 'latest'} cannot be read. Use a CodeCommit, S3 or connection source instead.`,
    );
  },
};

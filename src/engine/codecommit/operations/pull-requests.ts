import { AwsError } from '../../core/aws-error';
import { optionalInteger, optionalString, requiredString } from '../../core/input';
import { getOwn, setOwn } from '../../core/records';
import type { Operation } from '../../core/simulation';
import { codecommitErrors as errors } from '../errors';
import { mergeBase } from '../merge';
import { isValidBranchName, isValidRepositoryName } from '../names';
import { matchesReference, parseRuleContent } from '../pull-requests/approval-rule-content';
import { pullRequestChanged, pullRequestWire, requireOpen, requirePullRequest } from '../pull-requests/model';
import type { ApprovalRule, PullRequest } from '../state';

const MAX_OPEN_PULL_REQUESTS = 1000;
const MAX_TEMPLATE_RULES = 25;

const prCreateErrors = {
  titleRequired: () =>
    new AwsError('TitleRequiredException', 'A pull request title is required. It cannot be empty or null.'),
  invalidTitle: () =>
    new AwsError(
      'InvalidTitleException',
      'The title of the pull request is not valid: it can be at most 150 characters.',
    ),
  invalidDescription: () =>
    new AwsError(
      'InvalidDescriptionException',
      'The pull request description is not valid: it can be at most 10,240 characters.',
    ),
  targetsRequired: () =>
    new AwsError('TargetsRequiredException', 'An array of target objects is required. It cannot be empty or null.'),
  multipleRepositories: () =>
    new AwsError(
      'MultipleRepositoriesInPullRequestException',
      'You cannot include more than one repository in a pull request.',
    ),
  referenceNameRequired: () =>
    new AwsError('ReferenceNameRequiredException', 'A reference name is required, but none was provided.'),
  referenceDoesNotExist: (ref: string) =>
    new AwsError('ReferenceDoesNotExistException', `The reference ${ref} does not exist.`),
  referenceTypeNotSupported: (ref: string) =>
    new AwsError(
      'ReferenceTypeNotSupportedException',
      `The reference ${ref} is not a branch; pull requests are between branches.`,
    ),
  sameReferences: () =>
    new AwsError(
      'SourceAndDestinationAreSameException',
      'The source branch and destination branch for the pull request are the same. You must specify different branches.',
    ),
  openLimit: () =>
    new AwsError(
      'MaximumOpenPullRequestsExceededException',
      `You cannot have more than ${MAX_OPEN_PULL_REQUESTS} open pull requests for a repository.`,
    ),
  invalidStatus: (status: string) =>
    new AwsError(
      'InvalidPullRequestStatusException',
      `The pull request status '${status}' is not valid. Valid values: OPEN, CLOSED.`,
    ),
  invalidStatusUpdate: () =>
    new AwsError(
      'InvalidPullRequestStatusUpdateException',
      'The pull request status update is not valid. The only valid update is from OPEN to CLOSED.',
    ),
};

/** `main` or `refs/heads/main` → the branch name, if it names a branch. */
function branchOf(ref: string): string {
  const name = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
  if (ref.startsWith('refs/') && !ref.startsWith('refs/heads/')) throw prCreateErrors.referenceTypeNotSupported(ref);
  if (!isValidBranchName(name)) throw prCreateErrors.referenceDoesNotExist(ref);
  return name;
}

export const CreatePullRequest: Operation = (ctx, input) => {
  const title = requiredString(input, 'title', prCreateErrors.titleRequired);
  if (title.length > 150) throw prCreateErrors.invalidTitle();
  const description = optionalString(input, 'description');
  if (description !== undefined && description.length > 10240) throw prCreateErrors.invalidDescription();
  const targets = input.targets;
  if (!Array.isArray(targets) || targets.length === 0) throw prCreateErrors.targetsRequired();
  if (targets.length > 1) throw prCreateErrors.multipleRepositories();
  const target = targets[0] as Record<string, unknown>;
  const repositoryName = requiredString(target, 'repositoryName', errors.repositoryNameRequired);
  if (!isValidRepositoryName(repositoryName)) throw errors.invalidRepositoryName(repositoryName);
  const repo = getOwn(ctx.world.account.codecommit.repositories, repositoryName);
  if (!repo) throw errors.repositoryDoesNotExist(repositoryName);
  const sourceRef = requiredString(target, 'sourceReference', prCreateErrors.referenceNameRequired);
  const destinationRef = optionalString(target, 'destinationReference') ?? repo.defaultBranch ?? '';
  const source = branchOf(sourceRef);
  const destination = branchOf(destinationRef);
  const sourceCommit = getOwn(repo.branches, source);
  const destinationCommit = getOwn(repo.branches, destination);
  if (sourceCommit === undefined) throw prCreateErrors.referenceDoesNotExist(sourceRef);
  if (destinationCommit === undefined) throw prCreateErrors.referenceDoesNotExist(destinationRef);
  if (source === destination) throw prCreateErrors.sameReferences();
  const state = ctx.world.account.codecommit;
  const clientRequestToken = optionalString(input, 'clientRequestToken');
  const repeated = Object.values(state.pullRequests).find(
    (p) => clientRequestToken !== undefined && p.clientRequestToken === clientRequestToken,
  );
  if (repeated) return { pullRequest: pullRequestWire(ctx, repeated) };
  const open = Object.values(state.pullRequests).filter(
    (p) => p.target.repositoryName === repositoryName && p.pullRequestStatus === 'OPEN',
  );
  if (open.length >= MAX_OPEN_PULL_REQUESTS) throw prCreateErrors.openLimit();

  const destinationReference = `refs/heads/${destination}`;
  const rules: ApprovalRule[] = Object.values(state.approvalRuleTemplates)
    .filter((t) => t.repositories.includes(repositoryName))
    .filter((t) => {
      const content = parseRuleContent(t.approvalRuleTemplateContent);
      return typeof content !== 'string' && matchesReference(content.destinationReferences, destinationReference);
    })
    .slice(0, MAX_TEMPLATE_RULES)
    .map((t) => ({
      approvalRuleId: ctx.uuid(),
      approvalRuleName: `${t.approvalRuleTemplateName}`,
      approvalRuleContent: t.approvalRuleTemplateContent,
      ruleContentSha256: t.ruleContentSha256,
      creationDate: ctx.now,
      lastModifiedDate: ctx.now,
      lastModifiedUser: ctx.caller.arn,
      originApprovalRuleTemplate: {
        approvalRuleTemplateId: t.approvalRuleTemplateId,
        approvalRuleTemplateName: t.approvalRuleTemplateName,
      },
    }));
  const pr: PullRequest = {
    pullRequestId: String(state.nextPullRequestId++),
    title,
    ...(description !== undefined && { description }),
    creationDate: ctx.now,
    lastActivityDate: ctx.now,
    pullRequestStatus: 'OPEN',
    authorArn: ctx.caller.arn,
    revisionId: ctx.uuid().replace(/-/g, '') + ctx.uuid().replace(/-/g, ''),
    ...(clientRequestToken !== undefined && { clientRequestToken }),
    target: {
      repositoryName,
      sourceReference: `refs/heads/${source}`,
      destinationReference,
      sourceCommit,
      destinationCommit,
      mergeBase: mergeBase(repo, sourceCommit, destinationCommit),
      mergeMetadata: { isMerged: false },
    },
    approvalRules: rules,
    approvals: {},
    comments: [],
    activity: [],
  };
  setOwn(state.pullRequests, pr.pullRequestId, pr);
  pullRequestChanged(ctx, pr, 'pullRequestCreated', 'PULL_REQUEST_CREATED', {
    metadata: {
      pullRequestCreatedEventMetadata: {
        repositoryName,
        sourceCommitId: sourceCommit,
        destinationCommitId: destinationCommit,
        mergeBase: pr.target.mergeBase,
      },
    },
  });
  return { pullRequest: pullRequestWire(ctx, pr) };
};

export const GetPullRequest: Operation = (ctx, input) => ({
  pullRequest: pullRequestWire(ctx, requirePullRequest(ctx, input)),
});

export const ListPullRequests: Operation = (ctx, input) => {
  const repositoryName = requiredString(input, 'repositoryName', errors.repositoryNameRequired);
  if (!isValidRepositoryName(repositoryName)) throw errors.invalidRepositoryName(repositoryName);
  if (!getOwn(ctx.world.account.codecommit.repositories, repositoryName))
    throw errors.repositoryDoesNotExist(repositoryName);
  const status = optionalString(input, 'pullRequestStatus');
  if (status !== undefined && status !== 'OPEN' && status !== 'CLOSED') throw prCreateErrors.invalidStatus(status);
  const authorArn = optionalString(input, 'authorArn');
  const max = optionalInteger(input, 'maxResults') ?? 100;
  const start = Number(optionalString(input, 'nextToken') ?? '0');
  if (!Number.isSafeInteger(start) || start < 0) throw errors.invalidContinuationToken();
  const ids = Object.values(ctx.world.account.codecommit.pullRequests)
    .filter((p) => p.target.repositoryName === repositoryName)
    .filter((p) => status === undefined || p.pullRequestStatus === status)
    .filter((p) => authorArn === undefined || p.authorArn === authorArn)
    .map((p) => p.pullRequestId)
    .sort((a, b) => Number(b) - Number(a));
  return {
    pullRequestIds: ids.slice(start, start + max),
    ...(start + max < ids.length && { nextToken: String(start + max) }),
  };
};

export const UpdatePullRequestStatus: Operation = (ctx, input) => {
  const pr = requirePullRequest(ctx, input);
  const status = requiredString(
    input,
    'pullRequestStatus',
    () =>
      new AwsError('PullRequestStatusRequiredException', 'A pull request status is required, but none was provided.'),
  );
  if (status !== 'OPEN' && status !== 'CLOSED') throw prCreateErrors.invalidStatus(status);
  if (pr.pullRequestStatus === status) return { pullRequest: pullRequestWire(ctx, pr) };
  if (status === 'OPEN') throw prCreateErrors.invalidStatusUpdate();
  pr.pullRequestStatus = 'CLOSED';
  pullRequestChanged(ctx, pr, 'pullRequestStatusChanged', 'PULL_REQUEST_STATUS_CHANGED', {
    metadata: { pullRequestStatusChangedEventMetadata: { pullRequestStatus: 'CLOSED' } },
  });
  return { pullRequest: pullRequestWire(ctx, pr) };
};

export const UpdatePullRequestTitle: Operation = (ctx, input) => {
  const pr = requirePullRequest(ctx, input);
  const title = requiredString(input, 'title', prCreateErrors.titleRequired);
  if (title.length > 150) throw prCreateErrors.invalidTitle();
  requireOpen(pr);
  pr.title = title;
  pr.lastActivityDate = ctx.now;
  return { pullRequest: pullRequestWire(ctx, pr) };
};

export const UpdatePullRequestDescription: Operation = (ctx, input) => {
  const pr = requirePullRequest(ctx, input);
  const description = optionalString(input, 'description') ?? '';
  if (description.length > 10240) throw prCreateErrors.invalidDescription();
  requireOpen(pr);
  pr.description = description;
  pr.lastActivityDate = ctx.now;
  return { pullRequest: pullRequestWire(ctx, pr) };
};

export const DescribePullRequestEvents: Operation = (ctx, input) => {
  const pr = requirePullRequest(ctx, input);
  const type = optionalString(input, 'pullRequestEventType');
  const actorArn = optionalString(input, 'actorArn');
  return {
    pullRequestEvents: pr.activity
      .filter(
        (a) =>
          (type === undefined || a.pullRequestEventType === type) &&
          (actorArn === undefined || a.actorArn === actorArn),
      )
      .map((a) => ({
        pullRequestId: pr.pullRequestId,
        eventDate: (ctx.world.startEpochMs + a.eventDate) / 1000,
        pullRequestEventType: a.pullRequestEventType,
        actorArn: a.actorArn,
        ...a.metadata,
      })),
  };
};

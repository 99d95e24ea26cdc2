import { AwsError } from '../../core/aws-error';
import { requiredString } from '../../core/input';
import type { Operation } from '../../core/simulation';
import { parseRuleContent, ruleContentSha256 } from '../pull-requests/approval-rule-content';
import {
  evaluate,
  pullRequestChanged,
  requireCurrentRevision,
  requireOpen,
  requirePullRequest,
} from '../pull-requests/model';

const MAX_RULES = 30;
const RULE_NAME = /^[\w. -]{1,100}$/;

export const approvalErrors = {
  ruleNameRequired: () =>
    new AwsError('ApprovalRuleNameRequiredException', 'An approval rule name is required, but was not specified.'),
  invalidRuleName: (name: string) =>
    new AwsError(
      'InvalidApprovalRuleNameException',
      `The approval rule name '${name}' is not valid: use 1-100 letters, digits, spaces, periods, underscores and dashes.`,
    ),
  ruleNameExists: (name: string) =>
    new AwsError(
      'ApprovalRuleNameAlreadyExistsException',
      `An approval rule named ${name} already exists for this pull request.`,
    ),
  contentRequired: () =>
    new AwsError(
      'ApprovalRuleContentRequiredException',
      'The content for the approval rule is empty. You must provide some content for an approval rule.',
    ),
  invalidContent: (reason: string) =>
    new AwsError('InvalidApprovalRuleContentException', `The content for the approval rule is not valid. ${reason}`),
  tooManyRules: () =>
    new AwsError('NumberOfRulesExceededException', `A pull request can have at most ${MAX_RULES} approval rules.`),
  stateRequired: () =>
    new AwsError('ApprovalStateRequiredException', 'An approval state is required, but was not specified.'),
  invalidState: (state: string) =>
    new AwsError(
      'InvalidApprovalStateException',
      `The approval state '${state}' is not valid. Valid values: APPROVE, REVOKE.`,
    ),
  authorCannotApprove: () =>
    new AwsError(
      'PullRequestCannotBeApprovedByAuthorException',
      'The approval cannot be applied because the user approving the pull request matches the user who created the pull request. You cannot approve a pull request that you created.',
    ),
  overrideStatusRequired: () =>
    new AwsError('OverrideStatusRequiredException', 'An override status is required, but was not specified.'),
  invalidOverrideStatus: (s: string) =>
    new AwsError(
      'InvalidOverrideStatusException',
      `The override status '${s}' is not valid. Valid values: OVERRIDE, REVOKE.`,
    ),
  overrideAlreadySet: (s: string) =>
    new AwsError('OverrideAlreadySetException', `The approval rules of this revision are already in the state ${s}.`),
};

export const CreatePullRequestApprovalRule: Operation = (ctx, input) => {
  const pr = requirePullRequest(ctx, input);
  const name = requiredString(input, 'approvalRuleName', approvalErrors.ruleNameRequired);
  if (!RULE_NAME.test(name) || name.endsWith('.git')) throw approvalErrors.invalidRuleName(name);
  const content = requiredString(input, 'approvalRuleContent', approvalErrors.contentRequired);
  const parsed = parseRuleContent(content);
  if (typeof parsed === 'string') throw approvalErrors.invalidContent(parsed);
  requireOpen(pr);
  if (pr.approvalRules.some((r) => r.approvalRuleName === name)) throw approvalErrors.ruleNameExists(name);
  if (pr.approvalRules.length >= MAX_RULES) throw approvalErrors.tooManyRules();
  const rule = {
    approvalRuleId: ctx.uuid(),
    approvalRuleName: name,
    approvalRuleContent: content,
    ruleContentSha256: ruleContentSha256(content),
    creationDate: ctx.now,
    lastModifiedDate: ctx.now,
    lastModifiedUser: ctx.caller.arn,
  };
  pr.approvalRules.push(rule);
  pullRequestChanged(ctx, pr, 'pullRequestApprovalRuleCreated', 'PULL_REQUEST_APPROVAL_RULE_CREATED', {
    detail: { approvalRuleId: rule.approvalRuleId, approvalRuleName: name },
    metadata: {
      approvalRuleEventMetadata: {
        approvalRuleName: name,
        approvalRuleId: rule.approvalRuleId,
        approvalRuleContent: content,
      },
    },
  });
  return {
    approvalRule: {
      ...rule,
      creationDate: (ctx.world.startEpochMs + rule.creationDate) / 1000,
      lastModifiedDate: (ctx.world.startEpochMs + rule.lastModifiedDate) / 1000,
    },
  };
};

/** Approve or revoke as the caller; approvals belong to the current revision only. */
export const UpdatePullRequestApprovalState: Operation = (ctx, input) => {
  const pr = requirePullRequest(ctx, input);
  requireCurrentRevision(pr, input);
  const state = requiredString(input, 'approvalState', approvalErrors.stateRequired);
  if (state !== 'APPROVE' && state !== 'REVOKE') throw approvalErrors.invalidState(state);
  requireOpen(pr);
  if (ctx.caller.arn === pr.authorArn) throw approvalErrors.authorCannotApprove();
  if (state === 'APPROVE') pr.approvals[ctx.caller.arn] = pr.revisionId;
  else delete pr.approvals[ctx.caller.arn];
  pullRequestChanged(ctx, pr, 'pullRequestApprovalStateChanged', 'PULL_REQUEST_APPROVAL_STATE_CHANGED', {
    detail: { approvalStatus: state },
    metadata: { approvalStateChangedEventMetadata: { revisionId: pr.revisionId, approvalStatus: state } },
  });
  return {};
};

export const EvaluatePullRequestApprovalRules: Operation = (ctx, input) => {
  const pr = requirePullRequest(ctx, input);
  requireCurrentRevision(pr, input);
  return { evaluation: { revisionId: pr.revisionId, ...evaluate(ctx, pr) } };
};

export const GetPullRequestApprovalStates: Operation = (ctx, input) => {
  const pr = requirePullRequest(ctx, input);
  const revisionId = requiredString(
    input,
    'revisionId',
    () => new AwsError('RevisionIdRequiredException', 'A revision ID is required, but was not provided.'),
  );
  return {
    approvals: Object.entries(pr.approvals)
      .filter(([, revision]) => revision === revisionId)
      .map(([userArn]) => ({ userArn, approvalState: 'APPROVE' })),
  };
};

export const OverridePullRequestApprovalRules: Operation = (ctx, input) => {
  const pr = requirePullRequest(ctx, input);
  requireCurrentRevision(pr, input);
  const status = requiredString(input, 'overrideStatus', approvalErrors.overrideStatusRequired);
  if (status !== 'OVERRIDE' && status !== 'REVOKE') throw approvalErrors.invalidOverrideStatus(status);
  requireOpen(pr);
  const overridden = pr.override?.revisionId === pr.revisionId;
  if ((status === 'OVERRIDE') === overridden) throw approvalErrors.overrideAlreadySet(status);
  if (status === 'OVERRIDE') pr.override = { overrider: ctx.caller.arn, revisionId: pr.revisionId };
  else delete pr.override;
  pullRequestChanged(ctx, pr, 'pullRequestApprovalRuleOverridden', 'PULL_REQUEST_APPROVAL_RULE_OVERRIDDEN', {
    detail: { overrideStatus: status },
    metadata: { approvalRuleOverriddenEventMetadata: { revisionId: pr.revisionId, overrideStatus: status } },
  });
  return {};
};

export const GetPullRequestOverrideState: Operation = (ctx, input) => {
  const pr = requirePullRequest(ctx, input);
  requireCurrentRevision(pr, input);
  const overridden = pr.override?.revisionId === pr.revisionId;
  return { overridden, ...(overridden && pr.override && { overrider: pr.override.overrider }) };
};

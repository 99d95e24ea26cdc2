import {
  AssociateApprovalRuleTemplateWithRepositoryCommand,
  CodeCommitClient,
  CreateApprovalRuleTemplateCommand,
  CreatePullRequestApprovalRuleCommand,
  CreatePullRequestCommand,
  DescribePullRequestEventsCommand,
  EvaluatePullRequestApprovalRulesCommand,
  GetCommentsForPullRequestCommand,
  GetMergeConflictsCommand,
  GetPullRequestOverrideStateCommand,
  GetPullRequestApprovalStatesCommand,
  GetPullRequestCommand,
  GetRepositoryTriggersCommand,
  ListApprovalRuleTemplatesCommand,
  ListPullRequestsCommand,
  MergePullRequestByFastForwardCommand,
  MergePullRequestBySquashCommand,
  MergePullRequestByThreeWayCommand,
  OverrideAlreadySetException,
  OverridePullRequestApprovalRulesCommand,
  PostCommentForPullRequestCommand,
  PullRequestApprovalRulesNotSatisfiedException,
  PullRequestCannotBeApprovedByAuthorException,
  PutRepositoryTriggersCommand,
  UpdatePullRequestApprovalStateCommand,
  UpdatePullRequestDescriptionCommand,
  UpdatePullRequestTitleCommand,
  UpdatePullRequestStatusCommand,
} from '@aws-sdk/client-codecommit';
import { describe, expect, it } from 'vitest';
import { accessKeyIdFor } from '../../src/engine/iam/principals';
import { scenario } from '../../src/engine/testing/driver';
import { rejection, sdkConfig, serveMockAws } from '../../test/mock-aws';

const author = { name: 'Ana', email: 'ana@example.com' };
serveMockAws(() =>
  JSON.stringify(
    scenario({
      account: {
        accountId: '123456789012',
        region: 'us-east-1',
        iam: { users: [{ userName: 'ana' }, { userName: 'ben' }] },
        codecommit: {
          repositories: [
            {
              name: 'app',
              commits: [
                { message: 'init', author, files: { 'a.txt': 'a\n' } },
                { branch: 'feature', message: 'feature', author, files: { 'b.txt': 'b\n' } },
                { branch: 'other', message: 'other', author, files: { 'c.txt': 'c\n' } },
              ],
            },
          ],
        },
      },
    }),
  ),
);

const clientAs = (user: string) =>
  new CodeCommitClient({
    ...sdkConfig('codecommit'),
    credentials: { accessKeyId: accessKeyIdFor('user', user), secretAccessKey: 'simulated' },
  });
const ana = clientAs('ana');
const ben = clientAs('ben');

const openPullRequest = (sourceReference: string) =>
  ana.send(
    new CreatePullRequestCommand({
      title: `Merge ${sourceReference}`,
      targets: [{ repositoryName: 'app', sourceReference, destinationReference: 'main' }],
    }),
  );

/** Ana adds a rule "Needs one": one approval from anyone. */
const requireOneApproval = (pullRequestId: string | undefined) =>
  ana.send(
    new CreatePullRequestApprovalRuleCommand({
      pullRequestId,
      approvalRuleName: 'Needs one',
      approvalRuleContent: JSON.stringify({
        Version: '2018-11-08',
        Statements: [{ Type: 'Approvers', NumberOfApprovalsNeeded: 1 }],
      }),
    }),
  );

describe('CodeCommit pull requests through @aws-sdk/client-codecommit', () => {
  it('opens, approves as another user, and merges by fast-forward', async () => {
    const { pullRequest } = await openPullRequest('feature');
    const pullRequestId = pullRequest?.pullRequestId;
    const revisionId = pullRequest?.revisionId;
    expect(pullRequest?.authorArn).toBe('arn:aws:iam::123456789012:user/ana');
    await requireOneApproval(pullRequestId);
    expect(
      await rejection(ana.send(new MergePullRequestByFastForwardCommand({ pullRequestId, repositoryName: 'app' }))),
    ).toBeInstanceOf(PullRequestApprovalRulesNotSatisfiedException);
    expect(
      await rejection(
        ana.send(new UpdatePullRequestApprovalStateCommand({ pullRequestId, revisionId, approvalState: 'APPROVE' })),
      ),
    ).toBeInstanceOf(PullRequestCannotBeApprovedByAuthorException);
    await ben.send(new UpdatePullRequestApprovalStateCommand({ pullRequestId, revisionId, approvalState: 'APPROVE' }));
    const states = await ana.send(new GetPullRequestApprovalStatesCommand({ pullRequestId, revisionId }));
    expect(states.approvals).toEqual([{ userArn: 'arn:aws:iam::123456789012:user/ben', approvalState: 'APPROVE' }]);
    const evaluation = await ana.send(new EvaluatePullRequestApprovalRulesCommand({ pullRequestId, revisionId }));
    expect(evaluation.evaluation).toMatchObject({ approved: true, approvalRulesSatisfied: ['Needs one'] });
    const merged = await ana.send(new MergePullRequestByFastForwardCommand({ pullRequestId, repositoryName: 'app' }));
    expect(merged.pullRequest?.pullRequestTargets?.[0]?.mergeMetadata).toMatchObject({
      isMerged: true,
      mergeOption: 'FAST_FORWARD_MERGE',
    });
    const events = await ana.send(new DescribePullRequestEventsCommand({ pullRequestId }));
    expect(events.pullRequestEvents?.map((e) => e.pullRequestEventType)).toEqual([
      'PULL_REQUEST_CREATED',
      'PULL_REQUEST_APPROVAL_RULE_CREATED',
      'PULL_REQUEST_APPROVAL_STATE_CHANGED',
      'PULL_REQUEST_MERGE_STATE_CHANGED',
    ]);
  });

  it('overrides the approval rules and revokes the override; edits title and description', async () => {
    const { pullRequest } = await openPullRequest('feature');
    const pullRequestId = pullRequest?.pullRequestId;
    const revisionId = pullRequest?.revisionId;
    await requireOneApproval(pullRequestId);
    await ben.send(
      new OverridePullRequestApprovalRulesCommand({ pullRequestId, revisionId, overrideStatus: 'OVERRIDE' }),
    );
    expect(await ana.send(new GetPullRequestOverrideStateCommand({ pullRequestId, revisionId }))).toMatchObject({
      overridden: true,
      overrider: 'arn:aws:iam::123456789012:user/ben',
    });
    const again = await rejection(
      ana.send(new OverridePullRequestApprovalRulesCommand({ pullRequestId, revisionId, overrideStatus: 'OVERRIDE' })),
    );
    expect(again).toBeInstanceOf(OverrideAlreadySetException);
    await ben.send(
      new OverridePullRequestApprovalRulesCommand({ pullRequestId, revisionId, overrideStatus: 'REVOKE' }),
    );
    expect(await ana.send(new GetPullRequestOverrideStateCommand({ pullRequestId, revisionId }))).toMatchObject({
      overridden: false,
    });
    expect(
      await rejection(ana.send(new MergePullRequestByFastForwardCommand({ pullRequestId, repositoryName: 'app' }))),
    ).toBeInstanceOf(PullRequestApprovalRulesNotSatisfiedException);

    const titled = await ana.send(new UpdatePullRequestTitleCommand({ pullRequestId, title: 'Feature, reviewed' }));
    expect(titled.pullRequest?.title).toBe('Feature, reviewed');
    const described = await ana.send(
      new UpdatePullRequestDescriptionCommand({ pullRequestId, description: 'Adds b.txt.' }),
    );
    expect(described.pullRequest?.description).toBe('Adds b.txt.');
    const events = await ana.send(new DescribePullRequestEventsCommand({ pullRequestId }));
    expect(events.pullRequestEvents?.map((e) => e.pullRequestEventType)).toEqual([
      'PULL_REQUEST_CREATED',
      'PULL_REQUEST_APPROVAL_RULE_CREATED',
      'PULL_REQUEST_APPROVAL_RULE_OVERRIDDEN',
      'PULL_REQUEST_APPROVAL_RULE_OVERRIDDEN',
    ]);
  });

  it('squashes or three-way merges diverged branches, and reports merge conflicts', async () => {
    const first = (await openPullRequest('feature')).pullRequest;
    const second = (await openPullRequest('other')).pullRequest;
    await ana.send(
      new MergePullRequestBySquashCommand({
        pullRequestId: first?.pullRequestId,
        repositoryName: 'app',
        commitMessage: 'Squashed',
      }),
    );
    const conflicts = await ana.send(
      new GetMergeConflictsCommand({
        repositoryName: 'app',
        destinationCommitSpecifier: 'main',
        sourceCommitSpecifier: 'other',
        mergeOption: 'THREE_WAY_MERGE',
      }),
    );
    expect(conflicts).toMatchObject({ mergeable: true, conflictMetadataList: [] });
    const merged = await ana.send(
      new MergePullRequestByThreeWayCommand({ pullRequestId: second?.pullRequestId, repositoryName: 'app' }),
    );
    expect(merged.pullRequest?.pullRequestTargets?.[0]?.mergeMetadata?.mergeOption).toBe('THREE_WAY_MERGE');
  });

  it('lists, comments, closes, and applies templates', async () => {
    await ana.send(
      new CreateApprovalRuleTemplateCommand({
        approvalRuleTemplateName: 'main-review',
        approvalRuleTemplateContent: JSON.stringify({
          Version: '2018-11-08',
          DestinationReferences: ['refs/heads/main'],
          Statements: [{ Type: 'Approvers', NumberOfApprovalsNeeded: 1 }],
        }),
      }),
    );
    await ana.send(
      new AssociateApprovalRuleTemplateWithRepositoryCommand({
        approvalRuleTemplateName: 'main-review',
        repositoryName: 'app',
      }),
    );
    expect((await ana.send(new ListApprovalRuleTemplatesCommand({}))).approvalRuleTemplateNames).toEqual([
      'main-review',
    ]);
    const { pullRequest } = await openPullRequest('feature');
    const pullRequestId = pullRequest?.pullRequestId;
    expect(pullRequest?.approvalRules?.map((r) => r.originApprovalRuleTemplate?.approvalRuleTemplateName)).toEqual([
      'main-review',
    ]);
    const target = pullRequest?.pullRequestTargets?.[0];
    await ben.send(
      new PostCommentForPullRequestCommand({
        pullRequestId,
        repositoryName: 'app',
        beforeCommitId: target?.destinationCommit,
        afterCommitId: target?.sourceCommit,
        content: 'Please add a test',
      }),
    );
    const comments = await ana.send(new GetCommentsForPullRequestCommand({ pullRequestId }));
    expect(comments.commentsForPullRequestData?.[0]?.comments?.[0]?.content).toBe('Please add a test');
    expect((await ana.send(new ListPullRequestsCommand({ repositoryName: 'app' }))).pullRequestIds).toEqual([
      pullRequestId,
    ]);
    await ana.send(new UpdatePullRequestStatusCommand({ pullRequestId, pullRequestStatus: 'CLOSED' }));
    expect((await ana.send(new GetPullRequestCommand({ pullRequestId }))).pullRequest?.pullRequestStatus).toBe(
      'CLOSED',
    );
  });

  it('stores repository triggers', async () => {
    const put = await ana.send(
      new PutRepositoryTriggersCommand({
        repositoryName: 'app',
        triggers: [
          {
            name: 'to-lambda',
            destinationArn: 'arn:aws:lambda:us-east-1:123456789012:function:notify',
            events: ['all'],
          },
        ],
      }),
    );
    const got = await ana.send(new GetRepositoryTriggersCommand({ repositoryName: 'app' }));
    expect(got).toMatchObject({
      configurationId: put.configurationId,
      triggers: [{ name: 'to-lambda', events: ['all'] }],
    });
  });
});

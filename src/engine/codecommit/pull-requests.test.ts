import { describe, expect, it } from 'vitest';
import type { Command } from '../core/simulation';
import { accessKeyIdFor } from '../iam/principals';
import { SimDriver, scenario } from '../testing/driver';

const author = { name: 'Ana', email: 'ana@example.com' };
const b64 = (text: string) => Buffer.from(text).toString('base64');

function world() {
  const sim = SimDriver.from(
    scenario({
      account: {
        accountId: '123456789012',
        region: 'us-east-1',
        iam: { users: [{ userName: 'ana' }, { userName: 'ben' }, { userName: 'cleo' }] },
        codecommit: {
          repositories: [
            {
              name: 'app',
              commits: [
                { message: 'init', author, files: { 'a.txt': 'one\ntwo\nthree\nfour\nfive\n', 'b.txt': 'b\n' } },
                {
                  branch: 'feature',
                  message: 'feature work',
                  author,
                  files: { 'a.txt': 'one\nTWO\nthree\nfour\nfive\n' },
                },
              ],
            },
          ],
        },
      },
    }),
  );
  const as = (user: string, operation: string, input: Command['input']) => {
    const result = sim.sim.execute({
      service: 'codecommit',
      operation,
      input,
      accessKeyId: accessKeyIdFor('user', user),
    });
    if (result.ok) sim.log.push(...result.events.map((e) => ({ ...e }) as never));
    return result;
  };
  const ok = <T = Record<string, unknown>>(user: string, operation: string, input: Command['input']): T => {
    const result = as(user, operation, input);
    if (!result.ok) throw new Error(`${operation}: ${result.error.type}: ${result.error.message}`);
    return result.output as T;
  };
  const errorOf = (user: string, operation: string, input: Command['input']) => {
    const result = as(user, operation, input);
    return result.ok ? undefined : result.error;
  };
  return { sim, ok, errorOf };
}

interface Pr {
  pullRequestId: string;
  revisionId: string;
  pullRequestStatus: string;
  authorArn: string;
  pullRequestTargets: {
    sourceCommit: string;
    destinationCommit: string;
    mergeMetadata: { isMerged: boolean; mergeOption?: string };
  }[];
}

const open = (w: ReturnType<typeof world>) =>
  w.ok<{ pullRequest: Pr }>('ana', 'CreatePullRequest', {
    title: 'Shout two',
    description: 'Makes two louder',
    targets: [{ repositoryName: 'app', sourceReference: 'feature', destinationReference: 'main' }],
  }).pullRequest;

describe('pull requests', () => {
  it('opens a pull request as the caller, numbered from 1, with the branch tips', () => {
    const w = world();
    const pr = open(w);
    expect(pr).toMatchObject({
      pullRequestId: '1',
      pullRequestStatus: 'OPEN',
      authorArn: 'arn:aws:iam::123456789012:user/ana',
    });
    const tips = w.sim.sim.world.account.codecommit.repositories.app?.branches;
    expect(pr.pullRequestTargets[0]).toMatchObject({ sourceCommit: tips?.feature, destinationCommit: tips?.main });
    expect(
      w.ok<{ pullRequestIds: string[] }>('ben', 'ListPullRequests', {
        repositoryName: 'app',
        pullRequestStatus: 'OPEN',
      }).pullRequestIds,
    ).toEqual(['1']);
  });

  it('refuses the same branch on both sides and unknown branches', () => {
    const w = world();
    const target = (s: string, d: string) => ({
      title: 't',
      targets: [{ repositoryName: 'app', sourceReference: s, destinationReference: d }],
    });
    expect(w.errorOf('ana', 'CreatePullRequest', target('main', 'main'))?.type).toBe(
      'SourceAndDestinationAreSameException',
    );
    expect(w.errorOf('ana', 'CreatePullRequest', target('nope', 'main'))?.type).toBe('ReferenceDoesNotExistException');
    expect(w.errorOf('ana', 'CreatePullRequest', { targets: [] })?.type).toBe('TitleRequiredException');
  });

  it('blocks the merge until the approval rule is met, and the author cannot approve', () => {
    const w = world();
    const pr = open(w);
    w.ok('ana', 'CreatePullRequestApprovalRule', {
      pullRequestId: '1',
      approvalRuleName: 'Two reviewers',
      approvalRuleContent: JSON.stringify({
        Version: '2018-11-08',
        Statements: [
          {
            Type: 'Approvers',
            NumberOfApprovalsNeeded: 2,
            ApprovalPoolMembers: ['CodeCommitApprovers:123456789012:*'],
          },
        ],
      }),
    });
    const merge = { pullRequestId: '1', repositoryName: 'app' };
    expect(w.errorOf('ana', 'MergePullRequestByFastForward', merge)).toMatchObject({
      type: 'PullRequestApprovalRulesNotSatisfiedException',
      message: expect.stringContaining('Two reviewers'),
    });
    const approve = (user: string) =>
      w.ok(user, 'UpdatePullRequestApprovalState', {
        pullRequestId: '1',
        revisionId: pr.revisionId,
        approvalState: 'APPROVE',
      });
    expect(
      w.errorOf('ana', 'UpdatePullRequestApprovalState', {
        pullRequestId: '1',
        revisionId: pr.revisionId,
        approvalState: 'APPROVE',
      })?.type,
    ).toBe('PullRequestCannotBeApprovedByAuthorException');
    approve('ben');
    expect(
      w.ok<{ evaluation: Record<string, unknown> }>('ana', 'EvaluatePullRequestApprovalRules', {
        pullRequestId: '1',
        revisionId: pr.revisionId,
      }).evaluation,
    ).toMatchObject({
      approved: false,
      approvalRulesNotSatisfied: ['Two reviewers'],
    });
    approve('cleo');
    const merged = w.ok<{ pullRequest: Pr }>('ana', 'MergePullRequestByFastForward', merge).pullRequest;
    expect(merged.pullRequestStatus).toBe('CLOSED');
    expect(merged.pullRequestTargets[0]?.mergeMetadata).toMatchObject({
      isMerged: true,
      mergeOption: 'FAST_FORWARD_MERGE',
    });
    expect(w.sim.sim.world.account.codecommit.repositories.app?.branches.main).toBe(
      pr.pullRequestTargets[0]?.sourceCommit,
    );
  });

  it('resets approvals when the source branch moves, with a new revision', () => {
    const w = world();
    const pr = open(w);
    w.ok('ana', 'CreatePullRequestApprovalRule', {
      pullRequestId: '1',
      approvalRuleName: 'One',
      approvalRuleContent: JSON.stringify({
        Version: '2018-11-08',
        Statements: [{ Type: 'Approvers', NumberOfApprovalsNeeded: 1 }],
      }),
    });
    w.ok('ben', 'UpdatePullRequestApprovalState', {
      pullRequestId: '1',
      revisionId: pr.revisionId,
      approvalState: 'APPROVE',
    });
    w.ok('ana', 'PutFile', {
      repositoryName: 'app',
      branchName: 'feature',
      parentCommitId: pr.pullRequestTargets[0]?.sourceCommit,
      filePath: 'c.txt',
      fileContent: b64('c\n'),
    });
    const updated = w.ok<{ pullRequest: Pr }>('ana', 'GetPullRequest', { pullRequestId: '1' }).pullRequest;
    expect(updated.revisionId).not.toBe(pr.revisionId);
    expect(
      w.errorOf('ana', 'EvaluatePullRequestApprovalRules', { pullRequestId: '1', revisionId: pr.revisionId })?.type,
    ).toBe('RevisionNotCurrentException');
    expect(
      w.ok<{ evaluation: { approved: boolean } }>('ana', 'EvaluatePullRequestApprovalRules', {
        pullRequestId: '1',
        revisionId: updated.revisionId,
      }).evaluation.approved,
    ).toBe(false);
    expect(w.sim.log.map((e) => (e as unknown as { detail: { event: string } }).detail.event)).toContain(
      'pullRequestSourceBranchUpdated',
    );
  });

  it('creates rules from templates associated with the repository for matching destinations', () => {
    const w = world();
    w.ok('ana', 'CreateApprovalRuleTemplate', {
      approvalRuleTemplateName: 'main-needs-ben',
      approvalRuleTemplateContent: JSON.stringify({
        Version: '2018-11-08',
        DestinationReferences: ['refs/heads/main'],
        Statements: [
          {
            Type: 'Approvers',
            NumberOfApprovalsNeeded: 1,
            ApprovalPoolMembers: ['arn:aws:iam::123456789012:user/ben'],
          },
        ],
      }),
    });
    w.ok('ana', 'AssociateApprovalRuleTemplateWithRepository', {
      approvalRuleTemplateName: 'main-needs-ben',
      repositoryName: 'app',
    });
    const pr = open(w);
    const rules = w.ok<{
      pullRequest: { approvalRules: { approvalRuleName: string; originApprovalRuleTemplate?: unknown }[] };
    }>('ana', 'GetPullRequest', {
      pullRequestId: pr.pullRequestId,
    }).pullRequest.approvalRules;
    expect(rules.map((r) => r.approvalRuleName)).toEqual(['main-needs-ben']);
    w.ok('cleo', 'UpdatePullRequestApprovalState', {
      pullRequestId: '1',
      revisionId: pr.revisionId,
      approvalState: 'APPROVE',
    });
    expect(w.errorOf('ana', 'MergePullRequestBySquash', { pullRequestId: '1', repositoryName: 'app' })?.type).toBe(
      'PullRequestApprovalRulesNotSatisfiedException',
    );
    w.ok('ben', 'UpdatePullRequestApprovalState', {
      pullRequestId: '1',
      revisionId: pr.revisionId,
      approvalState: 'APPROVE',
    });
    expect(
      w.ok<{ pullRequest: Pr }>('ana', 'MergePullRequestBySquash', { pullRequestId: '1', repositoryName: 'app' })
        .pullRequest.pullRequestStatus,
    ).toBe('CLOSED');
  });

  it('detects a conflict instead of resolving it, at file level; line level merges separate lines', () => {
    const w = world();
    const tips = () => w.sim.sim.world.account.codecommit.repositories.app?.branches ?? {};
    w.ok('ana', 'PutFile', {
      repositoryName: 'app',
      branchName: 'main',
      parentCommitId: tips().main,
      filePath: 'a.txt',
      fileContent: b64('one\ntwo\nthree\nfour\nFIVE\n'),
    });
    open(w);
    const merge = { pullRequestId: '1', repositoryName: 'app' };
    expect(w.errorOf('ana', 'MergePullRequestByFastForward', merge)?.type).toBe('ManualMergeRequiredException');
    expect(w.errorOf('ana', 'MergePullRequestByThreeWay', merge)).toMatchObject({
      type: 'ManualMergeRequiredException',
      message: expect.stringContaining('a.txt'),
    });
    const conflicts = w.ok<{ mergeable: boolean; conflictMetadataList: { filePath: string }[] }>(
      'ana',
      'GetMergeConflicts',
      {
        repositoryName: 'app',
        sourceCommitSpecifier: 'feature',
        destinationCommitSpecifier: 'main',
        mergeOption: 'THREE_WAY_MERGE',
      },
    );
    expect(conflicts).toMatchObject({ mergeable: false, conflictMetadataList: [{ filePath: 'a.txt' }] });

    const merged = w.ok<{ pullRequest: Pr }>('ana', 'MergePullRequestByThreeWay', {
      ...merge,
      conflictDetailLevel: 'LINE_LEVEL',
    }).pullRequest;
    const file = w.ok<{ fileContent: string }>('ana', 'GetFile', { repositoryName: 'app', filePath: 'a.txt' });
    expect(Buffer.from(file.fileContent, 'base64').toString()).toBe('one\nTWO\nthree\nfour\nFIVE\n');
    const mergeCommit = merged.pullRequestTargets[0]?.mergeMetadata as { mergeCommitId?: string };
    const { commit } = w.ok<{ commit: { parents: string[] } }>('ana', 'GetCommit', {
      repositoryName: 'app',
      commitId: mergeCommit.mergeCommitId,
    });
    expect(commit.parents).toHaveLength(2);
  });

  it('closes a pull request only from OPEN to CLOSED, and comments on it', () => {
    const w = world();
    const pr = open(w);
    const t = pr.pullRequestTargets[0];
    w.ok('ben', 'PostCommentForPullRequest', {
      pullRequestId: '1',
      repositoryName: 'app',
      beforeCommitId: t?.destinationCommit,
      afterCommitId: t?.sourceCommit,
      content: 'Looks <b>good</b>',
      location: { filePath: 'a.txt', filePosition: 2, relativeFileVersion: 'AFTER' },
    });
    const comments = w.ok<{ commentsForPullRequestData: { comments: { content: string }[] }[] }>(
      'ana',
      'GetCommentsForPullRequest',
      { pullRequestId: '1' },
    );
    expect(comments.commentsForPullRequestData[0]?.comments[0]?.content).toBe('Looks <b>good</b>');
    w.ok('ana', 'UpdatePullRequestStatus', { pullRequestId: '1', pullRequestStatus: 'CLOSED' });
    expect(w.errorOf('ana', 'UpdatePullRequestStatus', { pullRequestId: '1', pullRequestStatus: 'OPEN' })?.type).toBe(
      'InvalidPullRequestStatusUpdateException',
    );
    const events = w.ok<{ pullRequestEvents: { pullRequestEventType: string }[] }>('ana', 'DescribePullRequestEvents', {
      pullRequestId: '1',
    });
    expect(events.pullRequestEvents.map((e) => e.pullRequestEventType)).toEqual([
      'PULL_REQUEST_CREATED',
      'PULL_REQUEST_STATUS_CHANGED',
    ]);
  });
});

describe('repository triggers', () => {
  it('deliver the SNS/Lambda payload on matching reference changes', () => {
    const w = world();
    w.ok('ana', 'PutRepositoryTriggers', {
      repositoryName: 'app',
      triggers: [
        {
          name: 'notify',
          destinationArn: 'arn:aws:sns:us-east-1:123456789012:builds',
          branches: ['main'],
          events: ['updateReference'],
          customData: 'hi',
        },
      ],
    });
    expect(
      w.errorOf('ana', 'PutRepositoryTriggers', {
        repositoryName: 'app',
        triggers: [{ name: 'x', destinationArn: 'arn:aws:s3:::b', events: ['all'] }],
      })?.type,
    ).toBe('InvalidRepositoryTriggerDestinationArnException');
    const tips = w.sim.sim.world.account.codecommit.repositories.app?.branches ?? {};
    const result = w.sim.sim.execute({
      service: 'codecommit',
      operation: 'PutFile',
      input: {
        repositoryName: 'app',
        branchName: 'main',
        parentCommitId: tips.main,
        filePath: 'y',
        fileContent: b64('y'),
      },
    });
    expect(result.ok && result.events.map((e) => e.detailType)).toEqual([
      'CodeCommit Repository State Change',
      'Repository Trigger Invoked',
    ]);
    const invoked = result.ok ? result.events[1]?.detail : undefined;
    expect(invoked).toMatchObject({
      destinationArn: 'arn:aws:sns:us-east-1:123456789012:builds',
      payload: {
        Records: [
          {
            eventSource: 'aws:codecommit',
            eventName: 'ReferenceChanges',
            customData: 'hi',
            codecommit: { references: [{ ref: 'refs/heads/main' }] },
          },
        ],
      },
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { PullRequestEvent } from '../../../api/codecommit/pull-request-types';
import { toActivityRows } from './activity-rows';
import { principalName } from './principal-name';

const base = { pullRequestId: '1', eventDate: 1_770_000_000 };
const ana = 'arn:aws:iam::123456789012:user/ana';
const ben = 'arn:aws:iam::123456789012:user/ben';

describe('toActivityRows', () => {
  it('says who did what, oldest first', () => {
    const events: PullRequestEvent[] = [
      {
        ...base,
        eventDate: base.eventDate + 60,
        pullRequestEventType: 'PULL_REQUEST_APPROVAL_STATE_CHANGED',
        actorArn: ben,
        approvalStateChangedEventMetadata: { revisionId: 'r1', approvalStatus: 'APPROVE' },
      },
      {
        ...base,
        pullRequestEventType: 'PULL_REQUEST_CREATED',
        actorArn: ana,
        pullRequestCreatedEventMetadata: {
          repositoryName: 'shop-api',
          sourceCommitId: 's',
          destinationCommitId: 'd',
          mergeBase: 'b',
        },
      },
      {
        ...base,
        eventDate: base.eventDate + 120,
        pullRequestEventType: 'PULL_REQUEST_MERGE_STATE_CHANGED',
        actorArn: ana,
        pullRequestMergedStateChangedEventMetadata: {
          repositoryName: 'shop-api',
          destinationReference: 'refs/heads/main',
          mergeMetadata: { isMerged: true, mergeOption: 'FAST_FORWARD_MERGE', mergeCommitId: 's' },
        },
      },
    ];
    expect(toActivityRows(events).map((r) => [r.actor, r.summary, r.at])).toEqual([
      ['ana', 'opened the pull request', 1_770_000_000_000],
      ['ben', 'approved the pull request', 1_770_000_060_000],
      ['ana', 'merged the pull request by fast-forward', 1_770_000_120_000],
    ]);
    expect(toActivityRows(events)[1]?.details).toEqual([{ label: 'Revision', value: 'r1' }]);
  });

  it('names rules, closes, revokes and unknown types', () => {
    const rows = toActivityRows([
      {
        ...base,
        pullRequestEventType: 'PULL_REQUEST_APPROVAL_RULE_CREATED',
        actorArn: ana,
        approvalRuleEventMetadata: { approvalRuleName: 'Needs one', approvalRuleContent: '{}' },
      },
      {
        ...base,
        pullRequestEventType: 'PULL_REQUEST_APPROVAL_STATE_CHANGED',
        actorArn: 'arn:aws:sts::123456789012:assumed-role/Review/cicdlab',
        approvalStateChangedEventMetadata: { revisionId: 'r', approvalStatus: 'REVOKE' },
      },
      {
        ...base,
        pullRequestEventType: 'PULL_REQUEST_STATUS_CHANGED',
        actorArn: ana,
        pullRequestStatusChangedEventMetadata: { pullRequestStatus: 'CLOSED' },
      },
      { ...base, pullRequestEventType: 'SOMETHING_NEW', actorArn: ana },
    ]);
    expect(rows.map((r) => `${r.actor} ${r.summary}`)).toEqual([
      'ana created the approval rule Needs one',
      'Review/cicdlab revoked their approval',
      'ana closed the pull request',
      'ana SOMETHING_NEW',
    ]);
  });
});

describe('principalName', () => {
  it('shortens user and assumed-role ARNs and keeps anything else', () => {
    expect(principalName(ana)).toBe('ana');
    expect(principalName('arn:aws:sts::123456789012:assumed-role/Review/cicdlab')).toBe('Review/cicdlab');
    expect(principalName('someone')).toBe('someone');
  });
});

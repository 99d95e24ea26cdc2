import type { PullRequestEvent } from '../../../api/codecommit/pull-request-types';
import { principalName } from './principal-name';

export interface ActivityRow {
  key: string;
  /** Epoch milliseconds. */
  at: number;
  actor: string;
  /** What happened, as a sentence without the actor: "approved the pull request". */
  summary: string;
  /** The API's event type, for the curious (and for tests). */
  type: string;
  /** Extra facts: commit IDs, the rule's content. */
  details: { label: string; value: string }[];
}

const MERGE_WORDS: Record<string, string> = {
  FAST_FORWARD_MERGE: 'by fast-forward',
  SQUASH_MERGE: 'by squash',
  THREE_WAY_MERGE: 'by three-way merge',
};

function describe(e: PullRequestEvent): Pick<ActivityRow, 'summary' | 'details'> {
  switch (e.pullRequestEventType) {
    case 'PULL_REQUEST_CREATED': {
      const m = e.pullRequestCreatedEventMetadata;
      return {
        summary: 'opened the pull request',
        details: m
          ? [
              { label: 'Source commit', value: m.sourceCommitId },
              { label: 'Destination commit', value: m.destinationCommitId },
              ...(m.mergeBase ? [{ label: 'Merge base', value: m.mergeBase }] : []),
            ]
          : [],
      };
    }
    case 'PULL_REQUEST_STATUS_CHANGED':
      return {
        summary:
          e.pullRequestStatusChangedEventMetadata?.pullRequestStatus === 'CLOSED'
            ? 'closed the pull request'
            : 'reopened the pull request',
        details: [],
      };
    case 'PULL_REQUEST_SOURCE_REFERENCE_UPDATED': {
      const m = e.pullRequestSourceReferenceUpdatedEventMetadata;
      return {
        summary: 'updated the source branch',
        details: m
          ? [
              { label: 'Before', value: m.beforeCommitId },
              { label: 'After', value: m.afterCommitId },
            ]
          : [],
      };
    }
    case 'PULL_REQUEST_MERGE_STATE_CHANGED': {
      const merge = e.pullRequestMergedStateChangedEventMetadata?.mergeMetadata;
      const how = merge?.mergeOption ? ` ${MERGE_WORDS[merge.mergeOption] ?? merge.mergeOption}` : '';
      return {
        summary: `merged the pull request${how}`,
        details: merge?.mergeCommitId ? [{ label: 'Merge commit', value: merge.mergeCommitId }] : [],
      };
    }
    case 'PULL_REQUEST_APPROVAL_RULE_CREATED':
    case 'PULL_REQUEST_APPROVAL_RULE_UPDATED':
    case 'PULL_REQUEST_APPROVAL_RULE_DELETED': {
      const m = e.approvalRuleEventMetadata;
      const verb = e.pullRequestEventType.endsWith('CREATED')
        ? 'created'
        : e.pullRequestEventType.endsWith('UPDATED')
          ? 'updated'
          : 'deleted';
      return {
        summary: `${verb} the approval rule ${m?.approvalRuleName ?? ''}`.trim(),
        details: m?.approvalRuleContent ? [{ label: 'Rule content', value: m.approvalRuleContent }] : [],
      };
    }
    case 'PULL_REQUEST_APPROVAL_RULE_OVERRIDDEN':
      return {
        summary:
          e.approvalRuleOverriddenEventMetadata?.overrideStatus === 'REVOKE'
            ? 'revoked the override of the approval rules'
            : 'overrode the approval rules',
        details: [],
      };
    case 'PULL_REQUEST_APPROVAL_STATE_CHANGED': {
      const m = e.approvalStateChangedEventMetadata;
      return {
        summary: m?.approvalStatus === 'REVOKE' ? 'revoked their approval' : 'approved the pull request',
        details: m ? [{ label: 'Revision', value: m.revisionId }] : [],
      };
    }
    default:
      return { summary: e.pullRequestEventType, details: [] };
  }
}

/** DescribePullRequestEvents as a timeline, oldest first, each line "who did what, when". */
export function toActivityRows(events: PullRequestEvent[]): ActivityRow[] {
  return events
    .map((e, i) => ({
      key: `${i}-${e.pullRequestEventType}`,
      at: e.eventDate * 1000,
      actor: principalName(e.actorArn),
      type: e.pullRequestEventType,
      ...describe(e),
    }))
    .sort((a, b) => a.at - b.at);
}

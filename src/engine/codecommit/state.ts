import type { SimMillis } from '../core/time';
import type { ObjectId, ObjectStore } from './git-objects';

export interface Repository {
  repositoryId: string;
  repositoryName: string;
  repositoryDescription?: string;
  /** Unset until the first commit creates a branch, as in CodeCommit. */
  defaultBranch?: string;
  creationDate: SimMillis;
  lastModifiedDate: SimMillis;
  /** Branch name → commit ID. */
  branches: Record<string, ObjectId>;
  tags: Record<string, string>;
  objects: ObjectStore;
  triggers: RepositoryTrigger[];
  /** Changes on each PutRepositoryTriggers. */
  triggersConfigurationId: string;
}

/** A repository trigger: notifies an SNS topic or Lambda function of reference changes. */
export interface RepositoryTrigger {
  name: string;
  destinationArn: string;
  customData?: string;
  branches: string[];
  events: ('all' | 'updateReference' | 'createReference' | 'deleteReference')[];
}

/** A new, empty repository (no commits, so no branches and no default branch yet). */
export function newRepository(fields: {
  repositoryId: string;
  repositoryName: string;
  repositoryDescription: string | undefined;
  at: SimMillis;
  tags?: Record<string, string>;
}): Repository {
  return {
    repositoryId: fields.repositoryId,
    repositoryName: fields.repositoryName,
    ...(fields.repositoryDescription !== undefined && { repositoryDescription: fields.repositoryDescription }),
    creationDate: fields.at,
    lastModifiedDate: fields.at,
    branches: {},
    tags: { ...fields.tags },
    objects: { blobs: {}, trees: {}, commits: {} },
    triggers: [],
    triggersConfigurationId: '',
  };
}

export interface CodeCommitState {
  /** Keyed by repository name (names are case-sensitive and unique per account and Region). */
  repositories: Record<string, Repository>;
  /** Keyed by pull request ID; IDs count up from 1 across the account. */
  pullRequests: Record<string, PullRequest>;
  nextPullRequestId: number;
  /** Keyed by template name. */
  approvalRuleTemplates: Record<string, ApprovalRuleTemplate>;
}

export const emptyCodeCommitState = (): CodeCommitState => ({
  repositories: {},
  pullRequests: {},
  nextPullRequestId: 1,
  approvalRuleTemplates: {},
});

export type MergeOption = 'FAST_FORWARD_MERGE' | 'SQUASH_MERGE' | 'THREE_WAY_MERGE';

export interface PullRequestTarget {
  repositoryName: string;
  sourceReference: string;
  destinationReference: string;
  sourceCommit: ObjectId;
  destinationCommit: ObjectId;
  mergeBase?: ObjectId;
  mergeMetadata: { isMerged: boolean; mergedBy?: string; mergeCommitId?: ObjectId; mergeOption?: MergeOption };
}

export interface ApprovalRule {
  approvalRuleId: string;
  approvalRuleName: string;
  approvalRuleContent: string;
  ruleContentSha256: string;
  creationDate: SimMillis;
  lastModifiedDate: SimMillis;
  lastModifiedUser: string;
  originApprovalRuleTemplate?: { approvalRuleTemplateId: string; approvalRuleTemplateName: string };
}

export interface PullRequestComment {
  commentId: string;
  content: string;
  inReplyTo?: string;
  authorArn: string;
  creationDate: SimMillis;
  lastModifiedDate: SimMillis;
  beforeCommitId: ObjectId;
  afterCommitId: ObjectId;
  location?: { filePath: string; filePosition: number; relativeFileVersion: 'BEFORE' | 'AFTER' };
}

/** One entry of the pull request's activity (DescribePullRequestEvents). */
export interface PullRequestActivity {
  eventDate: SimMillis;
  pullRequestEventType: string;
  actorArn: string;
  metadata: Record<string, unknown>;
}

export interface PullRequest {
  pullRequestId: string;
  title: string;
  description?: string;
  creationDate: SimMillis;
  lastActivityDate: SimMillis;
  pullRequestStatus: 'OPEN' | 'CLOSED';
  authorArn: string;
  /** Changes whenever the source branch moves; approvals belong to one revision. */
  revisionId: string;
  clientRequestToken?: string;
  target: PullRequestTarget;
  approvalRules: ApprovalRule[];
  /** Approver ARN → the revision they approved. */
  approvals: Record<string, string>;
  override?: { overrider: string; revisionId: string };
  comments: PullRequestComment[];
  activity: PullRequestActivity[];
}

export interface ApprovalRuleTemplate {
  approvalRuleTemplateId: string;
  approvalRuleTemplateName: string;
  approvalRuleTemplateDescription: string;
  approvalRuleTemplateContent: string;
  ruleContentSha256: string;
  creationDate: SimMillis;
  lastModifiedDate: SimMillis;
  lastModifiedUser: string;
  /** Names of the repositories it is associated with. */
  repositories: string[];
}

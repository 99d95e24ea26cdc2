/** Wire shapes of CodeCommit pull requests, approval rules and templates (CodeCommit_20150413). */
export type PullRequestStatus = 'OPEN' | 'CLOSED';
export type MergeOption = 'FAST_FORWARD_MERGE' | 'SQUASH_MERGE' | 'THREE_WAY_MERGE';
export type ConflictDetailLevel = 'FILE_LEVEL' | 'LINE_LEVEL';
export type ConflictResolutionStrategy = 'NONE' | 'ACCEPT_SOURCE' | 'ACCEPT_DESTINATION' | 'AUTOMERGE';
export type ChangeType = 'A' | 'M' | 'D';

export interface MergeMetadata {
  isMerged: boolean;
  mergedBy?: string;
  mergeCommitId?: string;
  mergeOption?: MergeOption;
}

export interface PullRequestTarget {
  repositoryName: string;
  sourceReference: string;
  destinationReference: string;
  destinationCommit: string;
  sourceCommit: string;
  mergeBase?: string;
  mergeMetadata: MergeMetadata;
}

export interface ApprovalRule {
  approvalRuleId: string;
  approvalRuleName: string;
  approvalRuleContent: string;
  ruleContentSha256: string;
  lastModifiedDate: number;
  creationDate: number;
  lastModifiedUser: string;
  originApprovalRuleTemplate?: { approvalRuleTemplateId: string; approvalRuleTemplateName: string };
}

export interface PullRequest {
  pullRequestId: string;
  title: string;
  description?: string;
  lastActivityDate: number;
  creationDate: number;
  pullRequestStatus: PullRequestStatus;
  authorArn: string;
  pullRequestTargets: PullRequestTarget[];
  clientRequestToken?: string;
  revisionId: string;
  approvalRules: ApprovalRule[];
}

export interface PullRequestEvent {
  pullRequestId: string;
  eventDate: number;
  pullRequestEventType: string;
  actorArn: string;
  pullRequestCreatedEventMetadata?: {
    repositoryName: string;
    sourceCommitId: string;
    destinationCommitId: string;
    mergeBase?: string;
  };
  pullRequestStatusChangedEventMetadata?: { pullRequestStatus: PullRequestStatus };
  pullRequestSourceReferenceUpdatedEventMetadata?: {
    repositoryName: string;
    beforeCommitId: string;
    afterCommitId: string;
    mergeBase?: string;
  };
  pullRequestMergedStateChangedEventMetadata?: {
    repositoryName: string;
    destinationReference: string;
    mergeMetadata: MergeMetadata;
  };
  approvalRuleEventMetadata?: { approvalRuleName?: string; approvalRuleId?: string; approvalRuleContent?: string };
  approvalStateChangedEventMetadata?: { revisionId: string; approvalStatus: 'APPROVE' | 'REVOKE' };
  approvalRuleOverriddenEventMetadata?: { revisionId: string; overrideStatus: 'OVERRIDE' | 'REVOKE' };
}

export interface Evaluation {
  approved: boolean;
  overridden: boolean;
  approvalRulesSatisfied: string[];
  approvalRulesNotSatisfied: string[];
}

export interface Approval {
  userArn: string;
  approvalState: 'APPROVE' | 'REVOKE';
}

export interface Location {
  filePath: string;
  filePosition: number;
  relativeFileVersion: 'BEFORE' | 'AFTER';
}

export interface Comment {
  commentId: string;
  content: string;
  inReplyTo?: string;
  creationDate: number;
  lastModifiedDate: number;
  authorArn: string;
  deleted: boolean;
}

export interface CommentsForPullRequest {
  pullRequestId: string;
  repositoryName: string;
  beforeCommitId: string;
  afterCommitId: string;
  location?: Location;
  comments: Comment[];
}

export interface BlobMetadata {
  blobId: string;
  path: string;
  mode: string;
}

export interface Difference {
  beforeBlob?: BlobMetadata;
  afterBlob?: BlobMetadata;
  changeType: ChangeType;
}

export interface ConflictMetadata {
  filePath: string;
  numberOfConflicts: number;
  contentConflict: boolean;
  fileModeConflict: boolean;
  objectTypeConflict: boolean;
  mergeOperations: { source?: ChangeType; destination?: ChangeType };
}

export interface ApprovalRuleTemplate {
  approvalRuleTemplateId: string;
  approvalRuleTemplateName: string;
  approvalRuleTemplateDescription: string;
  approvalRuleTemplateContent: string;
  ruleContentSha256: string;
  lastModifiedDate: number;
  creationDate: number;
  lastModifiedUser: string;
}

export type TriggerEvent = 'all' | 'updateReference' | 'createReference' | 'deleteReference';

export interface RepositoryTrigger {
  name: string;
  destinationArn: string;
  customData?: string;
  branches: string[];
  events: TriggerEvent[];
}

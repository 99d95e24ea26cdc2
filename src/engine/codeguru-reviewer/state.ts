import type { SimMillis } from '../core/time';

/**
 * CodeGuru Reviewer's slice of the account. Field names follow the CodeGuruReviewer 2019-09-19 wire shapes
 * (PascalCase members, the same enums), so operations return them with little more than time formatting.
 */

export type AssociationState = 'Associated' | 'Associating' | 'Failed' | 'Disassociating' | 'Disassociated';
export type JobState = 'Completed' | 'Pending' | 'Failed' | 'Deleting';
export type Severity = 'Info' | 'Low' | 'Medium' | 'High' | 'Critical';
export type RecommendationCategory =
  | 'AWSBestPractices'
  | 'AWSCloudFormationIssues'
  | 'DuplicateCode'
  | 'CodeMaintenanceIssues'
  | 'ConcurrencyIssues'
  | 'InputValidations'
  | 'PythonBestPractices'
  | 'JavaBestPractices'
  | 'ResourceLeaks'
  | 'SecurityIssues'
  | 'CodeInconsistencies';
export type Reaction = 'ThumbsUp' | 'ThumbsDown';

export interface RepositoryAssociation {
  AssociationId: string;
  AssociationArn: string;
  Name: string;
  Owner: string;
  ProviderType: 'CodeCommit';
  State: AssociationState;
  StateReason: string;
  CreatedTimeStamp: SimMillis;
  LastUpdatedTimeStamp: SimMillis;
  Tags: Record<string, string>;
  ClientRequestToken?: string;
}

export interface RuleMetadata {
  RuleId: string;
  RuleName: string;
  ShortDescription: string;
  LongDescription: string;
  RuleTags: string[];
}

export interface Recommendation {
  RecommendationId: string;
  FilePath: string;
  StartLine: number;
  EndLine: number;
  Description: string;
  RecommendationCategory: RecommendationCategory;
  Severity: Severity;
  RuleMetadata: RuleMetadata;
}

export interface RecommendationFeedback {
  RecommendationId: string;
  UserId: string;
  Reactions: Reaction[];
  CreatedTimeStamp: SimMillis;
  LastUpdatedTimeStamp: SimMillis;
}

/** What was reviewed: a pull request's commits, or the head of a branch. */
export type ReviewedSource =
  | {
      kind: 'CommitDiff';
      SourceCommit: string;
      DestinationCommit: string;
      MergeBaseCommit?: string;
      /** What the changed lines are counted against: the merge base, or the revision reviewed before. */
      comparedWith: string;
    }
  | { kind: 'RepositoryHead'; BranchName: string; Commit?: string };

export interface CodeReview {
  Name: string;
  CodeReviewArn: string;
  RepositoryName: string;
  Owner: string;
  ProviderType: 'CodeCommit';
  State: JobState;
  StateReason: string;
  CreatedTimeStamp: SimMillis;
  LastUpdatedTimeStamp: SimMillis;
  Type: 'PullRequest' | 'RepositoryAnalysis';
  PullRequestId?: string;
  source: ReviewedSource;
  AssociationArn: string;
  AnalysisTypes: ('Security' | 'CodeQuality')[];
  ConfigFileState?: 'Present' | 'Absent' | 'PresentWithErrors';
  Metrics?: { MeteredLinesOfCodeCount: number; SuppressedLinesOfCodeCount: number; FindingsCount: number };
  /** Who asked for it (RequestMetadata.Requester): the caller of CreateCodeReview, or the pull request's actor. */
  Requester: string;
  ClientRequestToken?: string;
  Recommendations: Recommendation[];
  Feedback: RecommendationFeedback[];
}

export interface CodeGuruReviewerState {
  /** By AssociationId. */
  associations: Record<string, RepositoryAssociation>;
  /** By CodeReviewArn, in creation order. */
  codeReviews: Record<string, CodeReview>;
}

export const emptyCodeGuruReviewerState = (): CodeGuruReviewerState => ({ associations: {}, codeReviews: {} });

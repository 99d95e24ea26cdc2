/** CodeGuru Reviewer's wire shapes as the console reads them (timestamps in epoch seconds). */

export type AssociationState = 'Associated' | 'Associating' | 'Failed' | 'Disassociating' | 'Disassociated';
export type JobState = 'Completed' | 'Pending' | 'Failed' | 'Deleting';
export type CodeReviewType = 'PullRequest' | 'RepositoryAnalysis';
export type Severity = 'Info' | 'Low' | 'Medium' | 'High' | 'Critical';
export type Reaction = 'ThumbsUp' | 'ThumbsDown';

export interface RepositoryAssociation {
  AssociationId: string;
  AssociationArn: string;
  Name: string;
  Owner: string;
  ProviderType: string;
  State: AssociationState;
  StateReason?: string;
  CreatedTimeStamp?: number;
  LastUpdatedTimeStamp: number;
}

export interface Metrics {
  MeteredLinesOfCodeCount?: number;
  SuppressedLinesOfCodeCount?: number;
  FindingsCount?: number;
}

export interface SourceCodeType {
  CommitDiff?: { SourceCommit?: string; DestinationCommit?: string; MergeBaseCommit?: string };
  RepositoryHead?: { BranchName: string };
  RequestMetadata?: { RequestId?: string; Requester?: string; EventInfo?: { Name?: string; State?: string } };
}

export interface CodeReviewSummary {
  Name: string;
  CodeReviewArn: string;
  RepositoryName: string;
  Owner: string;
  ProviderType: string;
  State: JobState;
  CreatedTimeStamp: number;
  LastUpdatedTimeStamp: number;
  Type: CodeReviewType;
  PullRequestId?: string;
  MetricsSummary?: Metrics;
  SourceCodeType?: SourceCodeType;
}

export interface CodeReview extends Omit<CodeReviewSummary, 'MetricsSummary'> {
  StateReason?: string;
  AssociationArn: string;
  Metrics?: Metrics;
  AnalysisTypes?: string[];
  ConfigFileState?: 'Present' | 'Absent' | 'PresentWithErrors';
}

export interface RecommendationSummary {
  FilePath: string;
  RecommendationId: string;
  StartLine: number;
  EndLine: number;
  Description: string;
  RecommendationCategory: string;
  Severity: Severity;
  RuleMetadata: {
    RuleId: string;
    RuleName: string;
    ShortDescription: string;
    LongDescription: string;
    RuleTags: string[];
  };
}

export interface RecommendationFeedbackSummary {
  RecommendationId: string;
  Reactions: Reaction[];
  UserId: string;
}

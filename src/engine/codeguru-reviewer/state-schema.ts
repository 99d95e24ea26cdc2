import { z } from 'zod';

/** CodeGuru Reviewer's slice of a saved world; mirrors state.ts. */

const time = z.number();
const severity = z.enum(['Info', 'Low', 'Medium', 'High', 'Critical']);
const category = z.enum([
  'AWSBestPractices',
  'AWSCloudFormationIssues',
  'DuplicateCode',
  'CodeMaintenanceIssues',
  'ConcurrencyIssues',
  'InputValidations',
  'PythonBestPractices',
  'JavaBestPractices',
  'ResourceLeaks',
  'SecurityIssues',
  'CodeInconsistencies',
]);
const reaction = z.enum(['ThumbsUp', 'ThumbsDown']);

const association = z.strictObject({
  AssociationId: z.string(),
  AssociationArn: z.string(),
  Name: z.string(),
  Owner: z.string(),
  ProviderType: z.literal('CodeCommit'),
  State: z.enum(['Associated', 'Associating', 'Failed', 'Disassociating', 'Disassociated']),
  StateReason: z.string(),
  CreatedTimeStamp: time,
  LastUpdatedTimeStamp: time,
  Tags: z.record(z.string(), z.string()),
  ClientRequestToken: z.string().optional(),
});

const recommendation = z.strictObject({
  RecommendationId: z.string(),
  FilePath: z.string(),
  StartLine: z.number().int(),
  EndLine: z.number().int(),
  Description: z.string(),
  RecommendationCategory: category,
  Severity: severity,
  RuleMetadata: z.strictObject({
    RuleId: z.string(),
    RuleName: z.string(),
    ShortDescription: z.string(),
    LongDescription: z.string(),
    RuleTags: z.array(z.string()),
  }),
});

const codeReview = z.strictObject({
  Name: z.string(),
  CodeReviewArn: z.string(),
  RepositoryName: z.string(),
  Owner: z.string(),
  ProviderType: z.literal('CodeCommit'),
  State: z.enum(['Completed', 'Pending', 'Failed', 'Deleting']),
  StateReason: z.string(),
  CreatedTimeStamp: time,
  LastUpdatedTimeStamp: time,
  Type: z.enum(['PullRequest', 'RepositoryAnalysis']),
  PullRequestId: z.string().optional(),
  source: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('CommitDiff'),
      SourceCommit: z.string(),
      DestinationCommit: z.string(),
      MergeBaseCommit: z.string().optional(),
      comparedWith: z.string(),
    }),
    z.strictObject({ kind: z.literal('RepositoryHead'), BranchName: z.string(), Commit: z.string().optional() }),
  ]),
  AssociationArn: z.string(),
  AnalysisTypes: z.array(z.enum(['Security', 'CodeQuality'])),
  ConfigFileState: z.enum(['Present', 'Absent', 'PresentWithErrors']).optional(),
  Metrics: z
    .strictObject({
      MeteredLinesOfCodeCount: z.number().int(),
      SuppressedLinesOfCodeCount: z.number().int(),
      FindingsCount: z.number().int(),
    })
    .optional(),
  Requester: z.string(),
  ClientRequestToken: z.string().optional(),
  Recommendations: z.array(recommendation),
  Feedback: z.array(
    z.strictObject({
      RecommendationId: z.string(),
      UserId: z.string(),
      Reactions: z.array(reaction),
      CreatedTimeStamp: time,
      LastUpdatedTimeStamp: time,
    }),
  ),
});

export const CodeGuruReviewerStateSchema = z.strictObject({
  associations: z.record(z.string(), association),
  codeReviews: z.record(z.string(), codeReview),
});

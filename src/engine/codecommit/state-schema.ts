import { z } from 'zod';

const objectId = z.string().regex(/^[0-9a-f]{40}$/, 'A git object ID (40 hex digits)');
const signature = z.strictObject({ name: z.string(), email: z.string(), epochSeconds: z.number() });

const approvalRule = z.strictObject({
  approvalRuleId: z.string(),
  approvalRuleName: z.string(),
  approvalRuleContent: z.string(),
  ruleContentSha256: z.string(),
  creationDate: z.number(),
  lastModifiedDate: z.number(),
  lastModifiedUser: z.string(),
  originApprovalRuleTemplate: z
    .strictObject({ approvalRuleTemplateId: z.string(), approvalRuleTemplateName: z.string() })
    .optional(),
});

const PullRequestSchema = z.strictObject({
  pullRequestId: z.string(),
  title: z.string(),
  description: z.string().optional(),
  creationDate: z.number(),
  lastActivityDate: z.number(),
  pullRequestStatus: z.enum(['OPEN', 'CLOSED']),
  authorArn: z.string(),
  revisionId: z.string(),
  clientRequestToken: z.string().optional(),
  target: z.strictObject({
    repositoryName: z.string(),
    sourceReference: z.string(),
    destinationReference: z.string(),
    sourceCommit: objectId,
    destinationCommit: objectId,
    mergeBase: objectId.optional(),
    mergeMetadata: z.strictObject({
      isMerged: z.boolean(),
      mergedBy: z.string().optional(),
      mergeCommitId: objectId.optional(),
      mergeOption: z.enum(['FAST_FORWARD_MERGE', 'SQUASH_MERGE', 'THREE_WAY_MERGE']).optional(),
    }),
  }),
  approvalRules: z.array(approvalRule),
  approvals: z.record(z.string(), z.string()),
  override: z.strictObject({ overrider: z.string(), revisionId: z.string() }).optional(),
  comments: z.array(
    z.strictObject({
      commentId: z.string(),
      content: z.string(),
      inReplyTo: z.string().optional(),
      authorArn: z.string(),
      creationDate: z.number(),
      lastModifiedDate: z.number(),
      beforeCommitId: objectId,
      afterCommitId: objectId,
      location: z
        .strictObject({
          filePath: z.string(),
          filePosition: z.number(),
          relativeFileVersion: z.enum(['BEFORE', 'AFTER']),
        })
        .optional(),
    }),
  ),
  activity: z.array(
    z.strictObject({
      eventDate: z.number(),
      pullRequestEventType: z.string(),
      actorArn: z.string(),
      metadata: z.record(z.string(), z.unknown()),
    }),
  ),
});

/** The CodeCommit slice of a saved world; mirrors `CodeCommitState`. */
export const CodeCommitStateSchema = z.strictObject({
  repositories: z.record(
    z.string(),
    z.strictObject({
      repositoryId: z.string(),
      repositoryName: z.string(),
      repositoryDescription: z.string().optional(),
      defaultBranch: z.string().optional(),
      creationDate: z.number(),
      lastModifiedDate: z.number(),
      branches: z.record(z.string(), objectId),
      tags: z.record(z.string(), z.string()),
      objects: z.strictObject({
        blobs: z.record(objectId, z.union([z.string(), z.strictObject({ base64: z.string() })])),
        trees: z.record(
          objectId,
          z.array(z.strictObject({ name: z.string(), mode: z.enum(['100644', '100755', '040000']), id: objectId })),
        ),
        commits: z.record(
          objectId,
          z.strictObject({
            tree: objectId,
            parents: z.array(objectId),
            author: signature,
            committer: signature,
            message: z.string(),
          }),
        ),
      }),
      triggers: z.array(
        z.strictObject({
          name: z.string(),
          destinationArn: z.string(),
          customData: z.string().optional(),
          branches: z.array(z.string()),
          events: z.array(z.enum(['all', 'updateReference', 'createReference', 'deleteReference'])),
        }),
      ),
      triggersConfigurationId: z.string(),
    }),
  ),
  pullRequests: z.record(z.string(), PullRequestSchema),
  nextPullRequestId: z.number().int().positive(),
  approvalRuleTemplates: z.record(
    z.string(),
    z.strictObject({
      approvalRuleTemplateId: z.string(),
      approvalRuleTemplateName: z.string(),
      approvalRuleTemplateDescription: z.string(),
      approvalRuleTemplateContent: z.string(),
      ruleContentSha256: z.string(),
      creationDate: z.number(),
      lastModifiedDate: z.number(),
      lastModifiedUser: z.string(),
      repositories: z.array(z.string()),
    }),
  ),
});

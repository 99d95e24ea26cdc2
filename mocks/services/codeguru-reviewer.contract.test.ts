import {
  AssociateRepositoryCommand,
  CodeGuruReviewerClient,
  ConflictException,
  CreateCodeReviewCommand,
  DescribeCodeReviewCommand,
  DescribeRecommendationFeedbackCommand,
  DescribeRepositoryAssociationCommand,
  DisassociateRepositoryCommand,
  ListCodeReviewsCommand,
  ListRecommendationFeedbackCommand,
  ListRecommendationsCommand,
  ListRepositoryAssociationsCommand,
  NotFoundException,
  PutRecommendationFeedbackCommand,
  ResourceNotFoundException,
  ValidationException,
} from '@aws-sdk/client-codeguru-reviewer';
import { CodeCommitClient, CreateCommitCommand, GetBranchCommand } from '@aws-sdk/client-codecommit';
import { describe, expect, it } from 'vitest';
import { rejection, sdkConfig, serveMockAws } from '../../test/mock-aws';

const client = new CodeGuruReviewerClient(sdkConfig('codeguru-reviewer'));
const codecommit = new CodeCommitClient(sdkConfig('codecommit'));
const { engine } = serveMockAws();

const LEAKY = 'import boto3\n\nclient = boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE")\n';

async function associated() {
  const { RepositoryAssociation } = await client.send(
    new AssociateRepositoryCommand({ Repository: { CodeCommit: { Name: 'demo-webapp' } }, Tags: { team: 'web' } }),
  );
  await engine().advance(30_000);
  return RepositoryAssociation!.AssociationArn!;
}

async function analysedMain(associationArn: string) {
  const tip = (await codecommit.send(new GetBranchCommand({ repositoryName: 'demo-webapp', branchName: 'main' })))
    .branch!.commitId!;
  await codecommit.send(
    new CreateCommitCommand({
      repositoryName: 'demo-webapp',
      branchName: 'main',
      parentCommitId: tip,
      putFiles: [{ filePath: 'tools/upload.py', fileContent: new TextEncoder().encode(LEAKY) }],
    }),
  );
  const { CodeReview } = await client.send(
    new CreateCodeReviewCommand({
      Name: 'main-analysis',
      RepositoryAssociationArn: associationArn,
      Type: { RepositoryAnalysis: { RepositoryHead: { BranchName: 'main' } } },
    }),
  );
  await engine().advance(5 * 60_000);
  return CodeReview!.CodeReviewArn!;
}

describe('CodeGuru Reviewer over the SDK', () => {
  it('associates, describes, lists and disassociates a CodeCommit repository', async () => {
    const { RepositoryAssociation: created, Tags } = await client.send(
      new AssociateRepositoryCommand({ Repository: { CodeCommit: { Name: 'demo-webapp' } }, Tags: { team: 'web' } }),
    );
    expect(created).toMatchObject({ Name: 'demo-webapp', ProviderType: 'CodeCommit', State: 'Associating' });
    expect(created?.CreatedTimeStamp).toBeInstanceOf(Date);
    expect(Tags).toEqual({ team: 'web' });
    await engine().advance(30_000);
    const arn = created!.AssociationArn!;
    const described = await client.send(new DescribeRepositoryAssociationCommand({ AssociationArn: arn }));
    expect(described.RepositoryAssociation).toMatchObject({
      State: 'Associated',
      StateReason: 'Pull Request Notification configuration successful',
    });
    const listed = await client.send(new ListRepositoryAssociationsCommand({ States: ['Associated'] }));
    expect(listed.RepositoryAssociationSummaries?.map((a) => a.Name)).toEqual(['demo-webapp']);
    expect(
      (await client.send(new ListRepositoryAssociationsCommand({ Names: ['other'] }))).RepositoryAssociationSummaries,
    ).toEqual([]);
    const gone = await client.send(new DisassociateRepositoryCommand({ AssociationArn: arn }));
    expect(gone.RepositoryAssociation?.State).toBe('Disassociating');
    await engine().advance(30_000);
    expect(
      (await client.send(new DescribeRepositoryAssociationCommand({ AssociationArn: arn }))).RepositoryAssociation
        ?.State,
    ).toBe('Disassociated');
  });

  it('answers with the real errors: NotFound, Conflict for a second association, Validation', async () => {
    const missing = await rejection(
      client.send(
        new DescribeRepositoryAssociationCommand({
          AssociationArn: 'arn:aws:codeguru-reviewer:us-east-1:123456789012:association:nope',
        }),
      ),
    );
    expect(missing).toBeInstanceOf(NotFoundException);
    expect(missing.$metadata.httpStatusCode).toBe(404);
    await associated();
    const twice = await rejection(
      client.send(new AssociateRepositoryCommand({ Repository: { CodeCommit: { Name: 'demo-webapp' } } })),
    );
    expect(twice).toBeInstanceOf(ConflictException);
    expect(twice.message).toContain('demo-webapp is already associated');
    const badName = await rejection(
      client.send(new AssociateRepositoryCommand({ Repository: { CodeCommit: { Name: 'has space' } } })),
    );
    expect(badName).toBeInstanceOf(ValidationException);
    expect(badName.message).toContain("at 'repository.codeCommit.name'");
    const noReview = await rejection(
      client.send(
        new DescribeCodeReviewCommand({
          CodeReviewArn: 'arn:aws:codeguru-reviewer:us-east-1:123456789012:code-review:RepositoryAnalysis-x',
        }),
      ),
    );
    expect(noReview).toBeInstanceOf(ResourceNotFoundException);
    const badType = await rejection(client.send(new ListCodeReviewsCommand({ Type: 'Nightly' as never })));
    expect(badType).toBeInstanceOf(ValidationException);
  });

  it('runs a repository analysis and lists its recommendations', async () => {
    const reviewArn = await analysedMain(await associated());
    const { CodeReview } = await client.send(new DescribeCodeReviewCommand({ CodeReviewArn: reviewArn }));
    expect(CodeReview).toMatchObject({
      Name: 'main-analysis',
      Type: 'RepositoryAnalysis',
      State: 'Completed',
      SourceCodeType: { RepositoryHead: { BranchName: 'main' } },
      Metrics: { FindingsCount: 1, MeteredLinesOfCodeCount: 1 },
      ConfigFileState: 'Absent',
    });
    const { CodeReviewSummaries } = await client.send(
      new ListCodeReviewsCommand({
        Type: 'RepositoryAnalysis',
        RepositoryNames: ['demo-webapp'],
        States: ['Completed'],
      }),
    );
    expect(CodeReviewSummaries?.map((r) => [r.Name, r.MetricsSummary?.FindingsCount])).toEqual([['main-analysis', 1]]);
    const { RecommendationSummaries } = await client.send(new ListRecommendationsCommand({ CodeReviewArn: reviewArn }));
    expect(RecommendationSummaries).toEqual([
      expect.objectContaining({
        FilePath: 'tools/upload.py',
        StartLine: 3,
        EndLine: 3,
        Severity: 'Critical',
        RecommendationCategory: 'SecurityIssues',
        RuleMetadata: expect.objectContaining({ RuleId: 'security-hardcoded-credentials' }),
      }),
    ]);
  });

  it('stores, describes and lists recommendation feedback', async () => {
    const reviewArn = await analysedMain(await associated());
    const { RecommendationSummaries } = await client.send(new ListRecommendationsCommand({ CodeReviewArn: reviewArn }));
    const id = RecommendationSummaries![0]!.RecommendationId!;
    await client.send(
      new PutRecommendationFeedbackCommand({ CodeReviewArn: reviewArn, RecommendationId: id, Reactions: ['ThumbsUp'] }),
    );
    const { RecommendationFeedback } = await client.send(
      new DescribeRecommendationFeedbackCommand({ CodeReviewArn: reviewArn, RecommendationId: id }),
    );
    expect(RecommendationFeedback).toMatchObject({ RecommendationId: id, Reactions: ['ThumbsUp'] });
    expect(RecommendationFeedback?.LastUpdatedTimeStamp).toBeInstanceOf(Date);
    const { RecommendationFeedbackSummaries } = await client.send(
      new ListRecommendationFeedbackCommand({ CodeReviewArn: reviewArn, RecommendationIds: [id] }),
    );
    expect(RecommendationFeedbackSummaries).toEqual([
      { RecommendationId: id, Reactions: ['ThumbsUp'], UserId: RecommendationFeedback?.UserId },
    ]);
    const notThere = await rejection(
      client.send(
        new PutRecommendationFeedbackCommand({
          CodeReviewArn: reviewArn,
          RecommendationId: 'x',
          Reactions: ['ThumbsUp'],
        }),
      ),
    );
    expect(notThere).toBeInstanceOf(ResourceNotFoundException);
  });
});

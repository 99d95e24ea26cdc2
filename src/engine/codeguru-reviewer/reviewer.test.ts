import { describe, expect, it } from 'vitest';
import { SimDriver, scenario } from '../testing/driver';

const author = { name: 'Ana', email: 'ana@example.com' };
/** The loosely typed JSON answers the assertions below read. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- wire answers of many shapes, checked by the assertions
type Wire = Record<string, any>;

const b64 = (text: string) => Buffer.from(text).toString('base64');

const UPLOAD = [
  'import boto3',
  '',
  '',
  'def upload(path):',
  '    s3 = boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE")',
  '    s3.upload_file(path, "reports", path)',
  '',
].join('\n');

function world(associations: { repositoryName: string }[] = []) {
  const sim = SimDriver.from(
    scenario({
      account: {
        accountId: '123456789012',
        region: 'us-east-1',
        codecommit: {
          repositories: [
            {
              name: 'shop',
              commits: [
                {
                  message: 'init',
                  author,
                  files: { 'app/main.py': 'def main():\n    f = open("config.txt")\n    return f.read()\n' },
                },
              ],
            },
          ],
        },
        codeguruReviewer: { associations },
      },
    }),
  );
  return sim;
}

const reviewer = (sim: SimDriver, operation: string, input: Record<string, unknown> = {}) =>
  sim.ok<Wire>('codeguru-reviewer', operation, input);

function openPullRequest(sim: SimDriver, files: Record<string, string>) {
  const main = sim.ok<{ branch: { commitId: string } }>('codecommit', 'GetBranch', {
    repositoryName: 'shop',
    branchName: 'main',
  }).branch.commitId;
  sim.ok('codecommit', 'CreateBranch', { repositoryName: 'shop', branchName: 'feature', commitId: main });
  sim.ok('codecommit', 'CreateCommit', {
    repositoryName: 'shop',
    branchName: 'feature',
    parentCommitId: main,
    putFiles: Object.entries(files).map(([filePath, text]) => ({ filePath, fileContent: b64(text) })),
  });
  return sim.ok<{ pullRequest: { pullRequestId: string } }>('codecommit', 'CreatePullRequest', {
    title: 'Upload reports',
    targets: [{ repositoryName: 'shop', sourceReference: 'feature', destinationReference: 'main' }],
  }).pullRequest.pullRequestId;
}

describe('CodeGuru Reviewer', () => {
  it('associates a CodeCommit repository: Associating, then Associated 30 s later', () => {
    const sim = world();
    const { RepositoryAssociation: a } = reviewer(sim, 'AssociateRepository', {
      Repository: { CodeCommit: { Name: 'shop' } },
    });
    expect(a).toMatchObject({ State: 'Associating', ProviderType: 'CodeCommit', Name: 'shop', Owner: '123456789012' });
    expect(a.AssociationArn).toBe(`arn:aws:codeguru-reviewer:us-east-1:123456789012:association:${a.AssociationId}`);
    sim.advance('29s');
    expect(
      reviewer(sim, 'DescribeRepositoryAssociation', { AssociationArn: a.AssociationArn }).RepositoryAssociation.State,
    ).toBe('Associating');
    sim.advance('1s');
    expect(
      reviewer(sim, 'DescribeRepositoryAssociation', { AssociationArn: a.AssociationArn }).RepositoryAssociation,
    ).toMatchObject({
      State: 'Associated',
      StateReason: 'Pull Request Notification configuration successful',
    });
  });

  it('fails to associate a repository that does not exist, and refuses a second association of one', () => {
    const sim = world([{ repositoryName: 'shop' }]);
    const missing = reviewer(sim, 'AssociateRepository', { Repository: { CodeCommit: { Name: 'nope' } } });
    sim.advance('30s');
    expect(
      reviewer(sim, 'DescribeRepositoryAssociation', { AssociationArn: missing.RepositoryAssociation.AssociationArn })
        .RepositoryAssociation,
    ).toMatchObject({ State: 'Failed', StateReason: expect.stringContaining('repository nope does not exist') });
    const again = sim.call('codeguru-reviewer', 'AssociateRepository', {
      Repository: { CodeCommit: { Name: 'shop' } },
    });
    expect(again.ok ? undefined : again.error).toMatchObject({ type: 'ConflictException', status: 409 });
  });

  it('reviews a pull request: Pending, then Completed with the finding commented on the changed line', () => {
    const sim = world([{ repositoryName: 'shop' }]);
    const pullRequestId = openPullRequest(sim, { 'app/upload.py': UPLOAD });
    const [summary] = reviewer(sim, 'ListCodeReviews', { Type: 'PullRequest' }).CodeReviewSummaries;
    expect(summary).toMatchObject({ State: 'Pending', PullRequestId: pullRequestId, RepositoryName: 'shop' });
    // 90 s to set up plus 10 s for the first 100 lines.
    sim.advance('99s');
    expect(reviewer(sim, 'DescribeCodeReview', { CodeReviewArn: summary.CodeReviewArn }).CodeReview.State).toBe(
      'Pending',
    );
    sim.advance('1s');
    const { CodeReview: review } = reviewer(sim, 'DescribeCodeReview', { CodeReviewArn: summary.CodeReviewArn });
    // Only the pull request's changes count: the old open() in app/main.py is not reported.
    expect(review).toMatchObject({
      State: 'Completed',
      Metrics: { MeteredLinesOfCodeCount: 3, FindingsCount: 1, SuppressedLinesOfCodeCount: 0 },
      SourceCodeType: { CommitDiff: { SourceCommit: expect.any(String) } },
    });
    const [recommendation] = reviewer(sim, 'ListRecommendations', {
      CodeReviewArn: summary.CodeReviewArn,
    }).RecommendationSummaries;
    expect(recommendation).toMatchObject({
      FilePath: 'app/upload.py',
      StartLine: 5,
      EndLine: 5,
      Severity: 'Critical',
      RecommendationCategory: 'SecurityIssues',
      RuleMetadata: { RuleName: 'Hardcoded credentials' },
    });
    const threads = sim.ok<{ commentsForPullRequestData: Wire[] }>('codecommit', 'GetCommentsForPullRequest', {
      pullRequestId,
    }).commentsForPullRequestData;
    expect(threads).toHaveLength(1);
    const [thread] = threads as [Wire];
    expect(thread.location).toEqual({ filePath: 'app/upload.py', filePosition: 5, relativeFileVersion: 'AFTER' });
    expect(thread.comments[0].authorArn).toBe(
      'arn:aws:sts::123456789012:assumed-role/AWSServiceRoleForAmazonCodeGuruReviewer/CodeGuruReviewer',
    );
    expect(thread.comments[0].content).toContain('AKIA…MPLE');
  });

  it('reviews a later revision of the pull request against the revision reviewed before', () => {
    const sim = world([{ repositoryName: 'shop' }]);
    openPullRequest(sim, { 'app/upload.py': UPLOAD });
    sim.advance('5m');
    const tip = sim.ok<{ branch: { commitId: string } }>('codecommit', 'GetBranch', {
      repositoryName: 'shop',
      branchName: 'feature',
    }).branch.commitId;
    sim.ok('codecommit', 'CreateCommit', {
      repositoryName: 'shop',
      branchName: 'feature',
      parentCommitId: tip,
      putFiles: [
        { filePath: 'app/upload.py', fileContent: b64(`${UPLOAD}\ndef digest(b):\n    return hashlib.md5(b)\n`) },
      ],
    });
    sim.advance('5m');
    const [latest] = reviewer(sim, 'ListCodeReviews', { Type: 'PullRequest' }).CodeReviewSummaries;
    const rules = reviewer(sim, 'ListRecommendations', {
      CodeReviewArn: latest.CodeReviewArn,
    }).RecommendationSummaries.map((r: Wire) => [r.StartLine, r.RuleMetadata.RuleName]);
    expect(rules).toEqual([[9, 'Insecure hashing']]);
  });

  it('analyses a branch on demand, and fails for a branch that does not exist', () => {
    const sim = world([{ repositoryName: 'shop' }]);
    const [association] = reviewer(sim, 'ListRepositoryAssociations').RepositoryAssociationSummaries;
    const create = (Name: string, BranchName: string) =>
      reviewer(sim, 'CreateCodeReview', {
        Name,
        RepositoryAssociationArn: association.AssociationArn,
        Type: { RepositoryAnalysis: { RepositoryHead: { BranchName } } },
      }).CodeReview;
    const full = create('full-scan', 'main');
    const missing = create('missing-branch', 'develop');
    sim.advance('5m');
    expect(reviewer(sim, 'DescribeCodeReview', { CodeReviewArn: full.CodeReviewArn }).CodeReview).toMatchObject({
      State: 'Completed',
      Type: 'RepositoryAnalysis',
      Metrics: { FindingsCount: 1 },
    });
    expect(reviewer(sim, 'DescribeCodeReview', { CodeReviewArn: missing.CodeReviewArn }).CodeReview).toMatchObject({
      State: 'Failed',
      StateReason: 'CodeGuru Reviewer could not find the branch develop in repository shop.',
    });
    const duplicate = sim.call('codeguru-reviewer', 'CreateCodeReview', {
      Name: 'full-scan',
      RepositoryAssociationArn: association.AssociationArn,
      Type: { RepositoryAnalysis: { RepositoryHead: { BranchName: 'main' } } },
    });
    expect(duplicate.ok ? undefined : duplicate.error.type).toBe('ConflictException');
  });

  it('stores one reaction per user and recommendation, which the user can change or clear', () => {
    const sim = world([{ repositoryName: 'shop' }]);
    const [association] = reviewer(sim, 'ListRepositoryAssociations').RepositoryAssociationSummaries;
    const { CodeReviewArn } = reviewer(sim, 'CreateCodeReview', {
      Name: 'scan',
      RepositoryAssociationArn: association.AssociationArn,
      Type: { RepositoryAnalysis: { RepositoryHead: { BranchName: 'main' } } },
    }).CodeReview;
    sim.advance('5m');
    const [r] = reviewer(sim, 'ListRecommendations', { CodeReviewArn }).RecommendationSummaries;
    reviewer(sim, 'PutRecommendationFeedback', {
      CodeReviewArn,
      RecommendationId: r.RecommendationId,
      Reactions: ['ThumbsUp'],
    });
    reviewer(sim, 'PutRecommendationFeedback', {
      CodeReviewArn,
      RecommendationId: r.RecommendationId,
      Reactions: ['ThumbsDown'],
    });
    expect(reviewer(sim, 'ListRecommendationFeedback', { CodeReviewArn }).RecommendationFeedbackSummaries).toEqual([
      {
        RecommendationId: r.RecommendationId,
        Reactions: ['ThumbsDown'],
        UserId: 'arn:aws:iam::123456789012:user/cicdlab-user',
      },
    ]);
    expect(
      reviewer(sim, 'DescribeRecommendationFeedback', { CodeReviewArn, RecommendationId: r.RecommendationId })
        .RecommendationFeedback.Reactions,
    ).toEqual(['ThumbsDown']);
    const unknown = sim.call('codeguru-reviewer', 'PutRecommendationFeedback', {
      CodeReviewArn,
      RecommendationId: 'nope',
      Reactions: ['ThumbsUp'],
    });
    expect(unknown.ok ? undefined : unknown.error.type).toBe('ResourceNotFoundException');
  });
});

import { describe, expect, it } from 'vitest';
import { accessKeyIdFor } from '../iam/principals';
import { SimDriver, scenario } from '../testing/driver';

/** The branch-protection policy of the CodeCommit user guide, attached to a user named intern. */
const protectMain = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Deny' as const,
      Action: ['codecommit:GitPush', 'codecommit:DeleteBranch', 'codecommit:PutFile', 'codecommit:MergePullRequestBy*'],
      Resource: 'arn:aws:codecommit:us-east-1:123456789012:app',
      Condition: {
        StringEqualsIfExists: { 'codecommit:References': ['refs/heads/main'] },
        Null: { 'codecommit:References': 'false' },
      },
    },
  ],
};

const author = { name: 'Ines', email: 'ines@example.com' };
const world = () =>
  SimDriver.from(
    scenario({
      account: {
        accountId: '123456789012',
        region: 'us-east-1',
        iam: { users: [{ userName: 'lead' }, { userName: 'intern', policies: [protectMain] }] },
        codecommit: {
          repositories: [{ name: 'app', commits: [{ message: 'init', author, files: { 'a.txt': 'a\n' } }] }],
        },
      },
      script: [
        {
          at: '1m',
          as: 'intern',
          push: { repository: 'app', branch: 'main', message: 'direct', author, files: { 'b.txt': 'b\n' } },
        },
        {
          at: '2m',
          as: 'intern',
          push: { repository: 'app', branch: 'feature', message: 'ok', author, files: { 'b.txt': 'b\n' } },
        },
        {
          at: '3m',
          as: 'lead',
          push: { repository: 'app', branch: 'main', message: 'lead', author, files: { 'c.txt': 'c\n' } },
        },
      ],
    }),
  );

describe('branch protection through an IAM deny', () => {
  it('refuses the protected user a push to main, and allows other branches and other users', () => {
    const sim = world().advance('5m');
    expect(sim.log.map((e) => [e['detail-type'], e.detail.referenceName ?? e.detail.branch])).toEqual([
      ['Scripted Push Failed', 'main'],
      ['CodeCommit Repository State Change', 'feature'],
      ['CodeCommit Repository State Change', 'main'],
    ]);
    expect(sim.log[0]?.detail.reason).toBe(
      'User: arn:aws:iam::123456789012:user/intern is not authorized to perform: codecommit:GitPush on resource: arn:aws:codecommit:us-east-1:123456789012:app with an explicit deny in an identity-based policy',
    );
  });

  it('refuses PutFile on main with AccessDeniedException for the protected user only', () => {
    const sim = world();
    const { branch } = sim.ok<{ branch: { commitId: string } }>('codecommit', 'GetBranch', {
      repositoryName: 'app',
      branchName: 'main',
    });
    const put = {
      service: 'codecommit',
      operation: 'PutFile',
      input: {
        repositoryName: 'app',
        branchName: 'main',
        parentCommitId: branch.commitId,
        filePath: 'x.txt',
        fileContent: 'eAo=',
      },
    };
    const denied = sim.sim.execute({ ...put, accessKeyId: accessKeyIdFor('user', 'intern') });
    expect(denied.ok ? undefined : denied.error.type).toBe('AccessDeniedException');
    expect(sim.sim.execute({ ...put, accessKeyId: accessKeyIdFor('user', 'lead') }).ok).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { SimDriver, demoScenarioText, scenario } from '../testing/driver';

const fresh = () => SimDriver.from(scenario());
const errorOf = (result: ReturnType<SimDriver['call']>) => (result.ok ? undefined : result.error);

describe('CreateRepository', () => {
  it('creates a repository with its metadata', () => {
    const out = fresh().ok<{ repositoryMetadata: Record<string, unknown> }>('codecommit', 'CreateRepository', {
      repositoryName: 'my-app',
      repositoryDescription: 'An app',
    });
    expect(out.repositoryMetadata).toMatchObject({
      accountId: '123456789012',
      repositoryName: 'my-app',
      repositoryDescription: 'An app',
      Arn: 'arn:aws:codecommit:us-east-1:123456789012:my-app',
      cloneUrlHttp: 'https://git-codecommit.us-east-1.amazonaws.com/v1/repos/my-app',
      cloneUrlSsh: 'ssh://git-codecommit.us-east-1.amazonaws.com/v1/repos/my-app',
    });
    expect(out.repositoryMetadata).not.toHaveProperty('defaultBranch');
  });

  it.each([
    [{}, 'RepositoryNameRequiredException'],
    [{ repositoryName: 'has space' }, 'InvalidRepositoryNameException'],
    [{ repositoryName: 'ends.git' }, 'InvalidRepositoryNameException'],
    [{ repositoryName: '<b>x</b>' }, 'InvalidRepositoryNameException'],
    [{ repositoryName: 'a'.repeat(101) }, 'InvalidRepositoryNameException'],
    [{ repositoryName: 'ok', repositoryDescription: 'd'.repeat(1001) }, 'InvalidRepositoryDescriptionException'],
    [{ repositoryName: 'ok', tags: { 'aws:owner': 'me' } }, 'InvalidTagsMapException'],
    [{ repositoryName: 42 }, 'SerializationException'],
  ])('rejects %j with %s', (input, type) => {
    expect(errorOf(fresh().call('codecommit', 'CreateRepository', input))?.type).toBe(type);
  });

  it('refuses a name that exists, and leaves the world unchanged', () => {
    const sim = fresh();
    sim.ok('codecommit', 'CreateRepository', { repositoryName: 'dup' });
    const before = JSON.stringify(sim.sim.world);
    const error = errorOf(sim.call('codecommit', 'CreateRepository', { repositoryName: 'dup' }));
    expect(error).toEqual({
      type: 'RepositoryNameExistsException',
      message: 'Repository named dup already exists',
      status: 400,
    });
    expect(JSON.stringify(sim.sim.world)).toBe(before);
  });

  it('treats names as case-sensitive and accepts names like __proto__ as plain names', () => {
    const sim = fresh();
    sim.ok('codecommit', 'CreateRepository', { repositoryName: 'App' });
    sim.ok('codecommit', 'CreateRepository', { repositoryName: 'app' });
    sim.ok('codecommit', 'CreateRepository', { repositoryName: '__proto__' });
    const list = sim.ok<{ repositories: { repositoryName: string }[] }>('codecommit', 'ListRepositories');
    expect(list.repositories.map((r) => r.repositoryName)).toEqual(['App', '__proto__', 'app']);
  });
});

describe('ListRepositories, GetRepository, DeleteRepository', () => {
  it('sorts by name or last modified, either way', () => {
    const sim = fresh();
    sim.ok('codecommit', 'CreateRepository', { repositoryName: 'b' });
    sim.advance('1m');
    sim.ok('codecommit', 'CreateRepository', { repositoryName: 'a' });
    const names = (input: Record<string, unknown>) =>
      sim
        .ok<{ repositories: { repositoryName: string }[] }>('codecommit', 'ListRepositories', input)
        .repositories.map((r) => r.repositoryName);
    expect(names({})).toEqual(['a', 'b']);
    expect(names({ sortBy: 'lastModifiedDate' })).toEqual(['b', 'a']);
    expect(names({ order: 'descending' })).toEqual(['b', 'a']);
    expect(errorOf(sim.call('codecommit', 'ListRepositories', { sortBy: 'size' }))?.type).toBe(
      'InvalidSortByException',
    );
  });

  it('gets a repository or says it does not exist', () => {
    const sim = fresh();
    expect(errorOf(sim.call('codecommit', 'GetRepository', { repositoryName: 'nope' }))).toMatchObject({
      type: 'RepositoryDoesNotExistException',
      message: 'nope does not exist',
    });
  });

  it('deletes, and deleting again returns no ID rather than an error', () => {
    const sim = fresh();
    const { repositoryMetadata } = sim.ok<{ repositoryMetadata: { repositoryId: string } }>(
      'codecommit',
      'CreateRepository',
      { repositoryName: 'gone' },
    );
    expect(sim.ok('codecommit', 'DeleteRepository', { repositoryName: 'gone' })).toEqual({
      repositoryId: repositoryMetadata.repositoryId,
    });
    expect(sim.ok('codecommit', 'DeleteRepository', { repositoryName: 'gone' })).toEqual({});
  });
});

describe('reading the demo repository', () => {
  const demo = () => SimDriver.fromText(demoScenarioText());

  it('lists the root folder of the default branch', () => {
    const folder = demo().ok<{ files: { relativePath: string }[]; subFolders: { relativePath: string }[] }>(
      'codecommit',
      'GetFolder',
      {
        repositoryName: 'demo-webapp',
        folderPath: '/',
      },
    );
    expect(folder.subFolders.map((f) => f.relativePath)).toEqual(['scripts', 'src', 'tests']);
    expect(folder.files.map((f) => f.relativePath)).toEqual([
      'README.md',
      'appspec.yml',
      'buildspec.yml',
      'package.json',
    ]);
  });

  it('reads a file as base64 and walks the history through parents', () => {
    const sim = demo();
    const file = sim.ok<{ fileContent: string }>('codecommit', 'GetFile', {
      repositoryName: 'demo-webapp',
      filePath: 'src/greeting.js',
    });
    expect(Buffer.from(file.fileContent, 'base64').toString()).toContain('Hello, ${name}!');
    const { branch } = sim.ok<{ branch: { commitId: string } }>('codecommit', 'GetBranch', {
      repositoryName: 'demo-webapp',
      branchName: 'main',
    });
    const messages: string[] = [];
    for (let id: string | undefined = branch.commitId; id;) {
      const { commit }: { commit: { message: string; parents: string[] } } = sim.ok('codecommit', 'GetCommit', {
        repositoryName: 'demo-webapp',
        commitId: id,
      });
      messages.push(commit.message.trim());
      id = commit.parents[0];
    }
    expect(messages).toEqual([
      'Serve a health check for the load balancer',
      'Add appspec and lifecycle scripts for CodeDeploy',
      'Add buildspec for CodeBuild',
      'Initial commit: web service and tests',
    ]);
  });

  it('names missing things with the service errors', () => {
    const sim = demo();
    expect(
      errorOf(sim.call('codecommit', 'GetFile', { repositoryName: 'demo-webapp', filePath: 'nope.txt' }))?.type,
    ).toBe('FileDoesNotExistException');
    expect(
      errorOf(sim.call('codecommit', 'GetFolder', { repositoryName: 'demo-webapp', folderPath: 'src/../..' }))?.type,
    ).toBe('InvalidPathException');
    expect(
      errorOf(sim.call('codecommit', 'GetBranch', { repositoryName: 'demo-webapp', branchName: 'nope' }))?.type,
    ).toBe('BranchDoesNotExistException');
    expect(errorOf(sim.call('codecommit', 'GetCommit', { repositoryName: 'demo-webapp', commitId: 'abc' }))?.type).toBe(
      'InvalidCommitIdException',
    );
  });
});

describe('PutFile', () => {
  it('commits on the tip and refuses a stale parent', () => {
    const sim = SimDriver.fromText(demoScenarioText());
    const { branch } = sim.ok<{ branch: { commitId: string } }>('codecommit', 'GetBranch', {
      repositoryName: 'demo-webapp',
      branchName: 'main',
    });
    const put = {
      repositoryName: 'demo-webapp',
      branchName: 'main',
      filePath: 'NOTES.md',
      fileContent: Buffer.from('hi\n').toString('base64'),
    };
    expect(errorOf(sim.call('codecommit', 'PutFile', put))?.type).toBe('ParentCommitIdRequiredException');
    const out = sim.ok<{ commitId: string }>('codecommit', 'PutFile', { ...put, parentCommitId: branch.commitId });
    expect(sim.log.filter((e) => e.source === 'aws.codecommit').at(-1)?.detail).toMatchObject({
      event: 'referenceUpdated',
      commitId: out.commitId,
      oldCommitId: branch.commitId,
    });
    expect(errorOf(sim.call('codecommit', 'PutFile', { ...put, parentCommitId: branch.commitId }))?.type).toBe(
      'ParentCommitIdOutdatedException',
    );
    expect(errorOf(sim.call('codecommit', 'PutFile', { ...put, parentCommitId: out.commitId }))?.type).toBe(
      'SameFileContentException',
    );
  });
});

describe('repositories seeded by a scenario', () => {
  it('date themselves by their history, not by the world start', () => {
    const sim = SimDriver.fromText(demoScenarioText());
    const meta = sim.ok<{ repositoryMetadata: { creationDate: number; lastModifiedDate: number } }>(
      'codecommit',
      'GetRepository',
      {
        repositoryName: 'demo-webapp',
      },
    ).repositoryMetadata;
    expect(meta.creationDate).toBe(Date.parse('2026-01-02T10:15:00Z') / 1000);
    expect(meta.lastModifiedDate).toBe(Date.parse('2026-01-04T17:00:00Z') / 1000);
  });
});

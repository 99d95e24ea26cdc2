import { describe, expect, it } from 'vitest';
import { SimDriver, demoScenarioText } from '../testing/driver';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const repositoryName = 'demo-webapp';

function demo() {
  const sim = SimDriver.fromText(demoScenarioText());
  const tip = (branchName: string) =>
    sim.ok<{ branch: { commitId: string } }>('codecommit', 'GetBranch', { repositoryName, branchName }).branch.commitId;
  const errorType = (operation: string, input: Record<string, unknown>) => {
    const result = sim.call('codecommit', operation, { repositoryName, ...input });
    return result.ok ? undefined : result.error.type;
  };
  return { sim, tip, errorType };
}

describe('branches', () => {
  it('creates a branch at a commit and emits referenceCreated', () => {
    const { sim, tip } = demo();
    sim.ok('codecommit', 'CreateBranch', { repositoryName, branchName: 'release/1.0', commitId: tip('main') });
    expect(sim.log.at(-1)?.detail).toMatchObject({
      event: 'referenceCreated',
      referenceName: 'release/1.0',
      commitId: tip('main'),
    });
  });

  it('refuses an existing name, a bad name, and an unknown commit', () => {
    const { tip, errorType } = demo();
    expect(errorType('CreateBranch', { branchName: 'main', commitId: tip('main') })).toBe('BranchNameExistsException');
    expect(errorType('CreateBranch', { branchName: 'bad..name', commitId: tip('main') })).toBe(
      'InvalidBranchNameException',
    );
    expect(errorType('CreateBranch', { branchName: 'x', commitId: 'f'.repeat(40) })).toBe(
      'CommitDoesNotExistException',
    );
  });

  it('deletes a branch with referenceDeleted, but never the default branch', () => {
    const { sim, tip, errorType } = demo();
    const old = tip('feature/dark-mode');
    expect(sim.ok('codecommit', 'DeleteBranch', { repositoryName, branchName: 'feature/dark-mode' })).toEqual({
      deletedBranch: { branchName: 'feature/dark-mode', commitId: old },
    });
    expect(sim.log.at(-1)?.detail).toMatchObject({ event: 'referenceDeleted', oldCommitId: old });
    expect(errorType('DeleteBranch', { branchName: 'main' })).toBe('DefaultBranchCannotBeDeletedException');
  });

  it('changes the default branch only to one that exists', () => {
    const { sim, errorType } = demo();
    sim.ok('codecommit', 'UpdateDefaultBranch', { repositoryName, defaultBranchName: 'feature/dark-mode' });
    expect(
      sim.ok<{ repositoryMetadata: { defaultBranch: string } }>('codecommit', 'GetRepository', { repositoryName })
        .repositoryMetadata.defaultBranch,
    ).toBe('feature/dark-mode');
    expect(errorType('UpdateDefaultBranch', { defaultBranchName: 'nope' })).toBe('BranchDoesNotExistException');
  });
});

describe('CreateCommit and DeleteFile', () => {
  it('adds, updates, moves and deletes files in one commit and says what happened to each', () => {
    const { sim, tip } = demo();
    const out = sim.ok<Record<string, { absolutePath: string }[]>>('codecommit', 'CreateCommit', {
      repositoryName,
      branchName: 'main',
      parentCommitId: tip('main'),
      commitMessage: 'Reorganise',
      authorName: 'Ada',
      email: 'ada@example.com',
      putFiles: [
        { filePath: 'docs/guide.md', fileContent: b64('# Guide\n') },
        { filePath: 'README.md', fileContent: b64('# New readme\n') },
        { filePath: 'lib/greeting.js', sourceFile: { filePath: 'src/greeting.js', isMove: true } },
      ],
      deleteFiles: [{ filePath: 'tests/greeting.test.js' }],
    });
    const paths = (key: string) => out[key]?.map((f) => f.absolutePath);
    expect(paths('filesAdded')).toEqual(['docs/guide.md', 'lib/greeting.js']);
    expect(paths('filesUpdated')).toEqual(['README.md']);
    expect(paths('filesDeleted')).toEqual(['src/greeting.js', 'tests/greeting.test.js']);
  });

  it('refuses a commit that changes nothing, names a file twice, or deletes a missing file', () => {
    const { tip, errorType } = demo();
    const base = { branchName: 'main', parentCommitId: tip('main') };
    const same = Buffer.from('exports.greeting = (name) => `Hello, ${name}!`;\n').toString('base64');
    expect(errorType('CreateCommit', { ...base, putFiles: [{ filePath: 'src/greeting.js', fileContent: same }] })).toBe(
      'NoChangeException',
    );
    expect(errorType('CreateCommit', { ...base })).toBe('FileEntryRequiredException');
    expect(
      errorType('CreateCommit', {
        ...base,
        putFiles: [{ filePath: 'a', fileContent: b64('1') }],
        deleteFiles: [{ filePath: 'a' }],
      }),
    ).toBe('PutFileEntryConflictException');
    expect(errorType('DeleteFile', { ...base, filePath: 'nope.txt' })).toBe('FileDoesNotExistException');
  });

  it('deletes one file in a new commit', () => {
    const { sim, tip } = demo();
    const parent = tip('main');
    const out = sim.ok<{ commitId: string; filePath: string }>('codecommit', 'DeleteFile', {
      repositoryName,
      branchName: 'main',
      parentCommitId: parent,
      filePath: 'appspec.yml',
    });
    expect(tip('main')).toBe(out.commitId);
    const diff = sim.ok<{ differences: unknown[] }>('codecommit', 'GetDifferences', {
      repositoryName,
      beforeCommitSpecifier: parent,
      afterCommitSpecifier: out.commitId,
    });
    expect(diff.differences).toEqual([
      { beforeBlob: expect.objectContaining({ path: 'appspec.yml' }), changeType: 'D' },
    ]);
  });
});

describe('GetDifferences', () => {
  it('lists what changed between two commits, and can narrow to a folder', () => {
    const { sim, tip } = demo();
    const out = sim.ok<{
      differences: { changeType: string; afterBlob?: { path: string }; beforeBlob?: { path: string } }[];
    }>('codecommit', 'GetDifferences', {
      repositoryName,
      beforeCommitSpecifier: 'main',
      afterCommitSpecifier: 'feature/dark-mode',
    });
    expect(out.differences.map((d) => [d.changeType, d.afterBlob?.path ?? d.beforeBlob?.path])).toEqual([
      ['A', 'src/styles.css'],
    ]);

    const all = sim.ok<{ differences: unknown[] }>('codecommit', 'GetDifferences', {
      repositoryName,
      afterCommitSpecifier: tip('main'),
      afterPath: 'scripts',
    });
    expect(all.differences).toHaveLength(4);
  });
});

import { describe, expect, it } from 'vitest';
import {
  baseName,
  browsePath,
  commitPath,
  commitsPath,
  comparePath,
  createPullRequestPath,
  filePath,
  parentFolder,
  pullRequestPath,
  tabOf,
} from './paths';

describe('CodeCommit addresses', () => {
  it('keeps a branch with slashes in one segment', () => {
    expect(browsePath('demo-webapp', 'feature/dark-mode', 'src')).toBe(
      '/codecommit/repositories/demo-webapp/browse/feature%2Fdark-mode/src',
    );
    expect(commitsPath('demo-webapp', 'feature/dark-mode')).toBe(
      '/codecommit/repositories/demo-webapp/commits/feature%2Fdark-mode',
    );
  });

  it('keeps the folders of a file path readable, encoding only what must be', () => {
    expect(filePath('demo-webapp', 'main', 'src/my styles.css')).toBe(
      '/codecommit/repositories/demo-webapp/file/main/src/my%20styles.css',
    );
    expect(browsePath('demo-webapp', 'main')).toBe('/codecommit/repositories/demo-webapp/browse/main');
  });

  it('links a commit and the history of the default branch', () => {
    expect(commitPath('r', 'abc')).toBe('/codecommit/repositories/r/commit/abc');
    expect(commitsPath('r')).toBe('/codecommit/repositories/r/commits');
  });

  it('knows which tab an address belongs to', () => {
    expect(tabOf('/codecommit/repositories/r')).toBe('code');
    expect(tabOf('/codecommit/repositories/r/file/main/a.txt')).toBe('code');
    expect(tabOf('/codecommit/repositories/r/commit/abc')).toBe('commits');
    expect(tabOf('/codecommit/repositories/r/settings')).toBe('settings');
    expect(tabOf('/codecommit/repositories/r/pull-requests/3/changes')).toBe('pull-requests');
    expect(tabOf('/codecommit/repositories/r/branches')).toBe('branches');
    expect(tabOf('/codecommit/repositories/r/compare/main/dev')).toBe('commits');
  });

  it('links pull requests, their create form and comparisons', () => {
    expect(pullRequestPath('r', '7', 'approvals')).toBe('/codecommit/repositories/r/pull-requests/7/approvals');
    expect(createPullRequestPath('r', 'feature/x', 'main')).toBe(
      '/codecommit/repositories/r/pull-requests/create?source=feature%2Fx&destination=main',
    );
    expect(createPullRequestPath('r')).toBe('/codecommit/repositories/r/pull-requests/create');
    expect(comparePath('r', 'main', 'feature/x')).toBe('/codecommit/repositories/r/compare/main/feature%2Fx');
  });

  it('splits paths into folder and name', () => {
    expect(parentFolder('src/lib/a.js')).toBe('src/lib');
    expect(parentFolder('README.md')).toBe('');
    expect(baseName('src/lib/a.js')).toBe('a.js');
  });
});

import { describe, expect, it } from 'vitest';
import type { Build } from '../../../api/codebuild/types';
import { isBuildOf, revisionBuilds } from './pull-request-build';

const build = (more: Partial<Build>) => more as Build;

describe('isBuildOf', () => {
  it('matches builds a webhook started for the pull request, or for its pr/<id> source version', () => {
    expect(isBuildOf(build({ pullRequestId: '3' }), '3')).toBe(true);
    expect(isBuildOf(build({ sourceVersion: 'pr/3' }), '3')).toBe(true);
    expect(isBuildOf(build({ sourceVersion: 'pr/31' }), '3')).toBe(false);
    expect(isBuildOf(build({ sourceVersion: 'refs/heads/main' }), '3')).toBe(false);
  });
});

describe('revisionBuilds', () => {
  // Newest first, as ListBuilds returns them.
  const builds = [
    build({ id: 'p:3', pullRequestId: '7', resolvedSourceVersion: 'c2' }),
    build({ id: 'p:2', pullRequestId: '7', resolvedSourceVersion: 'c1' }),
    build({ id: 'other:1', pullRequestId: '8', resolvedSourceVersion: 'c2' }),
    build({ id: 'p:1', sourceVersion: 'pr/7', resolvedSourceVersion: 'c0' }),
  ];

  it('shows the newest build of the current source commit and lists the others as outdated', () => {
    const { current, outdated } = revisionBuilds(builds, '7', 'c2');
    expect(current?.id).toBe('p:3');
    expect(outdated.map((b) => b.id)).toEqual(['p:2', 'p:1']);
  });

  it('has no current build right after a push, until a build of the new commit starts', () => {
    const { current, outdated } = revisionBuilds(builds, '7', 'c3');
    expect(current).toBeUndefined();
    expect(outdated.map((b) => b.id)).toEqual(['p:3', 'p:2', 'p:1']);
  });
});

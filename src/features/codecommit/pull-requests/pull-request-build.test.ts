import { describe, expect, it } from 'vitest';
import type { Build } from '../../../api/codebuild/types';
import { isBuildOf } from './pull-request-build';

const build = (more: Partial<Build>) => more as Build;

describe('isBuildOf', () => {
  it('matches builds a webhook started for the pull request, or for its pr/<id> source version', () => {
    expect(isBuildOf(build({ pullRequestId: '3' }), '3')).toBe(true);
    expect(isBuildOf(build({ sourceVersion: 'pr/3' }), '3')).toBe(true);
    expect(isBuildOf(build({ sourceVersion: 'pr/31' }), '3')).toBe(false);
    expect(isBuildOf(build({ sourceVersion: 'refs/heads/main' }), '3')).toBe(false);
  });
});

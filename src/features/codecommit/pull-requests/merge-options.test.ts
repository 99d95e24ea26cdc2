import { describe, expect, it } from 'vitest';
import { describeMergeOperations } from './merge-options';

describe('describeMergeOperations', () => {
  it('says what each side did to a conflicting file', () => {
    expect(describeMergeOperations({ source: 'M', destination: 'M' })).toBe(
      'modified in source, modified in destination',
    );
    expect(describeMergeOperations({ source: 'D' })).toBe('deleted in source');
    expect(describeMergeOperations({})).toBe('no change');
  });
});

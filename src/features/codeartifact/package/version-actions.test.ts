import { describe, expect, it } from 'vitest';
import { canCopy, canDispose, commonStatusTargets, sharedStatus, statusTargets } from './version-actions';

describe('package version actions', () => {
  it('offers only Published, Unlisted and Archived, never the current status', () => {
    expect(statusTargets('Published')).toEqual(['Unlisted', 'Archived']);
    expect(statusTargets('Unlisted')).toEqual(['Published', 'Archived']);
    expect(statusTargets('Archived')).toEqual(['Published', 'Unlisted']);
    expect(statusTargets('Unfinished')).toEqual(['Published', 'Unlisted', 'Archived']);
  });

  it('has no way back from Disposed or Deleted', () => {
    expect(statusTargets('Disposed')).toEqual([]);
    expect(statusTargets('Deleted')).toEqual([]);
    expect(canDispose('Disposed')).toBe(false);
    expect(canCopy('Disposed')).toBe(false);
    expect(canDispose('Archived')).toBe(true);
  });

  it('offers a selection only the targets all of its versions can take', () => {
    expect(commonStatusTargets(['Published', 'Unlisted'])).toEqual(['Archived']);
    expect(commonStatusTargets(['Published', 'Disposed'])).toEqual([]);
    expect(commonStatusTargets([])).toEqual([]);
  });

  it('expects the selection’s status only when all versions share it', () => {
    expect(sharedStatus(['Published', 'Published'])).toBe('Published');
    expect(sharedStatus(['Published', 'Unlisted'])).toBeUndefined();
  });
});

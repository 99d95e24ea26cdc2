import { describe, expect, it } from 'vitest';
import { MAX_COMMIT_FILES, MAX_UPLOAD_BYTES, planUpload } from './upload-files';

describe('planUpload', () => {
  it('puts files in the folder and lets through files up to 6 MB', () => {
    expect(planUpload('assets', [{ name: 'logo.png', size: MAX_UPLOAD_BYTES }])).toEqual([
      { name: 'logo.png', size: MAX_UPLOAD_BYTES, path: 'assets/logo.png' },
    ]);
    expect(planUpload('', [{ name: 'a.txt', size: 1 }])[0]?.path).toBe('a.txt');
  });

  it('leaves out a file over 6 MB and says why in plain words', () => {
    const [row] = planUpload('', [{ name: 'video.mp4', size: MAX_UPLOAD_BYTES + 1 }]);
    expect(row?.problem).toMatch(/video\.mp4 is 6\.0 MB; CodeCommit accepts files up to 6 MB/);
  });

  it('holds at most 100 files in one commit, not counting the ones left out', () => {
    const files = [
      { name: 'big', size: MAX_UPLOAD_BYTES * 2 },
      ...Array.from({ length: 101 }, (_, i) => ({ name: `f${i}`, size: 1 })),
    ];
    const plan = planUpload('', files);
    expect(plan.filter((r) => !r.problem)).toHaveLength(MAX_COMMIT_FILES);
    expect(plan[100]?.problem).toBe(undefined);
    expect(plan[101]?.problem).toMatch(/at most 100 files/);
  });

  it('commits binary files like any other, as the real service does', () => {
    expect(planUpload('assets', [{ name: 'logo.png', size: 70, text: false }])).toEqual([
      { name: 'logo.png', size: 70, text: false, path: 'assets/logo.png' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { binaryDifference, diffStats, isLargeDiff, LARGE_DIFF_BYTES, splitRows, unifiedRows } from './diff-rows';

describe('unifiedRows', () => {
  it('numbers each side and keeps three lines of context', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\n';
    const after = 'a\nb\nc\nD\ne\nf\ng\nh\n';
    expect(unifiedRows(before, after)).toEqual([
      { kind: 'hunk', header: '@@ -1,7 +1,8 @@' },
      { kind: 'context', oldLine: 1, newLine: 1, text: 'a' },
      { kind: 'context', oldLine: 2, newLine: 2, text: 'b' },
      { kind: 'context', oldLine: 3, newLine: 3, text: 'c' },
      { kind: 'delete', oldLine: 4, text: 'd' },
      { kind: 'add', newLine: 4, text: 'D' },
      { kind: 'context', oldLine: 5, newLine: 5, text: 'e' },
      { kind: 'context', oldLine: 6, newLine: 6, text: 'f' },
      { kind: 'context', oldLine: 7, newLine: 7, text: 'g' },
      { kind: 'add', newLine: 8, text: 'h' },
    ]);
  });

  it('splits distant changes into hunks and treats an added file as all additions', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
    const changed = lines.map((l, i) => (i === 0 || i === 19 ? `${l}!` : l));
    const rows = unifiedRows(`${lines.join('\n')}\n`, `${changed.join('\n')}\n`);
    expect(rows.filter((r) => r.kind === 'hunk')).toHaveLength(2);
    expect(unifiedRows('', 'x\ny\n')).toEqual([
      { kind: 'hunk', header: '@@ -0,0 +1,2 @@' },
      { kind: 'add', newLine: 1, text: 'x' },
      { kind: 'add', newLine: 2, text: 'y' },
    ]);
  });

  it('ignores the "no newline at end of file" marker', () => {
    const rows = unifiedRows('a', 'b');
    expect(rows.map((r) => r.kind)).toEqual(['hunk', 'delete', 'add']);
  });
});

describe('splitRows', () => {
  it('pairs deletions with the additions after them', () => {
    const rows = splitRows(unifiedRows('a\nb\nc\n', 'a\nB\nC\nD\n'));
    expect(rows).toEqual([
      { kind: 'hunk', header: '@@ -1,3 +1,4 @@' },
      {
        kind: 'pair',
        left: { line: 1, text: 'a', kind: 'context' },
        right: { line: 1, text: 'a', kind: 'context' },
      },
      { kind: 'pair', left: { line: 2, text: 'b', kind: 'delete' }, right: { line: 2, text: 'B', kind: 'add' } },
      { kind: 'pair', left: { line: 3, text: 'c', kind: 'delete' }, right: { line: 3, text: 'C', kind: 'add' } },
      { kind: 'pair', left: undefined, right: { line: 4, text: 'D', kind: 'add' } },
    ]);
  });
});

describe('diffStats and the large-file guard', () => {
  it('counts added and deleted lines', () => {
    expect(diffStats(unifiedRows('a\nb\n', 'a\nc\nd\n'))).toEqual({ added: 2, deleted: 1 });
  });

  it('flags texts past the limit', () => {
    expect(isLargeDiff('x'.repeat(LARGE_DIFF_BYTES + 1), '')).toBe(true);
    expect(isLargeDiff('small', 'small')).toBe(false);
  });
});

describe('binaryDifference', () => {
  it('says binary files differ, with both sizes, as git does instead of a line diff', () => {
    expect(binaryDifference('M', 70, 1234)).toBe('Binary files differ (70 → 1,234 bytes).');
    expect(binaryDifference('A', undefined, 70)).toBe('Binary file added (70 bytes).');
    expect(binaryDifference('D', 70)).toBe('Binary file deleted (70 bytes).');
  });
});

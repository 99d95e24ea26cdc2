import { describe, expect, it } from 'vitest';
import { countLines, lineNumbers } from './file-lines';

describe('file lines', () => {
  it('counts lines like an editor does', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('one')).toBe(1);
    expect(countLines('one\n')).toBe(1);
    expect(countLines('one\ntwo')).toBe(2);
    expect(countLines('one\n\n')).toBe(2);
  });

  it('numbers the gutter from 1', () => {
    expect(lineNumbers(3)).toBe('1\n2\n3');
    expect(lineNumbers(0)).toBe('');
  });
});

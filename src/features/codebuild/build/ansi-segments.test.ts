import { describe, expect, it } from 'vitest';
import { ansiSegments, stripAnsi } from './ansi-segments';

describe('ansiSegments', () => {
  it('keeps plain lines as one segment', () => {
    expect(ansiSegments('[Container] Entering phase BUILD')).toEqual([{ text: '[Container] Entering phase BUILD' }]);
    expect(ansiSegments('')).toEqual([]);
  });

  it('turns SGR colours and bold into styled segments', () => {
    expect(ansiSegments('\u001b[31mfail\u001b[0m and \u001b[1;32mpass\u001b[0m')).toEqual([
      { text: 'fail', color: '#f87171' },
      { text: ' and ' },
      { text: 'pass', color: '#4ade80', bold: true },
    ]);
  });

  it('reads dim, underline, bright and truecolour codes', () => {
    const [dim, under, bright, rgb] = ansiSegments(
      '\u001b[2md\u001b[0m\u001b[4mu\u001b[0m\u001b[91mb\u001b[0m\u001b[38;2;1;2;3mt\u001b[0m',
    );
    expect(dim).toEqual({ text: 'd', dim: true });
    expect(under).toEqual({ text: 'u', underline: true });
    expect(bright).toEqual({ text: 'b', color: '#fca5a5' });
    expect(rgb).toEqual({ text: 't', color: 'rgb(1, 2, 3)' });
  });

  it('keeps markup as text', () => {
    expect(stripAnsi('\u001b[33m<img src=x onerror=alert(1)>\u001b[0m')).toBe('<img src=x onerror=alert(1)>');
  });
});

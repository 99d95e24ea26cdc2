import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64, textOf } from './content';

describe('file content on the wire', () => {
  it('round-trips any bytes through base64', () => {
    const bytes = Uint8Array.from([0, 137, 80, 78, 71, 255]);
    expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
  });

  it('reads UTF-8 as text, byte-order mark kept, and calls the rest binary as git does', () => {
    expect(textOf(new TextEncoder().encode('héllo\n'))).toBe('héllo\n');
    expect(textOf(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('\ufeffa');
    expect(textOf(Uint8Array.from([0xff, 0xfe, 0x61]))).toBeUndefined();
    expect(textOf(Uint8Array.from([0x61, 0x00, 0x62]))).toBeUndefined();
  });
});

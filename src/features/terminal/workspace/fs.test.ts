import { describe, expect, it } from 'vitest';
import { ENVIRONMENT_DIR, FsError, MAX_FILE_BYTES, MAX_TOTAL_BYTES, createMemoryFs } from './fs';

describe('the terminal file system', () => {
  it('starts with Cloud9 home and environment folders', () => {
    const fs = createMemoryFs();
    expect(fs.list('/home/ec2-user')).toEqual(['environment']);
    expect(fs.stat(ENVIRONMENT_DIR)?.kind).toBe('directory');
  });

  it('writes, lists sorted, reads and removes', () => {
    const fs = createMemoryFs();
    fs.write(`${ENVIRONMENT_DIR}/b.txt`, 'b');
    fs.mkdir(`${ENVIRONMENT_DIR}/a`);
    fs.write(`${ENVIRONMENT_DIR}/a/x`, 'hello');
    expect(fs.list(ENVIRONMENT_DIR)).toEqual(['a', 'b.txt']);
    expect(fs.readText(`${ENVIRONMENT_DIR}/a/../a/./x`)).toBe('hello');
    expect(() => fs.remove(`${ENVIRONMENT_DIR}/a`)).toThrow('Directory not empty');
    fs.remove(`${ENVIRONMENT_DIR}/a`, true);
    expect(fs.stat(`${ENVIRONMENT_DIR}/a`)).toBeUndefined();
    expect(fs.usedBytes()).toBe(1);
  });

  it('refuses a write into a missing folder, or onto a folder, with the Linux reason', () => {
    const fs = createMemoryFs();
    expect(() => fs.write('/nowhere/x', 'x')).toThrow(new FsError('ENOENT', '/nowhere/x'));
    expect(() => fs.write(ENVIRONMENT_DIR, 'x')).toThrow('Is a directory');
  });

  it('caps a file and the whole tree, naming the limit', () => {
    const fs = createMemoryFs();
    expect(() => fs.write(`${ENVIRONMENT_DIR}/big`, new Uint8Array(MAX_FILE_BYTES + 1))).toThrow(
      'File too large (files here are limited to 8 MiB)',
    );
    const chunk = new Uint8Array(MAX_FILE_BYTES);
    for (let i = 0; i < MAX_TOTAL_BYTES / MAX_FILE_BYTES; i++) fs.write(`${ENVIRONMENT_DIR}/f${i}`, chunk);
    expect(() => fs.write(`${ENVIRONMENT_DIR}/one-more`, 'x')).toThrow(
      "No space left on device (the terminal's files are limited to 64 MiB)",
    );
    fs.remove(`${ENVIRONMENT_DIR}/f0`);
    expect(() => fs.write(`${ENVIRONMENT_DIR}/one-more`, 'x')).not.toThrow();
  });

  it('round-trips through a snapshot, as a reload restores it', () => {
    const fs = createMemoryFs(
      {},
      () => undefined,
      () => 1000,
    );
    fs.mkdir(`${ENVIRONMENT_DIR}/repo`);
    fs.write(`${ENVIRONMENT_DIR}/repo/README.md`, '# hi\n');
    const again = createMemoryFs(fs.snapshot());
    expect(again.readText(`${ENVIRONMENT_DIR}/repo/README.md`)).toBe('# hi\n');
    expect(again.stat(`${ENVIRONMENT_DIR}/repo/README.md`)?.modifiedMs).toBe(1000);
    expect(again.usedBytes()).toBe(5);
  });
});

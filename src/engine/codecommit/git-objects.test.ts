import { describe, expect, it } from 'vitest';
import { writeChanges } from './commits';
import { blobBytes, blobFromBytes, blobText } from './content';
import { emptyStore, writeBlob } from './git-objects';

const ada = { name: 'Ada', email: 'ada@example.com' };

/** A 1×1 PNG: not UTF-8, and it holds NUL bytes. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

describe('git objects', () => {
  it('hashes a blob as git hash-object does', () => {
    expect(writeBlob(emptyStore(), 'hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });

  // Expected IDs were produced by real git 2.39 with the same files, author and dates.
  it('gives commits the IDs git gives the same content, author, time and parent', () => {
    const store = emptyStore();
    const first = writeChanges(store, {
      parent: undefined,
      changes: [
        { path: 'README.md', content: 'hello\n' },
        { path: 'src/a.js', content: 'x\n' },
      ],
      message: 'First',
      author: ada,
      epochSeconds: 1767607200,
    });
    expect(first).toBe('4206cc4c7f64ae0aa208fe4e99f04c5184e0c0b3');
    const second = writeChanges(store, {
      parent: first,
      changes: [{ path: 'src/b.js', content: 'y\n' }],
      message: 'Second',
      author: ada,
      epochSeconds: 1767610800,
    });
    expect(second).toBe('01c331d273f3ccacc10cbc7ebdca712036901a6f');
    expect(store.commits[second]?.tree).toBe('0f4a35f924d36aa29237ce7d0d284d1491c2dda5');
  });

  it('hashes a binary blob over its bytes and keeps them exactly', () => {
    const store = emptyStore();
    const blob = blobFromBytes(PNG);
    expect(blobText(blob)).toBeUndefined();
    const id = writeBlob(store, blob);
    expect(id).toBe('08cd6f2bfd1b53ec5a4db72bed55f40907e8bdfa');
    expect(blobBytes(store.blobs[id] ?? '')).toEqual(PNG);
  });

  it('gives a commit with a binary file the ID git gives it', () => {
    const store = emptyStore();
    const commitId = writeChanges(store, {
      parent: undefined,
      changes: [
        { path: 'README.md', content: 'hello\n' },
        { path: 'logo.png', content: blobFromBytes(PNG) },
      ],
      message: 'First',
      author: ada,
      epochSeconds: 1767607200,
    });
    expect(commitId).toBe('6f7148b30fa757e9017fd98395a14c8d451f3a3b');
    expect(store.commits[commitId]?.tree).toBe('16bb991f8070896af21009c4d1facec708d53147');
  });

  it('keeps UTF-8 text as text, a byte-order mark included', () => {
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, 0x68, 0x69]);
    expect(blobText(blobFromBytes(withBom))).toBe('\ufeffhi');
    expect(blobBytes(blobFromBytes(withBom))).toEqual(withBom);
  });
});

import { describe, expect, it } from 'vitest';
import { writeChanges } from './commits';
import { emptyStore, writeBlob } from './git-objects';

const ada = { name: 'Ada', email: 'ada@example.com' };

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
});

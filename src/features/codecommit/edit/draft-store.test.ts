import { beforeEach, describe, expect, it } from 'vitest';
import { draftKey, isUnsaved, useDraftStore } from './draft-store';

const store = () => useDraftStore.getState();

beforeEach(() => useDraftStore.setState({ drafts: {}, author: { name: '', email: '' } }));

describe('draft store', () => {
  it('keeps one draft per repository, branch and path', () => {
    const a = draftKey('demo-webapp', 'main', 'buildspec.yml');
    const b = draftKey('demo-webapp', 'feature/x', 'buildspec.yml');
    expect(a).not.toBe(b);
    expect(draftKey('a/b', 'c', 'd')).not.toBe(draftKey('a', 'b/c', 'd'));
    store().start(a, { path: 'buildspec.yml', text: 'v1', baseText: 'v1', baseCommitId: 'c1' });
    store().start(b, { path: 'buildspec.yml', text: 'v2', baseText: 'v2', baseCommitId: 'c2' });
    store().update(a, { text: 'v1 edited' });
    expect(store().drafts[a]).toMatchObject({ text: 'v1 edited', baseText: 'v1', baseCommitId: 'c1' });
    expect(store().drafts[b]?.text).toBe('v2');
  });

  it('is unsaved only while the text differs from what it started from', () => {
    const key = draftKey('r', 'main', 'f');
    store().start(key, { path: 'f', text: 'same', baseText: 'same', baseCommitId: 'c' });
    expect(isUnsaved(store().drafts[key])).toBe(false);
    store().update(key, { text: 'changed' });
    expect(isUnsaved(store().drafts[key])).toBe(true);
    store().update(key, { baseText: 'changed', baseCommitId: 'newer' });
    expect(isUnsaved(store().drafts[key])).toBe(false);
    expect(isUnsaved(undefined)).toBe(false);
  });

  it('ignores updates to drafts that do not exist and forgets discarded ones', () => {
    const key = draftKey('r', 'main', 'f');
    store().update(key, { text: 'x' });
    expect(store().drafts[key]).toBeUndefined();
    store().start(key, { path: 'f', text: 'x', baseText: '', baseCommitId: undefined });
    store().discard(key);
    expect(store().drafts).toEqual({});
    const before = store().drafts;
    store().discard(key);
    expect(store().drafts).toBe(before);
  });

  it('remembers the author for the next commit', () => {
    store().setAuthor({ name: 'Ada', email: 'ada@example.com' });
    expect(store().author).toEqual({ name: 'Ada', email: 'ada@example.com' });
  });
});

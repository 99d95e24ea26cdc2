// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { IDENTITY_STORAGE_KEY, useIdentityStore } from './identity-store';

describe('identity store', () => {
  beforeEach(() => {
    localStorage.clear();
    useIdentityStore.setState({ identity: undefined });
  });

  it('keeps the chosen identity in localStorage and forgets it for the default user', () => {
    const ben = { kind: 'user' as const, name: 'ben', accessKeyId: 'AKIAEXAMPLE' };
    useIdentityStore.getState().actAs(ben);
    expect(useIdentityStore.getState().identity).toEqual(ben);
    expect(JSON.parse(localStorage.getItem(IDENTITY_STORAGE_KEY) ?? 'null')).toEqual(ben);
    useIdentityStore.getState().actAs(undefined);
    expect(useIdentityStore.getState().identity).toBeUndefined();
    expect(localStorage.getItem(IDENTITY_STORAGE_KEY)).toBeNull();
  });
});

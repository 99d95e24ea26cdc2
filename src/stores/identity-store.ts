import { create } from 'zustand';

/** A simulated principal the console can act as; `undefined` means the account's default user. */
export interface ActingIdentity {
  kind: 'user' | 'role';
  /** User name, or role name (the console acts as the role's session). */
  name: string;
  /** The key requests are signed with; IAM's ListUsers/ListRoles hand it out (docs/identity.md). */
  accessKeyId: string;
}

export const IDENTITY_STORAGE_KEY = 'cicdlab-acting-as';

function isIdentity(value: unknown): value is ActingIdentity {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (v.kind === 'user' || v.kind === 'role') && typeof v.name === 'string' && typeof v.accessKeyId === 'string';
}

function readSaved(): ActingIdentity | undefined {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(IDENTITY_STORAGE_KEY) ?? 'null');
    return isIdentity(saved) ? saved : undefined;
  } catch {
    return undefined;
  }
}

interface IdentityState {
  identity: ActingIdentity | undefined;
  actAs: (identity: ActingIdentity | undefined) => void;
}

/** Who the console acts as ("Acting as" in the top bar); kept across reloads. */
export const useIdentityStore = create<IdentityState>((set) => ({
  identity: readSaved(),
  actAs: (identity) => {
    try {
      if (identity) localStorage.setItem(IDENTITY_STORAGE_KEY, JSON.stringify(identity));
      else localStorage.removeItem(IDENTITY_STORAGE_KEY);
    } catch {
      // Private windows may refuse storage; the choice still holds for this visit.
    }
    set({ identity });
  },
}));

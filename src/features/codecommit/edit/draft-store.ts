import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';

/** An edit in progress: what the user typed and what it was based on. */
export interface Draft {
  /** The file's path (for a new file, what the user typed as its name). */
  path: string;
  text: string;
  /** The text the edit started from ('' for a new file): the draft is unsaved while `text` differs from it. */
  baseText: string;
  /** The branch tip the edit started from; PutFile sends it as `parentCommitId`. */
  baseCommitId: string | undefined;
}

export interface Author {
  name: string;
  email: string;
}

interface DraftState {
  drafts: Record<string, Draft>;
  /** Remembered between commits, as the console remembers the last author. */
  author: Author;
  start: (key: string, draft: Draft) => void;
  update: (key: string, change: Partial<Draft>) => void;
  discard: (key: string) => void;
  setAuthor: (author: Author) => void;
}

/** Drafts are per repository, branch and file (`new:<folder>` for a file being created). */
export const draftKey = (repository: string, branch: string, path: string) =>
  JSON.stringify([repository, branch, path]);

export const isUnsaved = (draft: Draft | undefined) => draft !== undefined && draft.text !== draft.baseText;

type Persisted = Pick<DraftState, 'drafts' | 'author'>;

/** Writes are batched: serialising a multi-megabyte draft on every keystroke would make typing lag. */
const WRITE_DELAY_MS = 400;
let pendingWrite: number | undefined;

/**
 * Session storage that gives up quietly (a draft over the quota still lives in memory for this visit) and
 * writes at most every {@link WRITE_DELAY_MS}.
 */
const sessionDraftStorage: PersistStorage<Persisted> = {
  getItem: (name) => {
    try {
      const raw = sessionStorage.getItem(name);
      return raw ? (JSON.parse(raw) as StorageValue<Persisted>) : null;
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    if (typeof window === 'undefined') return;
    window.clearTimeout(pendingWrite);
    pendingWrite = window.setTimeout(() => {
      try {
        sessionStorage.setItem(name, JSON.stringify(value));
      } catch {
        // Over the quota or refused: memory keeps the draft.
      }
    }, WRITE_DELAY_MS);
  },
  removeItem: (name) => {
    try {
      sessionStorage.removeItem(name);
    } catch {
      // Nothing to clean up.
    }
  },
};

export const useDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      drafts: {},
      author: { name: '', email: '' },
      start: (key, draft) => set((s) => ({ drafts: { ...s.drafts, [key]: draft } })),
      update: (key, change) =>
        set((s) => {
          const draft = s.drafts[key];
          return draft ? { drafts: { ...s.drafts, [key]: { ...draft, ...change } } } : s;
        }),
      discard: (key) =>
        set((s) => {
          if (!(key in s.drafts)) return s;
          const drafts = { ...s.drafts };
          delete drafts[key];
          return { drafts };
        }),
      setAuthor: (author) => set({ author }),
    }),
    {
      name: 'cicdlab-drafts',
      storage: sessionDraftStorage,
      // Only unsaved drafts are worth keeping across a reload.
      partialize: (s): Persisted => ({
        author: s.author,
        drafts: Object.fromEntries(Object.entries(s.drafts).filter(([, d]) => isUnsaved(d))),
      }),
    },
  ),
);

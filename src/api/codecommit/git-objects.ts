/** Git objects as the git transport carries them (docs/terminal-git.md): whole objects keyed by their SHA-1. */
export interface GitSignature {
  name: string;
  email: string;
  epochSeconds: number;
}

export interface GitCommitObject {
  tree: string;
  parents: string[];
  author: GitSignature;
  committer: GitSignature;
  message: string;
}

export interface GitTreeEntry {
  name: string;
  mode: '100644' | '100755' | '040000';
  id: string;
}

export interface GitPack {
  commits: Record<string, GitCommitObject>;
  trees: Record<string, GitTreeEntry[]>;
  /** Blob ID → content, base64. */
  blobs: Record<string, string>;
}

import type { SimMillis } from '../core/time';
import type { ObjectId, ObjectStore } from './git-objects';

export interface Repository {
  repositoryId: string;
  repositoryName: string;
  repositoryDescription?: string;
  /** Unset until the first commit creates a branch, as in CodeCommit. */
  defaultBranch?: string;
  creationDate: SimMillis;
  lastModifiedDate: SimMillis;
  /** Branch name → commit ID. */
  branches: Record<string, ObjectId>;
  tags: Record<string, string>;
  objects: ObjectStore;
}

export interface CodeCommitState {
  /** Keyed by repository name (names are case-sensitive and unique per account and Region). */
  repositories: Record<string, Repository>;
}

export const emptyCodeCommitState = (): CodeCommitState => ({ repositories: {} });

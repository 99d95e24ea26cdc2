import { awsCall } from '../aws-call';
import type { GitPack } from './git-objects';
import { codecommitSimulator } from './service';

export interface GitReferenceUpdate {
  referenceName: string;
  /** Where the branch is now; absent for a new branch. */
  oldCommitId?: string;
  /** Where it goes; absent to delete it. */
  newCommitId?: string;
}

/**
 * What `git push` uploads (git-receive-pack): the objects and the branch moves, all or nothing, each branch
 * authorized as `codecommit:GitPush`.
 */
export const gitPush = (repositoryName: string, updates: GitReferenceUpdate[], objects: GitPack) =>
  awsCall<{ updates: GitReferenceUpdate[] }>(codecommitSimulator, 'GitPush', { repositoryName, updates, objects });

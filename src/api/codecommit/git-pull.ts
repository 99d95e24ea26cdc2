import { awsCall } from '../aws-call';
import type { GitPack } from './git-objects';
import { codecommitSimulator } from './service';

export interface GitPullOutput {
  defaultBranch?: string;
  /** Branch name → tip commit ID. */
  branches: Record<string, string>;
  /** The objects reachable from the branches that are not reachable from `haves`. */
  objects: GitPack;
}

/** What `git clone` and `git fetch` download (git-upload-pack), authorized as `codecommit:GitPull`. */
export const gitPull = (repositoryName: string, haves: string[] = []) =>
  awsCall<GitPullOutput>(codecommitSimulator, 'GitPull', { repositoryName, haves });

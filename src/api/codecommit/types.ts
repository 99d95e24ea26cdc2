/** Wire shapes of CodeCommit (CodeCommit_20150413), as the real API returns them. */
export interface RepositoryMetadata {
  accountId: string;
  repositoryId: string;
  repositoryName: string;
  repositoryDescription?: string;
  defaultBranch?: string;
  lastModifiedDate: number;
  creationDate: number;
  cloneUrlHttp: string;
  cloneUrlSsh: string;
  Arn: string;
  kmsKeyId?: string;
}

export interface UserInfo {
  name: string;
  email: string;
  /** git's form: `<epoch seconds> <zone>` */
  date: string;
}

export interface Commit {
  commitId: string;
  treeId: string;
  parents: string[];
  message: string;
  author: UserInfo;
  committer: UserInfo;
  additionalData: string;
}

export type FileMode = 'EXECUTABLE' | 'NORMAL' | 'SYMLINK';

import { AwsApiError } from '../../../api/aws-call';

/** What a refused commit means for the user, in the service's words plus what to do next. */
export interface CommitProblem {
  type: string;
  /** The service's own message, shown as sent. */
  message: string;
  /** What it means here and what to do. */
  advice: string;
}

const ADVICE: Record<string, (branch: string, path: string) => string> = {
  ParentCommitIdOutdatedException: (branch) =>
    `Someone committed to ${branch} after you started editing. Your text is kept: compare it with the latest version, carry over what you need, and commit again on top of the latest commit.`,
  SameFileContentException: (branch, path) =>
    `Nothing to commit: ${path} on ${branch} already has exactly this content. Change something first, or cancel.`,
  NoChangeException: (branch) => `Nothing to commit: these files on ${branch} already have exactly this content.`,
  AccessDeniedException: (branch) =>
    `Your permissions do not allow this commit (branch protection on ${branch}?). Commit to another branch and open a pull request, or ask an administrator.`,
  FileContentSizeLimitExceededException: () =>
    'A file is larger than the 6 MB CodeCommit accepts through the console and API. Push big files with Git.',
  InvalidPathException: () =>
    'The path is not valid: use a relative path such as src/app.js, without a leading slash, `..` or empty parts.',
  FileDoesNotExistException: (_b, path) => `${path} is no longer on this branch: someone deleted or moved it.`,
  FileNameConflictsWithDirectoryNameException: () => 'A folder already has this name. Choose another file name.',
  DirectoryNameConflictsWithFileNameException: () => 'Part of the path is a file, not a folder. Choose another path.',
  FileContentRequiredException: () => 'The file is empty: CodeCommit needs some content to commit a file.',
  BranchDoesNotExistException: (branch) => `The branch ${branch} no longer exists.`,
};

export function describeCommitError(error: unknown, branch: string, path: string): CommitProblem {
  if (error instanceof AwsApiError) {
    const advice = ADVICE[error.type]?.(branch, path) ?? 'The service refused the commit; nothing was changed.';
    return { type: error.type, message: error.message, advice };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { type: 'Error', message, advice: 'The commit was not made; your text is kept. Try again.' };
}

import { AwsError } from '../core/aws-error';

/**
 * CodeCommit's errors: the wire `__type` of each is the real exception name; the messages say
 * what was wrong and what is allowed, in the service's own terms.
 */
export const codecommitErrors = {
  repositoryNameRequired: () =>
    new AwsError('RepositoryNameRequiredException', 'A repository name is required, but was not specified.'),
  invalidRepositoryName: (name: string) =>
    new AwsError(
      'InvalidRepositoryNameException',
      `The repository name '${name}' is not valid. Repository names can be any valid combination of letters, numbers, periods, underscores, and dashes between 1 and 100 characters in length, and cannot end in .git. Names are case sensitive.`,
    ),
  repositoryNameExists: (name: string) =>
    new AwsError('RepositoryNameExistsException', `Repository named ${name} already exists`),
  repositoryDoesNotExist: (name: string) => new AwsError('RepositoryDoesNotExistException', `${name} does not exist`),
  repositoryLimitExceeded: (limit: number) =>
    new AwsError(
      'RepositoryLimitExceededException',
      `Maximum number of repositories (${limit}) reached for this account.`,
    ),
  invalidRepositoryDescription: (length: number) =>
    new AwsError(
      'InvalidRepositoryDescriptionException',
      `The repository description is not valid: it is ${length} characters long and the maximum is 1000.`,
    ),
  invalidTagsMap: (reason: string) =>
    new AwsError('InvalidTagsMapException', `The map of tags is not valid: ${reason}`),
  invalidSortBy: (value: string) =>
    new AwsError(
      'InvalidSortByException',
      `The sortBy value '${value}' is not valid. Valid values: repositoryName, lastModifiedDate.`,
    ),
  invalidOrder: (value: string) =>
    new AwsError(
      'InvalidOrderException',
      `The order value '${value}' is not valid. Valid values: ascending, descending.`,
    ),
  invalidContinuationToken: () =>
    new AwsError('InvalidContinuationTokenException', 'The specified continuation token is not valid.'),
  branchNameRequired: () =>
    new AwsError('BranchNameRequiredException', 'A branch name is required, but was not specified.'),
  invalidBranchName: (name: string) =>
    new AwsError(
      'InvalidBranchNameException',
      `The branch name '${name}' is not valid. Branch names must follow git's reference name rules.`,
    ),
  branchDoesNotExist: (name: string) => new AwsError('BranchDoesNotExistException', `Branch ${name} does not exist`),
  branchNameExists: (name: string) => new AwsError('BranchNameExistsException', `Branch ${name} already exists`),
  defaultBranchCannotBeDeleted: (name: string) =>
    new AwsError(
      'DefaultBranchCannotBeDeletedException',
      `Branch ${name} is the default branch and cannot be deleted. Make another branch the default first.`,
    ),
  fileEntryRequired: () =>
    new AwsError(
      'FileEntryRequiredException',
      'The commit cannot be created because no files were added, changed or deleted.',
    ),
  maximumFileEntriesExceeded: (count: number) =>
    new AwsError(
      'MaximumFileEntriesExceededException',
      `A commit can change at most 100 files; this one names ${count}.`,
    ),
  fileEntryConflict: (path: string) =>
    new AwsError('PutFileEntryConflictException', `The file ${path} is named more than once in this commit.`),
  noChange: () =>
    new AwsError(
      'NoChangeException',
      'The commit cannot be created because it changes nothing: every file already has that content.',
    ),
  fileToDeleteDoesNotExist: (path: string) =>
    new AwsError(
      'FileDoesNotExistException',
      `The file ${path} cannot be deleted because it does not exist on the parent commit.`,
    ),
  commitRequired: () => new AwsError('CommitRequiredException', 'A commit was not specified.'),
  commitIdRequired: () => new AwsError('CommitIdRequiredException', 'A commit ID is required, but was not specified.'),
  invalidCommitId: (id: string) =>
    new AwsError(
      'InvalidCommitIdException',
      `The commit ID '${id}' is not valid. A commit ID is the full 40-character SHA-1 of a commit.`,
    ),
  commitIdDoesNotExist: (id: string) => new AwsError('CommitIdDoesNotExistException', `Commit ${id} does not exist`),
  commitDoesNotExist: (specifier: string) =>
    new AwsError(
      'CommitDoesNotExistException',
      `The commit specifier '${specifier}' does not name a branch or commit in this repository.`,
    ),
  pathRequired: () => new AwsError('PathRequiredException', 'A path is required, but was not specified.'),
  invalidPath: (path: string) => new AwsError('InvalidPathException', `The path '${path}' is not valid.`),
  folderDoesNotExist: (path: string) => new AwsError('FolderDoesNotExistException', `Folder ${path} does not exist`),
  fileDoesNotExist: (path: string) => new AwsError('FileDoesNotExistException', `File ${path} does not exist`),
  blobIdRequired: () => new AwsError('BlobIdRequiredException', 'A blob ID is required, but was not specified.'),
  blobIdDoesNotExist: (id: string) => new AwsError('BlobIdDoesNotExistException', `Blob ${id} does not exist`),
  fileContentRequired: () =>
    new AwsError('FileContentRequiredException', 'The file content is required, but was not specified.'),
  fileContentSizeLimitExceeded: (size: number) =>
    new AwsError(
      'FileContentSizeLimitExceededException',
      `The file is ${size} bytes; files added through the API can be at most 6 MB.`,
    ),
  parentCommitIdRequired: (branch: string) =>
    new AwsError(
      'ParentCommitIdRequiredException',
      `A parent commit ID is required: branch ${branch} already has commits, so say which commit this change is based on.`,
    ),
  parentCommitIdOutdated: (given: string, tip: string) =>
    new AwsError(
      'ParentCommitIdOutdatedException',
      `The parent commit ID ${given} is not the tip of the branch (${tip}). Someone else committed first: fetch the latest commit and try again.`,
    ),
  parentCommitDoesNotExist: (id: string) =>
    new AwsError('ParentCommitDoesNotExistException', `The parent commit ID ${id} does not exist in this repository.`),
  sameFileContent: (path: string) =>
    new AwsError(
      'SameFileContentException',
      `The file ${path} already has this content in the parent commit; there is nothing to commit.`,
    ),
} as const;

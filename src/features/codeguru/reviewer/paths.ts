export const reviewerPath = '/codeguru/reviewer';
export const profilerPath = '/codeguru/profiler';
export const codeReviewPath = (codeReviewArn: string) =>
  `${reviewerPath}/code-reviews/${encodeURIComponent(codeReviewArn)}`;
export const pullRequestPath = (repositoryName: string, pullRequestId: string) =>
  `/codecommit/repositories/${encodeURIComponent(repositoryName)}/pull-requests/${encodeURIComponent(pullRequestId)}`;
export const repositoryPath = (repositoryName: string) =>
  `/codecommit/repositories/${encodeURIComponent(repositoryName)}`;

/** Query keys for CodeBuild data; the event stream invalidates everything under `all`. */
export const codebuildKeys = {
  all: ['codebuild'] as const,
  projectNames: () => [...codebuildKeys.all, 'project-names'] as const,
  projects: (names: readonly string[]) => [...codebuildKeys.all, 'projects', ...names] as const,
  images: () => [...codebuildKeys.all, 'curated-images'] as const,
  buildIds: () => [...codebuildKeys.all, 'build-ids'] as const,
  projectBuildIds: (projectName: string) => [...codebuildKeys.all, 'build-ids', projectName] as const,
  builds: (ids: readonly string[]) => [...codebuildKeys.all, 'builds', ...ids] as const,
  reports: (arns: readonly string[]) => [...codebuildKeys.all, 'reports', ...arns] as const,
  testCases: (reportArn: string, status?: string) => [...codebuildKeys.all, 'test-cases', reportArn, status] as const,
  coverages: (reportArn: string) => [...codebuildKeys.all, 'coverages', reportArn] as const,
  groupReports: (reportGroupArn: string) => [...codebuildKeys.all, 'group-reports', reportGroupArn] as const,
};

/** Query keys for CodeCommit data; the event stream invalidates everything under `all`. */
export const codecommitKeys = {
  all: ['codecommit'] as const,
  repositories: () => [...codecommitKeys.all, 'repositories'] as const,
  repository: (name: string) => [...codecommitKeys.all, 'repository', name] as const,
  branches: (name: string) => [...codecommitKeys.repository(name), 'branches'] as const,
  folder: (name: string, ref: string, path: string) =>
    [...codecommitKeys.repository(name), 'folder', ref, path] as const,
  file: (name: string, ref: string, path: string) => [...codecommitKeys.repository(name), 'file', ref, path] as const,
  commit: (name: string, commitId: string) => [...codecommitKeys.repository(name), 'commit', commitId] as const,
  history: (name: string, ref: string) => [...codecommitKeys.repository(name), 'history', ref] as const,
  blob: (name: string, blobId: string) => [...codecommitKeys.repository(name), 'blob', blobId] as const,
  commitsBetween: (name: string, base: string, tip: string) =>
    [...codecommitKeys.repository(name), 'commits-between', base, tip] as const,
  differences: (name: string, before: string, after: string) =>
    [...codecommitKeys.repository(name), 'differences', before, after] as const,
  mergeConflicts: (name: string, destination: string, source: string, options: object) =>
    [...codecommitKeys.repository(name), 'merge-conflicts', destination, source, options] as const,
  pullRequestLists: (name: string) => [...codecommitKeys.repository(name), 'pull-requests'] as const,
  pullRequests: (name: string, status?: string) => [...codecommitKeys.pullRequestLists(name), status ?? 'ALL'] as const,
  pullRequest: (id: string) => [...codecommitKeys.all, 'pull-request', id] as const,
  pullRequestEvents: (id: string) => [...codecommitKeys.pullRequest(id), 'events'] as const,
  pullRequestComments: (id: string) => [...codecommitKeys.pullRequest(id), 'comments'] as const,
  approvalStates: (id: string, revisionId: string) =>
    [...codecommitKeys.pullRequest(id), 'approval-states', revisionId] as const,
  approvalEvaluation: (id: string, revisionId: string) =>
    [...codecommitKeys.pullRequest(id), 'evaluation', revisionId] as const,
  overrideState: (id: string, revisionId: string) =>
    [...codecommitKeys.pullRequest(id), 'override-state', revisionId] as const,
  templates: () => [...codecommitKeys.all, 'approval-rule-templates'] as const,
  template: (templateName: string) => [...codecommitKeys.templates(), templateName] as const,
  repositoryTemplates: (name: string) => [...codecommitKeys.repository(name), 'approval-rule-templates'] as const,
  triggers: (name: string) => [...codecommitKeys.repository(name), 'triggers'] as const,
};

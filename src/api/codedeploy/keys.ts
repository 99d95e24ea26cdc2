/** Query keys for CodeDeploy data; events of `aws.codedeploy` invalidate everything under `all`. */
export const codedeployKeys = {
  all: ['codedeploy'] as const,
  deploymentIds: (filter: { applicationName?: string; deploymentGroupName?: string; includeOnlyStatuses?: string[] }) =>
    [
      ...codedeployKeys.all,
      'deployment-ids',
      filter.applicationName,
      filter.deploymentGroupName,
      ...(filter.includeOnlyStatuses ?? []),
    ] as const,
  deployment: (id: string) => [...codedeployKeys.all, 'deployment', id] as const,
  deployments: (ids: readonly string[]) => [...codedeployKeys.all, 'deployments', ...ids] as const,
  targetIds: (deploymentId: string) => [...codedeployKeys.all, 'target-ids', deploymentId] as const,
  targets: (deploymentId: string, targetIds: readonly string[]) =>
    [...codedeployKeys.all, 'targets', deploymentId, ...targetIds] as const,
  allTargets: (deploymentId: string) => [...codedeployKeys.all, 'all-targets', deploymentId] as const,
};

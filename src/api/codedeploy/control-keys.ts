import { codedeployKeys } from './keys';

/**
 * Query keys for applications, deployment groups, configurations and revisions. They live under
 * `codedeployKeys.all`, so the event stream's invalidation of CodeDeploy reaches them too.
 */
export const controlKeys = {
  applicationNames: () => [...codedeployKeys.all, 'application-names'] as const,
  applications: (names: readonly string[]) => [...codedeployKeys.all, 'applications', ...names] as const,
  groupNames: (applicationName: string) => [...codedeployKeys.all, 'group-names', applicationName] as const,
  groups: (applicationName: string, names: readonly string[]) =>
    [...codedeployKeys.all, 'groups', applicationName, ...names] as const,
  configNames: () => [...codedeployKeys.all, 'config-names'] as const,
  config: (name: string) => [...codedeployKeys.all, 'config', name] as const,
  revisions: (applicationName: string) => [...codedeployKeys.all, 'revisions', applicationName] as const,
};

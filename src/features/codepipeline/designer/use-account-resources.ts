import { useQuery } from '@tanstack/react-query';
import { listProjectsQueryOptions } from '../../../api/codebuild/list-projects';
import { listRepositoriesQueryOptions } from '../../../api/codecommit/list-repositories';
import { listApplicationsQueryOptions } from '../../../api/codedeploy/list-applications';
import { listDeploymentGroupsQueryOptions } from '../../../api/codedeploy/list-deployment-groups';
import { listRolesQueryOptions } from '../../../api/iam/list-roles';
import { listBucketsQueryOptions } from '../../../api/s3/list-buckets';
import type { ResourceKind } from './catalog';

/** `[value, label]` pairs offered as the user types; anything else can still be typed. */
export type Suggestions = readonly (readonly [string, string])[];

const named = (names: readonly string[] | undefined, what: string): Suggestions =>
  (names ?? []).map((name) => [name, what] as const);

/**
 * Values from the simulated account for one kind of configuration value (only that list is fetched); the
 * deployment groups are those of `applicationName`.
 */
export function useResourceSuggestions(kind: ResourceKind | undefined, applicationName = ''): Suggestions | undefined {
  const repositories = useQuery({ ...listRepositoriesQueryOptions(), enabled: kind === 'repository' });
  const projects = useQuery({ ...listProjectsQueryOptions(), enabled: kind === 'project' });
  const applications = useQuery({ ...listApplicationsQueryOptions(), enabled: kind === 'application' });
  const groups = useQuery({
    ...listDeploymentGroupsQueryOptions(applicationName),
    enabled: kind === 'deploymentGroup' && applicationName !== '',
  });
  const buckets = useQuery({ ...listBucketsQueryOptions(), enabled: kind === 'bucket' });
  const roles = useQuery({ ...listRolesQueryOptions(), enabled: kind === 'role' });
  switch (kind) {
    case 'repository':
      return named(
        repositories.data?.map((r) => r.repositoryName),
        'CodeCommit repository',
      );
    case 'project':
      return named(projects.data, 'CodeBuild project');
    case 'application':
      return named(applications.data, 'CodeDeploy application');
    case 'deploymentGroup':
      return named(groups.data, `Deployment group of ${applicationName || 'the application'}`);
    case 'bucket':
      return named(buckets.data, 'S3 bucket');
    case 'role':
      return (roles.data ?? []).map((role) => [role.Arn, role.RoleName] as const);
    default:
      return undefined;
  }
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { listProjects } from '../../../api/codebuild/list-projects';
import { listRepositories } from '../../../api/codecommit/list-repositories';
import { batchGetDeploymentGroups } from '../../../api/codedeploy/batch-get-deployment-groups';
import { listApplications } from '../../../api/codedeploy/list-applications';
import { listDeploymentGroups } from '../../../api/codedeploy/list-deployment-groups';
import { codepipelineKeys } from '../../../api/codepipeline/keys';
import { listPipelines } from '../../../api/codepipeline/list-pipelines';
import { describeFleet } from '../../../api/fleet/describe-fleet';
import { describeTaskDefinition } from '../../../api/fleet/describe-task-definition';
import { listRoles } from '../../../api/iam/list-roles';
import { listBuckets } from '../../../api/s3/list-buckets';
import { taskDefinitionFamily, type AccountReadings } from './account-context';
import type { TakenNames } from './names';

/** Everything the templates build on, read once the wizard opens, through the same APIs the other pages use. */
async function readAccount(): Promise<AccountReadings> {
  const [roles, buckets, fleet, applications, repositories, buildProjects, pipelines] = await Promise.all([
    listRoles(),
    listBuckets(),
    describeFleet(),
    listApplications(),
    listRepositories(),
    listProjects(),
    listPipelines(),
  ]);
  const [deploymentGroups, taskDefinitions] = await Promise.all([
    Promise.all(
      applications.map(async (name) => batchGetDeploymentGroups(name, await listDeploymentGroups(name))),
    ).then((groups) => groups.flat()),
    Promise.all(
      [...new Set(fleet.ecsServices.map((s) => taskDefinitionFamily(s.taskDefinition ?? '')))].map((family) =>
        describeTaskDefinition(family),
      ),
    ),
  ]);
  const takenNames: TakenNames = {
    repository: repositories.map((r) => r.repositoryName),
    buildProject: buildProjects,
    application: applications,
    pipeline: pipelines.map((p) => p.name ?? ''),
    autoScalingGroup: fleet.autoScalingGroups.map((g) => g.AutoScalingGroupName),
  };
  return { roleArns: roles.map((r) => r.Arn), buckets, fleet, deploymentGroups, taskDefinitions, takenNames };
}

const accountReadingsQueryOptions = () =>
  queryOptions({
    queryKey: [...codepipelineKeys.all, 'template-account'] as const,
    queryFn: readAccount,
    refetchOnWindowFocus: false,
  });

export const useAccountReadings = () => useQuery(accountReadingsQueryOptions());

import {
  alarmStep,
  applicationStep,
  approvalAction,
  autoScalingGroupStep,
  buildProjectStep,
  buildStage,
  codeDeployAction,
  deploymentGroupStep,
  instancesStep,
  pipelineDeclaration,
  pipelineStep,
  repositorySteps,
  s3DeployAction,
  sourceStage,
} from './blocks';
import type { DerivedName, ProjectTemplate, TemplateParams } from './plan';
import { ec2WebApp, ecsApp, lambdaApp, staticSite, type SampleFiles } from './sample-apps';

/** The names every template shares: the repository, the build project and the pipeline. */
const coreNames = (p: string): DerivedName[] => [
  { rule: 'repository', resource: 'CodeCommit repository', name: p },
  { rule: 'buildProject', resource: 'CodeBuild project', name: `${p}-build` },
  { rule: 'pipeline', resource: 'CodePipeline pipeline', name: `${p}-pipeline` },
];

const deployNames = (p: string, groups: string[]): DerivedName[] => [
  { rule: 'application', resource: 'CodeDeploy application', name: p },
  ...groups.map((g): DerivedName => ({
    rule: 'deploymentGroup',
    resource: 'CodeDeploy deployment group',
    name: `${p}-${g}`,
  })),
];

const sourceAndBuild = (
  { projectName: p, account }: TemplateParams,
  description: string,
  files: SampleFiles,
  privilegedMode = false,
) => [
  ...repositorySteps(p, description, files),
  buildProjectStep(`${p}-build`, account, `Builds and tests ${p} for the pipeline ${p}-pipeline.`, privilegedMode),
];

const always = () => undefined;

const projectTag = (p: string) => ({ Key: 'Project', Value: p, Type: 'KEY_AND_VALUE' });

const rollbackOnFailure = { enabled: true, events: ['DEPLOYMENT_FAILURE'] };

const ec2InPlace: ProjectTemplate = {
  id: 'ec2-in-place',
  title: 'Web app on EC2 (in place)',
  summary:
    'A Node.js web app built and tested by CodeBuild and installed by CodeDeploy on two new EC2 instances, one at a time, with rollback on failure.',
  sketch: [
    { name: 'Source', actions: ['CodeCommit'] },
    { name: 'Build', actions: ['CodeBuild'] },
    { name: 'Deploy', actions: ['CodeDeploy (in place)'] },
  ],
  unavailable: always,
  names: (p) => [...coreNames(p), ...deployNames(p, ['fleet'])],
  plan: (params) => {
    const { projectName: p, account } = params;
    return [
      ...sourceAndBuild(params, 'Node.js web app deployed in place to EC2.', ec2WebApp(p)),
      instancesStep(2, { Project: p, Name: p }),
      applicationStep(p, 'Server'),
      deploymentGroupStep(
        account,
        {
          applicationName: p,
          deploymentGroupName: `${p}-fleet`,
          deploymentConfigName: 'CodeDeployDefault.OneAtATime',
          ec2TagFilters: [projectTag(p)],
          deploymentStyle: { deploymentType: 'IN_PLACE', deploymentOption: 'WITHOUT_TRAFFIC_CONTROL' },
          autoRollbackConfiguration: rollbackOnFailure,
        },
        `instances tagged Project=${p}, one at a time`,
      ),
      pipelineStep(
        pipelineDeclaration(`${p}-pipeline`, account, [
          sourceStage(p),
          buildStage(`${p}-build`),
          { name: 'Deploy', actions: [codeDeployAction('Deploy', p, `${p}-fleet`)] },
        ]),
      ),
    ];
  },
};

const ec2BlueGreen: ProjectTemplate = {
  id: 'ec2-blue-green',
  title: 'EC2 blue/green behind a load balancer',
  summary:
    'Each release goes to a copy of the Auto Scaling group; the load balancer moves traffic to the new instances and the old ones are terminated.',
  sketch: [
    { name: 'Source', actions: ['CodeCommit'] },
    { name: 'Build', actions: ['CodeBuild'] },
    { name: 'Deploy', actions: ['CodeDeploy (blue/green)'] },
  ],
  unavailable: (account) =>
    account.targetGroup
      ? undefined
      : 'It needs an Application Load Balancer target group for the instances (the simulator has no ELB CreateTargetGroup).',
  names: (p) => [
    ...coreNames(p),
    ...deployNames(p, ['bluegreen']),
    { rule: 'autoScalingGroup', resource: 'Auto Scaling group', name: `${p}-asg` },
  ],
  plan: (params) => {
    const { projectName: p, account } = params;
    const targetGroup = account.targetGroup;
    if (!targetGroup) return [];
    return [
      ...sourceAndBuild(params, 'Node.js web app deployed blue/green behind a load balancer.', ec2WebApp(p)),
      autoScalingGroupStep(`${p}-asg`, targetGroup.arn, { Project: p, Name: p }),
      applicationStep(p, 'Server'),
      deploymentGroupStep(
        account,
        {
          applicationName: p,
          deploymentGroupName: `${p}-bluegreen`,
          deploymentConfigName: 'CodeDeployDefault.AllAtOnce',
          autoScalingGroups: [`${p}-asg`],
          deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
          loadBalancerInfo: { targetGroupInfoList: [{ name: targetGroup.name }] },
          blueGreenDeploymentConfiguration: {
            greenFleetProvisioningOption: { action: 'COPY_AUTO_SCALING_GROUP' },
            deploymentReadyOption: { actionOnTimeout: 'CONTINUE_DEPLOYMENT' },
            terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 5 },
          },
          autoRollbackConfiguration: rollbackOnFailure,
        },
        `copies ${p}-asg and moves ${targetGroup.name}'s traffic to the copy`,
      ),
      pipelineStep(
        pipelineDeclaration(`${p}-pipeline`, account, [
          sourceStage(p),
          buildStage(`${p}-build`),
          { name: 'Deploy', actions: [codeDeployAction('Deploy', p, `${p}-bluegreen`)] },
        ]),
      ),
    ];
  },
};

const lambdaCanary: ProjectTemplate = {
  id: 'lambda-canary',
  title: 'Lambda with a canary and an alarm',
  summary:
    'CodeDeploy shifts 10% of the alias to the new version for five minutes, then the rest; an errors alarm stops and rolls back a bad release.',
  sketch: [
    { name: 'Source', actions: ['CodeCommit'] },
    { name: 'Build', actions: ['CodeBuild'] },
    { name: 'Deploy', actions: ['CodeDeploy (canary 10%)'] },
  ],
  unavailable: (account) =>
    account.lambda
      ? undefined
      : 'It needs a Lambda function with an alias and a second version (the simulator has no Lambda CreateFunction).',
  names: (p) => [
    ...coreNames(p),
    ...deployNames(p, ['canary']),
    { rule: 'alarm', resource: 'CloudWatch alarm', name: `${p}-errors` },
  ],
  plan: (params) => {
    const { projectName: p, account } = params;
    const lambda = account.lambda;
    if (!lambda) return [];
    const resource = `${lambda.functionName}:${lambda.alias}`;
    return [
      ...sourceAndBuild(params, `Lambda handler released to ${resource} with a canary.`, lambdaApp(p, lambda)),
      alarmStep(
        {
          AlarmName: `${p}-errors`,
          AlarmDescription: `${resource} fails more than 5 requests in a minute`,
          Namespace: 'AWS/Lambda',
          MetricName: 'Errors',
          Dimensions: [
            { Name: 'FunctionName', Value: lambda.functionName },
            { Name: 'Resource', Value: resource },
          ],
          Statistic: 'Sum',
          Period: 60,
          EvaluationPeriods: 1,
          Threshold: 5,
          ComparisonOperator: 'GreaterThanThreshold',
          TreatMissingData: 'notBreaching',
        },
        `more than 5 errors a minute on ${resource}`,
      ),
      applicationStep(p, 'Lambda'),
      deploymentGroupStep(
        account,
        {
          applicationName: p,
          deploymentGroupName: `${p}-canary`,
          deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
          deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
          alarmConfiguration: { enabled: true, alarms: [{ name: `${p}-errors` }] },
          autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] },
        },
        `10% for 5 minutes, stopped by ${p}-errors`,
      ),
      pipelineStep(
        pipelineDeclaration(`${p}-pipeline`, account, [
          sourceStage(p),
          buildStage(`${p}-build`),
          { name: 'Deploy', actions: [codeDeployAction('Deploy', p, `${p}-canary`)] },
        ]),
      ),
    ];
  },
};

const ecsBlueGreen: ProjectTemplate = {
  id: 'ecs-blue-green',
  title: 'ECS blue/green',
  summary:
    'CodeBuild builds the image; CodeDeploy starts a replacement task set from the revision the AppSpec names and moves the listener to it.',
  sketch: [
    { name: 'Source', actions: ['CodeCommit'] },
    { name: 'Build', actions: ['CodeBuild'] },
    { name: 'Deploy', actions: ['CodeDeploy (ECS blue/green)'] },
  ],
  unavailable: (account) =>
    account.ecs
      ? undefined
      : 'It needs an ECS service behind a load balancer with two target groups (the simulator has no ECS CreateService).',
  names: (p) => [...coreNames(p), ...deployNames(p, ['bluegreen'])],
  plan: (params) => {
    const { projectName: p, account } = params;
    const ecs = account.ecs;
    if (!ecs) return [];
    const group = ecs.deploymentGroup ?? { applicationName: p, deploymentGroupName: `${p}-bluegreen` };
    return [
      ...sourceAndBuild(
        params,
        `Container app released blue/green to the ECS service ${ecs.service}.`,
        ecsApp(p, ecs),
        true,
      ),
      // An ECS service belongs to one deployment group at most: a service that has one is deployed through it.
      ...(ecs.deploymentGroup
        ? []
        : [
            applicationStep(p, 'ECS'),
            deploymentGroupStep(
              account,
              {
                ...group,
                deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce',
                ecsServices: [{ clusterName: ecs.cluster, serviceName: ecs.service }],
                deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
                loadBalancerInfo: {
                  targetGroupPairInfoList: [
                    {
                      targetGroups: ecs.targetGroups.map((name) => ({ name })),
                      prodTrafficRoute: { listeners: [ecs.prodListener] },
                      ...(ecs.testListener && { testTrafficRoute: { listeners: [ecs.testListener] } }),
                    },
                  ],
                },
                blueGreenDeploymentConfiguration: {
                  deploymentReadyOption: { actionOnTimeout: 'CONTINUE_DEPLOYMENT' },
                  terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 5 },
                },
                autoRollbackConfiguration: rollbackOnFailure,
              },
              `the service ${ecs.service} in ${ecs.cluster}, all traffic at once`,
            ),
          ]),
      pipelineStep(
        pipelineDeclaration(`${p}-pipeline`, account, [
          sourceStage(p),
          buildStage(`${p}-build`),
          // The simulator runs no CodeDeployToECS action (it would register taskdef.json): a CodeDeploy action deploys
          // the AppSpec, which names an existing task definition.
          { name: 'Deploy', actions: [codeDeployAction('Deploy', group.applicationName, group.deploymentGroupName)] },
        ]),
      ),
    ];
  },
};

const s3StaticSite: ProjectTemplate = {
  id: 'static-site',
  title: 'Static site to S3',
  summary:
    'CodeBuild checks the pages and collects them; the S3 deploy action extracts them into the site bucket under the project name.',
  sketch: [
    { name: 'Source', actions: ['CodeCommit'] },
    { name: 'Build', actions: ['CodeBuild'] },
    { name: 'Deploy', actions: ['S3'] },
  ],
  unavailable: (account) =>
    account.siteBucket ? undefined : 'It needs an S3 bucket for the site (the simulator has no S3 CreateBucket).',
  names: coreNames,
  plan: (params) => {
    const { projectName: p, account } = params;
    const bucket = account.siteBucket;
    if (!bucket) return [];
    return [
      ...sourceAndBuild(params, `Static site deployed to s3://${bucket}/${p}/.`, staticSite(p)),
      pipelineStep(
        pipelineDeclaration(`${p}-pipeline`, account, [
          sourceStage(p),
          buildStage(`${p}-build`),
          { name: 'Deploy', actions: [s3DeployAction(bucket, p)] },
        ]),
      ),
    ];
  },
};

const environmentGroup = (params: TemplateParams, environment: string) =>
  deploymentGroupStep(
    params.account,
    {
      applicationName: params.projectName,
      deploymentGroupName: `${params.projectName}-${environment}`,
      deploymentConfigName: 'CodeDeployDefault.HalfAtATime',
      // Two tag lists: an instance must match both (CodeDeploy ANDs the lists of a tag set).
      ec2TagSet: {
        ec2TagSetList: [
          [projectTag(params.projectName)],
          [{ Key: 'Environment', Value: environment, Type: 'KEY_AND_VALUE' }],
        ],
      },
      deploymentStyle: { deploymentType: 'IN_PLACE', deploymentOption: 'WITHOUT_TRAFFIC_CONTROL' },
      autoRollbackConfiguration: rollbackOnFailure,
    },
    `instances tagged Project=${params.projectName} and Environment=${environment}`,
  );

const multiEnvironment: ProjectTemplate = {
  id: 'multi-environment',
  title: 'Staging and production with a manual approval',
  summary:
    'Every change goes to the staging fleet first; someone approves it before the pipeline deploys it to the production fleet.',
  sketch: [
    { name: 'Source', actions: ['CodeCommit'] },
    { name: 'Build', actions: ['CodeBuild'] },
    { name: 'Staging', actions: ['CodeDeploy'] },
    { name: 'Approval', actions: ['Manual approval'] },
    { name: 'Production', actions: ['CodeDeploy'] },
  ],
  unavailable: always,
  names: (p) => [...coreNames(p), ...deployNames(p, ['staging', 'production'])],
  plan: (params) => {
    const { projectName: p, account } = params;
    return [
      ...sourceAndBuild(
        params,
        'Node.js web app released to staging, then to production after approval.',
        ec2WebApp(p),
      ),
      instancesStep(2, { Project: p, Environment: 'staging', Name: `${p}-staging` }),
      instancesStep(2, { Project: p, Environment: 'production', Name: `${p}-production` }),
      applicationStep(p, 'Server'),
      environmentGroup(params, 'staging'),
      environmentGroup(params, 'production'),
      pipelineStep(
        pipelineDeclaration(`${p}-pipeline`, account, [
          sourceStage(p),
          buildStage(`${p}-build`),
          { name: 'Staging', actions: [codeDeployAction('DeployToStaging', p, `${p}-staging`)] },
          { name: 'Approval', actions: [approvalAction(`Check ${p} on staging before it goes to production.`)] },
          { name: 'Production', actions: [codeDeployAction('DeployToProduction', p, `${p}-production`)] },
        ]),
      ),
    ];
  },
};

/** The templates, in the order the wizard shows them. */
export const PROJECT_TEMPLATES: readonly ProjectTemplate[] = [
  ec2InPlace,
  ec2BlueGreen,
  lambdaCanary,
  ecsBlueGreen,
  s3StaticSite,
  multiEnvironment,
];

import {
  ApplicationAlreadyExistsException,
  ApplicationDoesNotExistException,
  BatchGetApplicationRevisionsCommand,
  BatchGetApplicationsCommand,
  BatchGetDeploymentGroupsCommand,
  CodeDeployClient,
  CreateApplicationCommand,
  CreateDeploymentConfigCommand,
  CreateDeploymentGroupCommand,
  DeleteApplicationCommand,
  DeleteDeploymentConfigCommand,
  DeleteDeploymentGroupCommand,
  DeploymentConfigDoesNotExistException,
  DeploymentConfigInUseException,
  DeploymentGroupDoesNotExistException,
  GetApplicationCommand,
  GetApplicationRevisionCommand,
  GetDeploymentConfigCommand,
  GetDeploymentGroupCommand,
  InvalidMinimumHealthyHostValueException,
  InvalidRoleException,
  InvalidTrafficRoutingConfigurationException,
  ListApplicationRevisionsCommand,
  ListApplicationsCommand,
  ListDeploymentConfigsCommand,
  ListDeploymentGroupsCommand,
  RegisterApplicationRevisionCommand,
  RevisionDoesNotExistException,
  UpdateApplicationCommand,
  UpdateDeploymentGroupCommand,
} from '@aws-sdk/client-codedeploy';
import { describe, expect, it } from 'vitest';
import { codedeployScenario, LAMBDA_APPSPEC, ROLE_ARN, s3Revision } from '../../src/engine/codedeploy/test-world';
import { rejection, sdkConfig, serveMockAws } from '../../test/mock-aws';
import { codedeployApi } from './codedeploy';

const client = new CodeDeployClient(sdkConfig('codedeploy'));
serveMockAws(() =>
  JSON.stringify(
    codedeployScenario({
      applications: [
        {
          applicationName: 'web',
          deploymentGroups: [
            {
              deploymentGroupName: 'web-fleet',
              deploymentConfigName: 'CodeDeployDefault.HalfAtATime',
              ec2TagFilters: [{ Key: 'App', Value: 'web', Type: 'KEY_AND_VALUE' }],
            },
          ],
          revisions: [{ revision: s3Revision('web/v1.zip'), description: 'v1' }],
        },
        { applicationName: 'fn', computePlatform: 'Lambda' },
      ],
    }),
  ),
);
const start = new Date('2026-01-05T09:00:00Z');

describe('CodeDeploy through @aws-sdk/client-codedeploy', () => {
  it('declares every operation the engine implements', () => {
    expect(codedeployApi.operations).toHaveLength(33);
  });

  it('creates, reads, lists, renames and deletes applications', async () => {
    const { applicationId } = await client.send(
      new CreateApplicationCommand({ applicationName: 'api', computePlatform: 'ECS' }),
    );
    const { application } = await client.send(new GetApplicationCommand({ applicationName: 'api' }));
    expect(application).toEqual({
      applicationId,
      applicationName: 'api',
      computePlatform: 'ECS',
      createTime: start,
      linkedToGitHub: false,
    });
    expect((await client.send(new ListApplicationsCommand({}))).applications).toEqual(['api', 'fn', 'web']);
    const batch = await client.send(new BatchGetApplicationsCommand({ applicationNames: ['web', 'fn'] }));
    expect(batch.applicationsInfo?.map((a) => a.computePlatform)).toEqual(['Server', 'Lambda']);

    await client.send(new UpdateApplicationCommand({ applicationName: 'api', newApplicationName: 'service' }));
    await client.send(new DeleteApplicationCommand({ applicationName: 'service' }));
    const missing = await rejection(client.send(new GetApplicationCommand({ applicationName: 'service' })));
    expect(missing).toBeInstanceOf(ApplicationDoesNotExistException);
    expect(missing.message).toBe('No application found for name: service');
    const duplicate = await rejection(client.send(new CreateApplicationCommand({ applicationName: 'web' })));
    expect(duplicate).toBeInstanceOf(ApplicationAlreadyExistsException);
    expect(duplicate.$metadata.httpStatusCode).toBe(400);
  });

  it('creates, reads, updates and deletes deployment groups', async () => {
    const { deploymentGroupId } = await client.send(
      new CreateDeploymentGroupCommand({
        applicationName: 'fn',
        deploymentGroupName: 'fn-live',
        serviceRoleArn: ROLE_ARN,
        deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
        alarmConfiguration: { enabled: true, alarms: [{ name: 'fn-errors' }] },
        autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] },
      }),
    );
    const { deploymentGroupInfo } = await client.send(
      new GetDeploymentGroupCommand({ applicationName: 'fn', deploymentGroupName: 'fn-live' }),
    );
    expect(deploymentGroupInfo).toMatchObject({
      deploymentGroupId,
      computePlatform: 'Lambda',
      deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
      alarmConfiguration: { enabled: true, ignorePollAlarmFailure: false, alarms: [{ name: 'fn-errors' }] },
    });
    await client.send(
      new UpdateDeploymentGroupCommand({
        applicationName: 'fn',
        currentDeploymentGroupName: 'fn-live',
        newDeploymentGroupName: 'fn-prod',
        deploymentConfigName: 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
      }),
    );
    expect((await client.send(new ListDeploymentGroupsCommand({ applicationName: 'fn' }))).deploymentGroups).toEqual([
      'fn-prod',
    ]);
    const batch = await client.send(
      new BatchGetDeploymentGroupsCommand({ applicationName: 'web', deploymentGroupNames: ['web-fleet'] }),
    );
    expect(batch.deploymentGroupsInfo?.[0]).toMatchObject({
      deploymentConfigName: 'CodeDeployDefault.HalfAtATime',
      ec2TagFilters: [{ Key: 'App', Value: 'web', Type: 'KEY_AND_VALUE' }],
    });
    await client.send(new DeleteDeploymentGroupCommand({ applicationName: 'fn', deploymentGroupName: 'fn-prod' }));
    const gone = await rejection(
      client.send(new GetDeploymentGroupCommand({ applicationName: 'fn', deploymentGroupName: 'fn-prod' })),
    );
    expect(gone).toBeInstanceOf(DeploymentGroupDoesNotExistException);
    expect(gone.message).toBe('No Deployment Group found for name: fn-prod');
    const role = await rejection(
      client.send(
        new CreateDeploymentGroupCommand({
          applicationName: 'fn',
          deploymentGroupName: 'x',
          serviceRoleArn: 'arn:aws:iam::123456789012:role/Nobody',
        }),
      ),
    );
    expect(role).toBeInstanceOf(InvalidRoleException);
  });

  it('answers the predefined configurations and checks custom ones', async () => {
    const { deploymentConfigInfo } = await client.send(
      new GetDeploymentConfigCommand({ deploymentConfigName: 'CodeDeployDefault.OneAtATime' }),
    );
    expect(deploymentConfigInfo?.minimumHealthyHosts).toEqual({ type: 'MOST_CONCURRENCY', value: 1 });
    await client.send(
      new CreateDeploymentConfigCommand({
        deploymentConfigName: 'Canary25Percent3Minutes',
        computePlatform: 'Lambda',
        trafficRoutingConfig: { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: 25, canaryInterval: 3 } },
      }),
    );
    const list = (await client.send(new ListDeploymentConfigsCommand({}))).deploymentConfigsList ?? [];
    expect(list).toContain('CodeDeployDefault.LambdaCanary10Percent5Minutes');
    expect(list.at(-1)).toBe('Canary25Percent3Minutes');
    const percent = await rejection(
      client.send(
        new CreateDeploymentConfigCommand({
          deploymentConfigName: 'Everything',
          minimumHealthyHosts: { type: 'FLEET_PERCENT', value: 101 },
        }),
      ),
    );
    expect(percent).toBeInstanceOf(InvalidMinimumHealthyHostValueException);
    const routing = await rejection(
      client.send(
        new CreateDeploymentConfigCommand({
          deploymentConfigName: 'Whole',
          computePlatform: 'Lambda',
          trafficRoutingConfig: {
            type: 'TimeBasedLinear',
            timeBasedLinear: { linearPercentage: 100, linearInterval: 1 },
          },
        }),
      ),
    );
    expect(routing).toBeInstanceOf(InvalidTrafficRoutingConfigurationException);
    await client.send(
      new UpdateDeploymentGroupCommand({
        applicationName: 'web',
        currentDeploymentGroupName: 'web-fleet',
        deploymentConfigName: 'CodeDeployDefault.AllAtOnce',
      }),
    );
    await client.send(
      new CreateDeploymentConfigCommand({
        deploymentConfigName: 'TwoAtATime',
        minimumHealthyHosts: { type: 'HOST_COUNT', value: 4 },
      }),
    );
    await client.send(
      new UpdateDeploymentGroupCommand({
        applicationName: 'web',
        currentDeploymentGroupName: 'web-fleet',
        deploymentConfigName: 'TwoAtATime',
      }),
    );
    expect(
      await rejection(client.send(new DeleteDeploymentConfigCommand({ deploymentConfigName: 'TwoAtATime' }))),
    ).toBeInstanceOf(DeploymentConfigInUseException);
    await client.send(new DeleteDeploymentConfigCommand({ deploymentConfigName: 'Canary25Percent3Minutes' }));
    const deleted = await rejection(
      client.send(new GetDeploymentConfigCommand({ deploymentConfigName: 'Canary25Percent3Minutes' })),
    );
    expect(deleted).toBeInstanceOf(DeploymentConfigDoesNotExistException);
    expect(deleted.message).toBe('No deployment configuration found for name: Canary25Percent3Minutes');
  });

  it('registers, lists and reads revisions', async () => {
    await client.send(
      new RegisterApplicationRevisionCommand({
        applicationName: 'web',
        revision: s3Revision('web/v2.zip') as never,
        description: 'v2',
      }),
    );
    const { revisions } = await client.send(
      new ListApplicationRevisionsCommand({ applicationName: 'web', sortBy: 'registerTime', sortOrder: 'ascending' }),
    );
    expect(revisions?.map((r) => r.s3Location?.key)).toEqual(['web/v1.zip', 'web/v2.zip']);
    const got = await client.send(
      new GetApplicationRevisionCommand({ applicationName: 'web', revision: s3Revision('web/v1.zip') as never }),
    );
    expect(got.revisionInfo).toMatchObject({ description: 'v1', registerTime: start, deploymentGroups: [] });
    await client.send(
      new RegisterApplicationRevisionCommand({
        applicationName: 'fn',
        revision: { revisionType: 'AppSpecContent', appSpecContent: { content: LAMBDA_APPSPEC } },
      }),
    );
    const batch = await client.send(
      new BatchGetApplicationRevisionsCommand({
        applicationName: 'fn',
        revisions: [{ revisionType: 'AppSpecContent', appSpecContent: { content: LAMBDA_APPSPEC } }],
      }),
    );
    expect(batch.revisions?.[0]?.revisionLocation?.appSpecContent?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(batch.revisions?.[0]?.genericRevisionInfo?.registerTime).toEqual(start);
    expect(
      await rejection(
        client.send(
          new GetApplicationRevisionCommand({ applicationName: 'web', revision: s3Revision('web/v9.zip') as never }),
        ),
      ),
    ).toBeInstanceOf(RevisionDoesNotExistException);
  });
});

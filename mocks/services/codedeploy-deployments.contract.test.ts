import {
  BatchGetDeploymentInstancesCommand,
  BatchGetDeploymentsCommand,
  BatchGetDeploymentTargetsCommand,
  CodeDeployClient,
  ContinueDeploymentCommand,
  CreateDeploymentCommand,
  DeploymentAlreadyCompletedException,
  DeploymentGroupDoesNotExistException,
  GetApplicationRevisionCommand,
  GetDeploymentCommand,
  GetDeploymentGroupCommand,
  GetDeploymentInstanceCommand,
  GetDeploymentTargetCommand,
  InvalidLifecycleEventHookExecutionIdException,
  ListDeploymentInstancesCommand,
  ListDeploymentsCommand,
  ListDeploymentTargetsCommand,
  PutLifecycleEventHookExecutionStatusCommand,
  StopDeploymentCommand,
  type RevisionLocation,
} from '@aws-sdk/client-codedeploy';
import { describe, expect, it } from 'vitest';
import { ENDPOINT, rejection, sdkConfig, serveMockAws } from '../../test/mock-aws';
import { codedeploySimulatorApi } from './codedeploy';

/** Deployments on the demo world: demo-web (six instances, HalfAtATime) and demo-fn (a canary on alias live). */
const client = new CodeDeployClient(sdkConfig('codedeploy'));
const { engine } = serveMockAws();
const webV1: RevisionLocation = {
  revisionType: 'S3',
  s3Location: { bucket: 'demo-deploy-revisions-123456789012', key: 'demo-web/demo-web-v1.zip', bundleType: 'zip' },
};
const fnRevision: RevisionLocation = {
  revisionType: 'AppSpecContent',
  appSpecContent: {
    content:
      'version: 0.0\nResources:\n  - demo-fn:\n      Type: AWS::Lambda::Function\n      Properties:\n        Name: demo-fn\n        Alias: live\n        CurrentVersion: 1\n        TargetVersion: 2\n',
  },
};

describe('CodeDeploy deployments through @aws-sdk/client-codedeploy', () => {
  it('deploys demo-web in place and reports every instance and its lifecycle events', async () => {
    const { deploymentId } = await client.send(
      new CreateDeploymentCommand({
        applicationName: 'demo-web',
        deploymentGroupName: 'demo-web-fleet',
        revision: webV1,
        description: 'v1 to the fleet',
      }),
    );
    expect(deploymentId).toMatch(/^d-[A-Z0-9]{9}$/);
    await engine().advance(20 * 60_000);

    const { deploymentInfo } = await client.send(new GetDeploymentCommand({ deploymentId }));
    expect(deploymentInfo).toMatchObject({
      status: 'Succeeded',
      creator: 'user',
      description: 'v1 to the fleet',
      deploymentConfigName: 'CodeDeployDefault.HalfAtATime',
      deploymentOverview: { Succeeded: 6, Failed: 0 },
    });
    expect(deploymentInfo?.completeTime).toBeInstanceOf(Date);
    const batch = await client.send(new BatchGetDeploymentsCommand({ deploymentIds: [deploymentId as string] }));
    expect(batch.deploymentsInfo?.[0]?.deploymentId).toBe(deploymentId);
    expect(
      (
        await client.send(
          new ListDeploymentsCommand({ applicationName: 'demo-web', deploymentGroupName: 'demo-web-fleet' }),
        )
      ).deployments,
    ).toEqual([deploymentId]);

    const { targetIds = [] } = await client.send(new ListDeploymentTargetsCommand({ deploymentId }));
    expect(targetIds).toHaveLength(6);
    const { deploymentTargets } = await client.send(
      new BatchGetDeploymentTargetsCommand({ deploymentId, targetIds: targetIds.slice(0, 2) }),
    );
    const events = deploymentTargets?.[0]?.instanceTarget?.lifecycleEvents?.map((e) => e.lifecycleEventName);
    // In place with a load balancer: the traffic hooks wrap the install (aws-facts §3.4).
    expect(events).toEqual([
      'Start',
      'BeforeBlockTraffic',
      'BlockTraffic',
      'AfterBlockTraffic',
      'ApplicationStop',
      'DownloadBundle',
      'BeforeInstall',
      'Install',
      'AfterInstall',
      'ApplicationStart',
      'ValidateService',
      'BeforeAllowTraffic',
      'AllowTraffic',
      'AfterAllowTraffic',
      'End',
    ]);
    const one = await client.send(new GetDeploymentTargetCommand({ deploymentId, targetId: targetIds[0] }));
    expect(one.deploymentTarget?.instanceTarget?.status).toBe('Succeeded');

    const { instancesList = [] } = await client.send(new ListDeploymentInstancesCommand({ deploymentId }));
    expect(instancesList).toEqual(targetIds);
    const instances = await client.send(
      new BatchGetDeploymentInstancesCommand({ deploymentId, instanceIds: instancesList }),
    );
    expect(instances.instancesSummary?.map((i) => i.status)).toEqual(Array(6).fill('Succeeded'));
    const instance = await client.send(
      new GetDeploymentInstanceCommand({ deploymentId, instanceId: instancesList[0] }),
    );
    expect(instance.instanceSummary?.instanceId).toContain(instancesList[0]);

    const group = await client.send(
      new GetDeploymentGroupCommand({ applicationName: 'demo-web', deploymentGroupName: 'demo-web-fleet' }),
    );
    expect(group.deploymentGroupInfo?.lastSuccessfulDeployment?.deploymentId).toBe(deploymentId);
    const revision = await client.send(
      new GetApplicationRevisionCommand({ applicationName: 'demo-web', revision: webV1 }),
    );
    expect(revision.revisionInfo?.deploymentGroups).toEqual(['demo-web-fleet']);

    const done = await rejection(client.send(new ContinueDeploymentCommand({ deploymentId })));
    expect(done).toBeInstanceOf(DeploymentAlreadyCompletedException);
  });

  it('runs a Lambda canary, stops it on request and refuses unknown hook executions', async () => {
    const { deploymentId } = await client.send(
      new CreateDeploymentCommand({
        applicationName: 'demo-fn',
        deploymentGroupName: 'demo-fn-live',
        revision: fnRevision,
      }),
    );
    await engine().advance(60_000);
    const { targetIds } = await client.send(new ListDeploymentTargetsCommand({ deploymentId }));
    expect(targetIds).toEqual(['demo-fn:live']);
    const running = await client.send(new GetDeploymentCommand({ deploymentId }));
    expect(running.deploymentInfo?.status).toBe('InProgress');
    const hook = await rejection(
      client.send(
        new PutLifecycleEventHookExecutionStatusCommand({
          deploymentId,
          lifecycleEventHookExecutionId: 'not-a-hook',
          status: 'Succeeded',
        }),
      ),
    );
    expect(hook).toBeInstanceOf(InvalidLifecycleEventHookExecutionIdException);
    const stopped = await client.send(new StopDeploymentCommand({ deploymentId }));
    expect(stopped.status).toBe('Succeeded');
    expect((await client.send(new GetDeploymentCommand({ deploymentId }))).deploymentInfo?.status).toBe('Stopped');
  });

  it('refuses a deployment to a group that does not exist', async () => {
    const missing = await rejection(
      client.send(
        new CreateDeploymentCommand({ applicationName: 'demo-web', deploymentGroupName: 'nope', revision: webV1 }),
      ),
    );
    expect(missing).toBeInstanceOf(DeploymentGroupDoesNotExistException);
    expect(missing.message).toBe('No Deployment Group found for name: nope');
  });
});

describe('Deployment faults (CICDLabDeploySimulator_20260101)', () => {
  it('arms a failing ValidateService for the next deployment, which then shows ScriptFailed', async () => {
    const response = await fetch(`${ENDPOINT}/${codedeploySimulatorApi.endpointPrefix}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `${codedeploySimulatorApi.targetPrefix}.InjectDeploymentFault`,
      },
      body: JSON.stringify({ lifecycleEventName: 'ValidateService', effect: 'fail' }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { explanation: string }).explanation).toMatch(/ValidateService event fails/);

    const { deploymentId } = await client.send(
      new CreateDeploymentCommand({
        applicationName: 'demo-web',
        deploymentGroupName: 'demo-web-fleet',
        revision: webV1,
      }),
    );
    await engine().advance(20 * 60_000);
    const { targetIds = [] } = await client.send(new ListDeploymentTargetsCommand({ deploymentId }));
    const { deploymentTarget } = await client.send(
      new GetDeploymentTargetCommand({ deploymentId, targetId: targetIds[0] }),
    );
    const validate = deploymentTarget?.instanceTarget?.lifecycleEvents?.find(
      (e) => e.lifecycleEventName === 'ValidateService',
    );
    expect(validate).toMatchObject({ status: 'Failed', diagnostics: { errorCode: 'ScriptFailed' } });
  });
});

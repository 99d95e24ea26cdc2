import {
  ClusterNotFoundException,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTaskSetsCommand,
  ECSClient,
  ListServicesCommand,
} from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { rejection, sdkConfig, serveMockAws } from '../../test/mock-aws';

const client = new ECSClient(sdkConfig('ecs'));
serveMockAws();

describe('ECS (AWS JSON 1.1) through @aws-sdk/client-ecs', () => {
  it('lists and describes the demo service with its primary task set', async () => {
    const listed = await client.send(new ListServicesCommand({ cluster: 'demo-cluster' }));
    expect(listed.serviceArns).toEqual(['arn:aws:ecs:us-east-1:123456789012:service/demo-cluster/demo-svc']);
    const { services, failures } = await client.send(
      new DescribeServicesCommand({ cluster: 'demo-cluster', services: ['demo-svc', 'missing'] }),
    );
    expect(services?.[0]).toMatchObject({
      serviceName: 'demo-svc',
      status: 'ACTIVE',
      desiredCount: 2,
      runningCount: 2,
      deploymentController: { type: 'CODE_DEPLOY' },
      taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/demo-svc:1',
      taskSets: [{ status: 'PRIMARY', scale: { value: 100, unit: 'PERCENT' }, stabilityStatus: 'STEADY_STATE' }],
    });
    expect(services?.[0]?.createdAt).toBeInstanceOf(Date);
    expect(failures).toEqual([
      { arn: 'arn:aws:ecs:us-east-1:123456789012:service/demo-cluster/missing', reason: 'MISSING' },
    ]);
  });

  it('describes task sets and the latest revision of a family', async () => {
    const { taskSets } = await client.send(
      new DescribeTaskSetsCommand({ cluster: 'demo-cluster', service: 'demo-svc' }),
    );
    expect(taskSets?.[0]?.id).toMatch(/^ecs-svc\/\d{19}$/);
    const { taskDefinition } = await client.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'demo-svc' }));
    expect(taskDefinition).toMatchObject({ family: 'demo-svc', revision: 2, status: 'ACTIVE' });
    expect(taskDefinition?.containerDefinitions?.[0]?.portMappings?.[0]?.containerPort).toBe(80);
  });

  it('refuses an unknown cluster with ClusterNotFoundException', async () => {
    const error = await rejection(client.send(new ListServicesCommand({ cluster: 'nope' })));
    expect(error).toBeInstanceOf(ClusterNotFoundException);
    expect(error.message).toBe('Cluster not found.');
  });
});

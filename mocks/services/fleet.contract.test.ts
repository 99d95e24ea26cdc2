import { describe, expect, it } from 'vitest';
import { ENDPOINT, serveMockAws } from '../../test/mock-aws';
import { autoscalingApi, ec2Api, elbApi, fleetSimulatorApi, lambdaApi } from './fleet';
import type { ServiceApi } from '../protocol/service';

const { engine } = serveMockAws();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- wire answers, checked field by field below
type Wire = Record<string, any>;

/** No SDK client speaks these services in JSON 1.1, so the wire is exercised with fetch. */
async function call(api: ServiceApi, operation: string, body: object = {}) {
  const response = await fetch(`${ENDPOINT}/${api.endpointPrefix}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `${api.targetPrefix}.${operation}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Wire };
}

const webInstances = async () =>
  (
    await call(ec2Api, 'DescribeInstances', { Filters: [{ Name: 'tag:App', Values: ['demo-web'] }] })
  ).body.Reservations.flatMap((r: { Instances: unknown[] }) => r.Instances) as Wire[];

describe('EC2 (JSON 1.1 form, EC2Simulator_20161115)', () => {
  it('describes the 6 demo web instances with their state, tags and agent', async () => {
    const instances = await webInstances();
    expect(instances).toHaveLength(6);
    expect(new Set(instances.map((i) => i.Placement?.AvailabilityZone))).toEqual(new Set(['us-east-1a', 'us-east-1b']));
    expect(instances[0]).toMatchObject({
      State: { Code: 16, Name: 'running' },
      InstanceType: 't3.micro',
      SimulatorState: { CodeDeployAgent: 'running', ClockSkewSeconds: 0, S3ReadBuckets: ['*'] },
    });
    expect(instances[0]?.InstanceId).toMatch(/^i-0[0-9a-f]{16}$/);
    expect(instances[0]?.Tags).toContainEqual({ Key: 'App', Value: 'demo-web' });
  });

  it('runs, stops and terminates instances with the real state codes', async () => {
    const run = await call(ec2Api, 'RunInstances', {
      MinCount: 2,
      MaxCount: 2,
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'App', Value: 'compare' }] }],
    });
    expect(run.body.Instances.map((i: { State: unknown }) => i.State)).toEqual([
      { Code: 0, Name: 'pending' },
      { Code: 0, Name: 'pending' },
    ]);
    const id = run.body.Instances[0].InstanceId;
    await engine().advance(30_000);
    const stop = await call(ec2Api, 'StopInstances', { InstanceIds: [id] });
    expect(stop.body.StoppingInstances).toEqual([
      { InstanceId: id, PreviousState: { Code: 16, Name: 'running' }, CurrentState: { Code: 64, Name: 'stopping' } },
    ]);
    const term = await call(ec2Api, 'TerminateInstances', { InstanceIds: [id] });
    expect(term.body.TerminatingInstances[0].CurrentState).toEqual({ Code: 32, Name: 'shutting-down' });
    const again = await call(ec2Api, 'StartInstances', { InstanceIds: [id] });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({
      __type: 'IncorrectInstanceState',
      message: `The instance '${id}' is not in a state from which it can be started.`,
    });
  });

  it('refuses an unknown instance ID', async () => {
    const { status, body } = await call(ec2Api, 'DescribeInstances', { InstanceIds: ['i-0000000000000000f'] });
    expect(status).toBe(400);
    expect(body).toEqual({
      __type: 'InvalidInstanceID.NotFound',
      message: "The instance ID 'i-0000000000000000f' does not exist",
    });
  });

  it('reports instance status only for running instances unless asked for all', async () => {
    const { body } = await call(ec2Api, 'DescribeInstanceStatus', {});
    expect(body.InstanceStatuses).toHaveLength(6);
    expect(body.InstanceStatuses[0].InstanceStatus).toEqual({
      Status: 'initializing',
      Details: [{ Name: 'reachability', Status: 'initializing' }],
    });
  });
});

describe('Auto Scaling (JSON 1.1 form, AutoScalingSimulator_20110101)', () => {
  it('creates a group whose instances launch pending, and refuses a desired capacity out of bounds', async () => {
    const created = await call(autoscalingApi, 'CreateAutoScalingGroup', {
      AutoScalingGroupName: 'web-asg',
      MinSize: 1,
      MaxSize: 3,
      DesiredCapacity: 2,
      Tags: [{ Key: 'App', Value: 'asg-web' }],
    });
    expect(created.status).toBe(200);
    const { body } = await call(autoscalingApi, 'DescribeAutoScalingGroups', { AutoScalingGroupNames: ['web-asg'] });
    expect(body.AutoScalingGroups[0]).toMatchObject({ AutoScalingGroupName: 'web-asg', DesiredCapacity: 2 });
    expect(body.AutoScalingGroups[0].Instances.map((i: { LifecycleState: string }) => i.LifecycleState)).toEqual([
      'Pending',
      'Pending',
    ]);
    const bad = await call(autoscalingApi, 'CreateAutoScalingGroup', {
      AutoScalingGroupName: 'x',
      MinSize: 1,
      MaxSize: 3,
      DesiredCapacity: 5,
    });
    expect(bad.body).toEqual({
      __type: 'ValidationError',
      message: 'Desired capacity:5 must be between the specified min size:1 and max size:3',
    });
  });
});

describe('Elastic Load Balancing v2 (JSON 1.1 form)', () => {
  it('describes the demo load balancer, its listener, target group and healthy targets', async () => {
    const lbs = await call(elbApi, 'DescribeLoadBalancers', { Names: ['demo-web-alb'] });
    const lb = lbs.body.LoadBalancers[0];
    expect(lb).toMatchObject({ LoadBalancerName: 'demo-web-alb', Type: 'application', State: { Code: 'active' } });
    const listeners = await call(elbApi, 'DescribeListeners', { LoadBalancerArn: lb.LoadBalancerArn });
    expect(listeners.body.Listeners[0]).toMatchObject({ Port: 80, Protocol: 'HTTP' });
    const tgArn = listeners.body.Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups[0].TargetGroupArn;
    const tgs = await call(elbApi, 'DescribeTargetGroups', { TargetGroupArns: [tgArn] });
    expect(tgs.body.TargetGroups[0]).toMatchObject({
      TargetGroupName: 'demo-web-tg',
      HealthCheckIntervalSeconds: 10,
      HealthyThresholdCount: 3,
      LoadBalancerArns: [lb.LoadBalancerArn],
    });
    const health = await call(elbApi, 'DescribeTargetHealth', { TargetGroupArn: tgArn });
    expect(health.body.TargetHealthDescriptions).toHaveLength(6);
    expect(health.body.TargetHealthDescriptions[0].TargetHealth).toEqual({ State: 'healthy' });
  });

  it('refuses an unknown target group', async () => {
    const { body } = await call(elbApi, 'DescribeTargetHealth', { TargetGroupArn: 'arn:nope' });
    expect(body.__type).toBe('TargetGroupNotFound');
  });
});

describe('Lambda (JSON 1.1 form, LambdaSimulator_20150331)', () => {
  it('gets demo-fn, its versions and the live alias', async () => {
    const fn = await call(lambdaApi, 'GetFunction', { FunctionName: 'demo-fn' });
    expect(fn.body.Configuration).toMatchObject({ FunctionName: 'demo-fn', Version: '$LATEST', State: 'Active' });
    const versions = await call(lambdaApi, 'ListVersionsByFunction', { FunctionName: 'demo-fn' });
    expect(versions.body.Versions.map((v: { Version: string }) => v.Version)).toEqual(['$LATEST', '1', '2']);
    const alias = await call(lambdaApi, 'GetAlias', { FunctionName: 'demo-fn', Name: 'live' });
    expect(alias.body).toMatchObject({
      Name: 'live',
      FunctionVersion: '1',
      AliasArn: 'arn:aws:lambda:us-east-1:123456789012:function:demo-fn:live',
    });
    const aliases = await call(lambdaApi, 'ListAliases', { FunctionName: 'demo-fn' });
    expect(aliases.body.Aliases).toHaveLength(1);
  });

  it('refuses an unknown function with ResourceNotFoundException (404)', async () => {
    const { status, body } = await call(lambdaApi, 'GetFunction', { FunctionName: 'nope' });
    expect(status).toBe(404);
    expect(body).toEqual({
      __type: 'ResourceNotFoundException',
      message: 'Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope',
    });
  });
});

describe('fleet faults (CICDLabFleetSimulator_20260101)', () => {
  it('stops the agent, revokes S3 read, skews the clock and moves a bucket', async () => {
    const [first] = await webInstances();
    const id = first?.InstanceId;
    const stopped = await call(fleetSimulatorApi, 'StopCodeDeployAgent', { InstanceIds: [id] });
    expect(stopped.body).toEqual({ Instances: [{ InstanceId: id, CodeDeployAgent: 'stopped' }] });
    await call(fleetSimulatorApi, 'RevokeInstanceProfileS3Read', {
      InstanceIds: [id],
      Bucket: 'demo-artifacts-123456789012',
    });
    await call(fleetSimulatorApi, 'SetClockSkew', { InstanceIds: [id], Seconds: 1200 });
    const [after] = (await call(ec2Api, 'DescribeInstances', { InstanceIds: [id] })).body.Reservations[0]
      .Instances as Wire[];
    expect(after?.SimulatorState.CodeDeployAgent).toBe('stopped');
    expect(after?.SimulatorState.ClockSkewSeconds).toBe(1200);
    expect(after?.SimulatorState.S3ReadBuckets).not.toContain('demo-artifacts-123456789012');
    const moved = await call(fleetSimulatorApi, 'SetBucketRegion', {
      Bucket: 'demo-artifacts-123456789012',
      Region: 'eu-west-1',
    });
    expect(moved.status).toBe(200);
  });

  it('holds an alarm in ALARM and lists the faults with their explanations', async () => {
    await call(fleetSimulatorApi, 'HoldAlarmState', { AlarmName: 'demo-web-5xx', StateValue: 'ALARM' });
    await engine().advance(120_000);
    const sim = await call(fleetSimulatorApi, 'DescribeFleetSimulation');
    expect(sim.body.Faults.map((f: { Operation: string }) => f.Operation)).toContain('HoldAlarmState');
    expect(sim.body.TrafficSources[0]).toMatchObject({ Kind: 'listener', RequestsPerSecond: 20 });
    const agentOff = await call(fleetSimulatorApi, 'StartCodeDeployAgent', { InstanceIds: ['i-0000000000000000f'] });
    expect(agentOff.body.__type).toBe('ResourceNotFoundException');
  });
});

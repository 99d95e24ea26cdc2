import { AwsError } from '../../core/aws-error';
import { optionalInteger, optionalString } from '../../core/input';
import { getOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { asgAlreadyExists, asgValidation, ec2IncorrectState, ec2InvalidInstanceId } from '../errors';
import { launchInstance, transition, BOOT_SECONDS, INSTANCE_TIMER, setInstanceState } from '../lifecycle';
import { fillAutoScalingGroup, terminateInstances } from '../public';
import { defaultZones, newAutoScalingGroup } from '../resources';
import type { Ec2Instance, InstanceState } from '../state';
import { wake } from '../traffic';
import { SECOND } from '../../core/time';
import { epoch, fromTagList, optionalList, optionalObject, optionalStrings, toTagList } from './wire';

const STATE_CODE: Record<InstanceState, number> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};

const stateOf = (state: InstanceState) => ({ Code: STATE_CODE[state], Name: state });

/** An instance as DescribeInstances has it, plus the simulator's view of the CodeDeploy agent. */
export function instanceView(ctx: SimContext, i: Ec2Instance) {
  return {
    InstanceId: i.instanceId,
    ImageId: i.imageId,
    InstanceType: i.instanceType,
    LaunchTime: epoch(ctx, i.launchTime),
    Placement: { AvailabilityZone: i.availabilityZone, Tenancy: 'default' },
    PrivateIpAddress: i.privateIpAddress,
    State: stateOf(i.state),
    Tags: toTagList(i.tags),
    ...(i.instanceProfile !== undefined && {
      IamInstanceProfile: { Arn: `arn:aws:iam::${ctx.world.account.accountId}:instance-profile/${i.instanceProfile}` },
    }),
    SimulatorState: {
      CodeDeployAgent: i.agent,
      ClockSkewSeconds: i.clockSkewSeconds,
      S3ReadBuckets: i.s3ReadBuckets,
      ...(i.autoScalingGroupName !== undefined && { AutoScalingGroupName: i.autoScalingGroupName }),
      ...(i.revision && {
        InstalledRevision: {
          RevisionKey: i.revision.revisionKey,
          DeploymentId: i.revision.deploymentId,
          DeploymentGroupId: i.revision.deploymentGroupId,
          Files: Object.keys(i.revision.files).sort(),
        },
      }),
    },
  };
}

function instancesById(ctx: SimContext, ids: string[]): Ec2Instance[] {
  const fleet = ctx.world.account.fleet;
  const missing = ids.filter((id) => !getOwn(fleet.instances, id));
  if (missing.length > 0) throw ec2InvalidInstanceId(missing);
  return ids.map((id) => getOwn(fleet.instances, id) as Ec2Instance);
}

/** EC2's filters: `tag:<key>`, `tag-key`, `instance-state-name`, `instance-id`. */
function filterMatches(i: Ec2Instance, name: string, values: string[]): boolean {
  if (name.startsWith('tag:')) {
    const v = getOwn(i.tags, name.slice(4));
    return v !== undefined && values.includes(v);
  }
  if (name === 'tag-key') return values.some((k) => Object.hasOwn(i.tags, k));
  if (name === 'instance-state-name') return values.includes(i.state);
  if (name === 'instance-id') return values.includes(i.instanceId);
  throw new AwsError('InvalidParameterValue', `The filter '${name}' is invalid`);
}

export const DescribeInstances: Operation = (ctx, input) => {
  const ids = optionalStrings(input, 'InstanceIds');
  const filters = optionalList<{ Name?: string; Values?: string[] }>(input, 'Filters') ?? [];
  const all = ids ? instancesById(ctx, ids) : Object.values(ctx.world.account.fleet.instances);
  const matching = all
    .filter((i) => filters.every((f) => filterMatches(i, f.Name ?? '', f.Values ?? [])))
    .sort((a, b) => a.launchTime - b.launchTime || (a.instanceId < b.instanceId ? -1 : 1));
  return {
    Reservations: matching.map((i) => ({
      ReservationId: `r-${i.instanceId.slice(2)}`,
      OwnerId: ctx.world.account.accountId,
      Instances: [instanceView(ctx, i)],
    })),
  };
};

export const DescribeInstanceStatus: Operation = (ctx, input) => {
  const ids = optionalStrings(input, 'InstanceIds');
  const includeAll = input.IncludeAllInstances === true;
  const all = ids ? instancesById(ctx, ids) : Object.values(ctx.world.account.fleet.instances);
  return {
    InstanceStatuses: all
      .filter((i) => includeAll || i.state === 'running')
      .map((i) => {
        const status =
          i.state !== 'running'
            ? { Status: 'not-applicable' }
            : ctx.now - i.launchTime < 2 * BOOT_SECONDS * SECOND
              ? { Status: 'initializing', Details: [{ Name: 'reachability', Status: 'initializing' }] }
              : { Status: 'ok', Details: [{ Name: 'reachability', Status: 'passed' }] };
        return {
          InstanceId: i.instanceId,
          AvailabilityZone: i.availabilityZone,
          InstanceState: stateOf(i.state),
          InstanceStatus: status,
          SystemStatus: status,
        };
      }),
  };
};

export const RunInstances: Operation = (ctx, input) => {
  const min = optionalInteger(input, 'MinCount');
  const max = optionalInteger(input, 'MaxCount');
  if (min === undefined || max === undefined)
    throw new AwsError(
      'MissingParameter',
      `The request must contain the parameter ${min === undefined ? 'MinCount' : 'MaxCount'}`,
    );
  if (min < 1 || max < min)
    throw new AwsError(
      'InvalidParameterValue',
      `Value (${max}) for parameter maxCount is invalid. Must be at least minCount.`,
    );
  if (max > 20)
    throw new AwsError(
      'InstanceLimitExceeded',
      `You have requested more instances (${max}) than your current instance limit of 20 allows for the specified instance type.`,
    );
  const specs = optionalList<{ ResourceType?: string; Tags?: unknown[] }>(input, 'TagSpecifications') ?? [];
  const tags = fromTagList(specs.filter((s) => s.ResourceType === 'instance').flatMap((s) => s.Tags ?? []));
  const placement = optionalObject(input, 'Placement');
  const profile = optionalObject(input, 'IamInstanceProfile');
  const simulator = optionalObject(input, 'SimulatorOptions') ?? {};
  const agent = optionalString(simulator, 'CodeDeployAgent') ?? 'running';
  if (!['running', 'stopped', 'not-installed'].includes(agent))
    throw new AwsError('InvalidParameterValue', `CodeDeployAgent must be running, stopped or not-installed`);
  const zones = defaultZones(ctx.world);
  const instances = Array.from({ length: max }, (_, n) =>
    launchInstance(ctx, {
      tags,
      availabilityZone:
        (placement && optionalString(placement, 'AvailabilityZone')) ?? zones[n % zones.length] ?? 'us-east-1a',
      agent: agent as Ec2Instance['agent'],
      instanceProfile: (profile && optionalString(profile, 'Name')) ?? 'CodeDeployDemo-EC2-Instance-Profile',
      s3ReadBuckets: optionalStrings(simulator, 'S3ReadBuckets') ?? ['*'],
      instanceType: optionalString(input, 'InstanceType') ?? 't3.micro',
      imageId: optionalString(input, 'ImageId') ?? 'ami-0abcdef1234567890',
    }),
  );
  wake(ctx);
  const first = instances[0] as Ec2Instance;
  return {
    ReservationId: `r-${first.instanceId.slice(2)}`,
    OwnerId: ctx.world.account.accountId,
    Instances: instances.map((i) => instanceView(ctx, i)),
  };
};

function changes(ids: string[], before: InstanceState[], ctx: SimContext) {
  const fleet = ctx.world.account.fleet;
  return ids.map((id, n) => ({
    InstanceId: id,
    PreviousState: stateOf(before[n] as InstanceState),
    CurrentState: stateOf((getOwn(fleet.instances, id) as Ec2Instance).state),
  }));
}

export const StartInstances: Operation = (ctx, input) => {
  const ids = optionalStrings(input, 'InstanceIds') ?? [];
  const instances = instancesById(ctx, ids);
  const refused = instances.find((i) => ['terminated', 'shutting-down', 'stopping'].includes(i.state));
  if (refused) throw ec2IncorrectState(refused.instanceId, 'started');
  const before = instances.map((i) => i.state);
  for (const i of instances) {
    if (i.state !== 'stopped') continue;
    setInstanceState(ctx, i, 'pending');
    ctx.schedule(BOOT_SECONDS * SECOND, INSTANCE_TIMER, { instanceId: i.instanceId, from: 'pending', to: 'running' });
  }
  wake(ctx);
  return { StartingInstances: changes(ids, before, ctx) };
};

export const StopInstances: Operation = (ctx, input) => {
  const ids = optionalStrings(input, 'InstanceIds') ?? [];
  const instances = instancesById(ctx, ids);
  const refused = instances.find((i) => ['terminated', 'shutting-down'].includes(i.state));
  if (refused) throw ec2IncorrectState(refused.instanceId, 'stopped');
  const before = instances.map((i) => i.state);
  for (const i of instances)
    if (i.state === 'running' || i.state === 'pending') transition(ctx, i, 'stopping', 'stopped');
  wake(ctx);
  return { StoppingInstances: changes(ids, before, ctx) };
};

export const TerminateInstances: Operation = (ctx, input) => {
  const ids = optionalStrings(input, 'InstanceIds') ?? [];
  const before = instancesById(ctx, ids).map((i) => i.state);
  terminateInstances(ctx, ids);
  return { TerminatingInstances: changes(ids, before, ctx) };
};

export const ec2Operations = {
  DescribeInstances,
  DescribeInstanceStatus,
  RunInstances,
  StartInstances,
  StopInstances,
  TerminateInstances,
};

const LIFECYCLE: Partial<Record<InstanceState, string>> = {
  pending: 'Pending',
  running: 'InService',
  stopping: 'InService',
  stopped: 'InService',
  'shutting-down': 'Terminating',
};

export const DescribeAutoScalingGroups: Operation = (ctx, input) => {
  const names = optionalStrings(input, 'AutoScalingGroupNames');
  const fleet = ctx.world.account.fleet;
  const groups = Object.values(fleet.autoScalingGroups)
    .filter((g) => !names || names.includes(g.autoScalingGroupName))
    .sort((a, b) => (a.autoScalingGroupName < b.autoScalingGroupName ? -1 : 1));
  return {
    AutoScalingGroups: groups.map((g) => ({
      AutoScalingGroupName: g.autoScalingGroupName,
      AutoScalingGroupARN: g.arn,
      MinSize: g.minSize,
      MaxSize: g.maxSize,
      DesiredCapacity: g.desiredCapacity,
      DefaultCooldown: 300,
      AvailabilityZones: g.availabilityZones,
      LoadBalancerNames: [],
      TargetGroupARNs: g.targetGroupArns,
      HealthCheckType: 'EC2',
      HealthCheckGracePeriod: 300,
      CreatedTime: epoch(ctx, g.createdTime),
      Instances: g.instanceIds.flatMap((id) => {
        const i = getOwn(fleet.instances, id);
        const state = i && LIFECYCLE[i.state];
        return i && state
          ? [
              {
                InstanceId: id,
                InstanceType: i.instanceType,
                AvailabilityZone: i.availabilityZone,
                LifecycleState: state,
                HealthStatus: i.state === 'stopped' || i.state === 'stopping' ? 'Unhealthy' : 'Healthy',
                ProtectedFromScaleIn: false,
              },
            ]
          : [];
      }),
      Tags: Object.entries(g.tags).map(([Key, Value]) => ({
        ResourceId: g.autoScalingGroupName,
        ResourceType: 'auto-scaling-group',
        Key,
        Value,
        PropagateAtLaunch: true,
      })),
    })),
  };
};

export const CreateAutoScalingGroup: Operation = (ctx, input) => {
  const fleet = ctx.world.account.fleet;
  const name = optionalString(input, 'AutoScalingGroupName');
  if (!name)
    throw asgValidation(
      "1 validation error detected: Value null at 'autoScalingGroupName' failed to satisfy constraint: Member must not be null",
    );
  const min = optionalInteger(input, 'MinSize');
  const max = optionalInteger(input, 'MaxSize');
  if (min === undefined || max === undefined)
    throw asgValidation(
      `1 validation error detected: Value null at '${min === undefined ? 'minSize' : 'maxSize'}' failed to satisfy constraint: Member must not be null`,
    );
  if (max < min) throw asgValidation(`Max bound, ${max}, must be greater than or equal to min bound, ${min}`);
  const desired = optionalInteger(input, 'DesiredCapacity') ?? min;
  if (desired < min || desired > max)
    throw asgValidation(
      `Desired capacity:${desired} must be between the specified min size:${min} and max size:${max}`,
    );
  if (getOwn(fleet.autoScalingGroups, name)) throw asgAlreadyExists(name);
  const targetGroupArns = optionalStrings(input, 'TargetGroupARNs') ?? [];
  for (const arn of targetGroupArns) {
    if (!getOwn(fleet.targetGroups, arn)) throw asgValidation(`The target group ARN ${arn} is not valid`);
  }
  const tags = fromTagList(optionalList(input, 'Tags'));
  const simulator = optionalObject(input, 'SimulatorOptions') ?? {};
  const group = newAutoScalingGroup(
    ctx.world,
    {
      autoScalingGroupName: name,
      minSize: min,
      maxSize: max,
      desiredCapacity: desired,
      availabilityZones: optionalStrings(input, 'AvailabilityZones') ?? defaultZones(ctx.world),
      tags,
      targetGroupArns,
      launch: {
        agent: (optionalString(simulator, 'CodeDeployAgent') as Ec2Instance['agent'] | undefined) ?? 'running',
        instanceProfile: 'CodeDeployDemo-EC2-Instance-Profile',
        s3ReadBuckets: optionalStrings(simulator, 'S3ReadBuckets') ?? ['*'],
      },
    },
    ctx.now,
  );
  fillAutoScalingGroup(ctx, group);
  wake(ctx);
  return {};
};

export const autoscalingOperations = { DescribeAutoScalingGroups, CreateAutoScalingGroup };

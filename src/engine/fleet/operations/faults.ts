import { optionalString } from '../../core/input';
import { SIMULATOR_SOURCE } from '../../core/events';
import { getOwn, setOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { evaluateAlarm } from '../alarms';
import { simulatorInvalid, simulatorNotFound } from '../errors';
import { instanceArn } from '../events';
import { percentages, routingOf } from '../routing';
import { DEFAULT_REVISION_PROFILE, type AlarmState, type Ec2Instance, type RevisionProfile } from '../state';
import { TRAFFIC_RULES, wake } from '../traffic';
import { optionalNumber, optionalStrings } from './wire';

/** A revision marked bad: half its requests fail, slowly. */
export const BAD_PROFILE: RevisionProfile = { errorRate: 0.5, latencyMs: 400 };

/** The fault catalogue: what each simulator operation breaks, in the words the fault panel shows. */
export const FLEET_FAULTS: Record<string, string> = {
  StopCodeDeployAgent:
    'Stops the CodeDeploy agent on the instances. They stop polling CodeDeploy, so their lifecycle events never start and the deployment fails on them after its timeout.',
  StartCodeDeployAgent: 'Starts the CodeDeploy agent again (it must be installed).',
  UninstallCodeDeployAgent:
    'Removes the CodeDeploy agent. CodeDeploy reports the instance as having no agent, the first thing its troubleshooting guide checks.',
  InstallCodeDeployAgent: 'Installs and starts the CodeDeploy agent.',
  SetClockSkew:
    "Sets the instance clock off by some seconds. Beyond 15 minutes AWS refuses the agent's signed requests (the agent's log shows a signature/clock-skew error) and deployments to the instance fail.",
  RevokeInstanceProfileS3Read:
    "Removes s3:GetObject on a bucket from the instance profile. DownloadBundle fails on those instances with the agent's 'Access Denied' error when the revision is in that bucket.",
  RestoreInstanceProfileS3Read: 'Gives the instance profile s3:GetObject on the bucket again.',
  SetRevisionProfile:
    'Marks an EC2 revision, a Lambda version or an ECS task definition bad (half of its requests fail, slowly) or good again; alarms on error metrics follow the traffic it serves.',
  HoldAlarmState:
    "Holds an alarm in a state (ALARM, say) until released. CloudWatch's own SetAlarmState only lasts until the next evaluation.",
  ReleaseAlarmState: 'Releases a held alarm: it follows its metric again from the next evaluation.',
  SetBucketRegion:
    "Moves a bucket to another Region. CodeDeploy cannot deploy a revision from a bucket outside the deployment's Region.",
  SetTrafficRate: 'Changes how many requests per second a traffic source sends.',
};

function faultEvent(ctx: SimContext, fault: string, resources: string[], detail: Record<string, unknown>): void {
  ctx.emit({
    source: SIMULATOR_SOURCE,
    detailType: 'Fleet Fault Injected',
    resources,
    detail: { fault, explanation: FLEET_FAULTS[fault] ?? '', ...detail },
  });
  wake(ctx);
}

function instances(ctx: SimContext, input: Record<string, unknown>): Ec2Instance[] {
  const ids = optionalStrings(input, 'InstanceIds') ?? [];
  if (ids.length === 0) throw simulatorInvalid('InstanceIds must name at least one instance.');
  return ids.map((id) => {
    const instance = getOwn(ctx.world.account.fleet.instances, id);
    if (!instance) throw simulatorNotFound(`The instance ID '${id}' does not exist`);
    return instance;
  });
}

function agentFault(fault: string, apply: (i: Ec2Instance) => void, check?: (i: Ec2Instance) => void): Operation {
  return (ctx, input) => {
    const targets = instances(ctx, input);
    if (check) targets.forEach(check);
    targets.forEach(apply);
    faultEvent(
      ctx,
      fault,
      targets.map((i) => instanceArn(ctx, i.instanceId)),
      { instanceIds: targets.map((i) => i.instanceId) },
    );
    return { Instances: targets.map((i) => ({ InstanceId: i.instanceId, CodeDeployAgent: i.agent })) };
  };
}

const notInstalled = (i: Ec2Instance) => {
  if (i.agent === 'not-installed')
    throw simulatorInvalid(`The CodeDeploy agent is not installed on ${i.instanceId}; install it first.`);
};

export const StopCodeDeployAgent = agentFault('StopCodeDeployAgent', (i) => (i.agent = 'stopped'), notInstalled);
export const StartCodeDeployAgent = agentFault('StartCodeDeployAgent', (i) => (i.agent = 'running'), notInstalled);
export const UninstallCodeDeployAgent = agentFault('UninstallCodeDeployAgent', (i) => (i.agent = 'not-installed'));
export const InstallCodeDeployAgent = agentFault('InstallCodeDeployAgent', (i) => (i.agent = 'running'));

export const SetClockSkew: Operation = (ctx, input) => {
  const seconds = optionalNumber(input, 'Seconds');
  if (seconds === undefined) throw simulatorInvalid('Seconds is required (0 puts the clock right).');
  const targets = instances(ctx, input);
  for (const i of targets) i.clockSkewSeconds = seconds;
  faultEvent(
    ctx,
    'SetClockSkew',
    targets.map((i) => instanceArn(ctx, i.instanceId)),
    {
      instanceIds: targets.map((i) => i.instanceId),
      seconds,
    },
  );
  return {};
};

function bucketOf(input: Record<string, unknown>): string {
  const bucket = optionalString(input, 'Bucket');
  if (!bucket) throw simulatorInvalid('Bucket is required.');
  return bucket;
}

export const RevokeInstanceProfileS3Read: Operation = (ctx, input) => {
  const bucket = bucketOf(input);
  const targets = instances(ctx, input);
  const allBuckets = Object.keys(ctx.world.account.s3.buckets);
  for (const i of targets) {
    // "Any bucket" becomes every bucket the account has but this one.
    const readable = i.s3ReadBuckets.includes('*') ? allBuckets : i.s3ReadBuckets;
    i.s3ReadBuckets = readable.filter((b) => b !== bucket);
  }
  faultEvent(
    ctx,
    'RevokeInstanceProfileS3Read',
    targets.map((i) => instanceArn(ctx, i.instanceId)),
    {
      instanceIds: targets.map((i) => i.instanceId),
      bucket,
    },
  );
  return {};
};

export const RestoreInstanceProfileS3Read: Operation = (ctx, input) => {
  const bucket = bucketOf(input);
  const targets = instances(ctx, input);
  for (const i of targets)
    if (!i.s3ReadBuckets.includes('*') && !i.s3ReadBuckets.includes(bucket)) i.s3ReadBuckets.push(bucket);
  faultEvent(
    ctx,
    'RestoreInstanceProfileS3Read',
    targets.map((i) => instanceArn(ctx, i.instanceId)),
    {
      instanceIds: targets.map((i) => i.instanceId),
      bucket,
    },
  );
  return {};
};

function profileOf(input: Record<string, unknown>): RevisionProfile {
  const behaviour = optionalString(input, 'Behaviour') ?? 'BAD';
  if (behaviour !== 'BAD' && behaviour !== 'GOOD') throw simulatorInvalid('Behaviour must be BAD or GOOD.');
  const base = behaviour === 'BAD' ? BAD_PROFILE : DEFAULT_REVISION_PROFILE;
  const errorRate = optionalNumber(input, 'ErrorRate') ?? base.errorRate;
  const latencyMs = optionalNumber(input, 'LatencyMs') ?? base.latencyMs;
  if (errorRate < 0 || errorRate > 1) throw simulatorInvalid('ErrorRate must be between 0 and 1.');
  if (latencyMs < 0) throw simulatorInvalid('LatencyMs cannot be negative.');
  return { errorRate, latencyMs };
}

/** One of: RevisionKey (EC2), FunctionName + Version (Lambda), TaskDefinition (ECS). */
export const SetRevisionProfile: Operation = (ctx, input) => {
  const fleet = ctx.world.account.fleet;
  const profile = profileOf(input);
  const revisionKey = optionalString(input, 'RevisionKey');
  const functionName = optionalString(input, 'FunctionName');
  const taskDefinition = optionalString(input, 'TaskDefinition');
  let target: string;
  if (revisionKey !== undefined) {
    setOwn(fleet.revisionProfiles, revisionKey, profile);
    target = revisionKey;
  } else if (functionName !== undefined) {
    const version = optionalString(input, 'Version') ?? '';
    const v = getOwn(getOwn(fleet.lambdaFunctions, functionName)?.versions ?? {}, version);
    if (!v) throw simulatorNotFound(`Function not found: ${functionName}:${version}`);
    v.profile = profile;
    target = `${functionName}:${version}`;
  } else if (taskDefinition !== undefined) {
    const td =
      getOwn(fleet.taskDefinitions, taskDefinition) ??
      Object.values(fleet.taskDefinitions).find((t) => `${t.family}:${t.revision}` === taskDefinition);
    if (!td) throw simulatorNotFound(`Unable to describe task definition ${taskDefinition}.`);
    td.profile = profile;
    target = td.taskDefinitionArn;
  } else throw simulatorInvalid('Give RevisionKey, FunctionName and Version, or TaskDefinition.');
  faultEvent(ctx, 'SetRevisionProfile', [target], {
    target,
    errorRate: profile.errorRate,
    latencyMs: profile.latencyMs,
  });
  return { Target: target, ErrorRate: profile.errorRate, LatencyMs: profile.latencyMs };
};

function alarmOf(ctx: SimContext, input: Record<string, unknown>) {
  const name = optionalString(input, 'AlarmName') ?? '';
  const alarm = getOwn(ctx.world.account.fleet.alarms, name);
  if (!alarm) throw simulatorNotFound(`Alarm ${name} not found`);
  return alarm;
}

export const HoldAlarmState: Operation = (ctx, input) => {
  const alarm = alarmOf(ctx, input);
  const state = optionalString(input, 'StateValue') ?? 'ALARM';
  if (!['OK', 'ALARM', 'INSUFFICIENT_DATA'].includes(state))
    throw simulatorInvalid('StateValue must be OK, ALARM or INSUFFICIENT_DATA.');
  alarm.forcedState = state as AlarmState;
  evaluateAlarm(ctx, alarm);
  faultEvent(ctx, 'HoldAlarmState', [alarm.alarmArn], { alarmName: alarm.alarmName, state });
  return {};
};

export const ReleaseAlarmState: Operation = (ctx, input) => {
  const alarm = alarmOf(ctx, input);
  delete alarm.forcedState;
  faultEvent(ctx, 'ReleaseAlarmState', [alarm.alarmArn], { alarmName: alarm.alarmName });
  return {};
};

export const SetBucketRegion: Operation = (ctx, input) => {
  const name = bucketOf(input);
  const region = optionalString(input, 'Region');
  if (!region || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
    throw simulatorInvalid('Region must be a Region code such as eu-west-1.');
  const bucket = getOwn(ctx.world.account.s3.buckets, name);
  if (!bucket) throw simulatorNotFound(`The specified bucket does not exist: ${name}`);
  if (region === ctx.world.account.region) delete bucket.region;
  else bucket.region = region;
  faultEvent(ctx, 'SetBucketRegion', [`arn:aws:s3:::${name}`], { bucket: name, region });
  return {};
};

export const SetTrafficRate: Operation = (ctx, input) => {
  const id = optionalString(input, 'TrafficSourceId') ?? '';
  const rate = optionalNumber(input, 'RequestsPerSecond');
  const source = ctx.world.account.fleet.traffic.find((t) => t.id === id);
  if (!source) throw simulatorNotFound(`No traffic source ${id}`);
  if (rate === undefined || rate < 0 || rate > 10000)
    throw simulatorInvalid('RequestsPerSecond must be between 0 and 10000.');
  source.requestsPerSecond = rate;
  faultEvent(ctx, 'SetTrafficRate', [source.target], { trafficSourceId: id, requestsPerSecond: rate });
  return {};
};

/** What the fault panel and the charts need: the catalogue, the traffic sources and their split now. */
export const DescribeFleetSimulation: Operation = (ctx) => {
  const fleet = ctx.world.account.fleet;
  return {
    Faults: Object.entries(FLEET_FAULTS).map(([Operation, Explanation]) => ({ Operation, Explanation })),
    TrafficRules: TRAFFIC_RULES,
    TrafficGenerator: {
      Awake: fleet.generator.ticking,
      AwakeUntil: fleet.generator.awakeUntil / 1000 + ctx.world.startEpochMs / 1000,
    },
    TrafficSources: fleet.traffic.map((t) => {
      const routing = routingOf(fleet, t.kind, t.target);
      return {
        Id: t.id,
        Kind: t.kind,
        EntryPoint: t.target,
        RequestsPerSecond: t.requestsPerSecond,
        Percentages: routing ? percentages(routing) : {},
      };
    }),
    RevisionProfiles: Object.entries(fleet.revisionProfiles).map(([RevisionKey, p]) => ({
      RevisionKey,
      ErrorRate: p.errorRate,
      LatencyMs: p.latencyMs,
    })),
  };
};

export const faultOperations = {
  StopCodeDeployAgent,
  StartCodeDeployAgent,
  UninstallCodeDeployAgent,
  InstallCodeDeployAgent,
  SetClockSkew,
  RevokeInstanceProfileS3Read,
  RestoreInstanceProfileS3Read,
  SetRevisionProfile,
  HoldAlarmState,
  ReleaseAlarmState,
  SetBucketRegion,
  SetTrafficRate,
  DescribeFleetSimulation,
};

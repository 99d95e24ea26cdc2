import type { InjectDeploymentFaultInput } from '../../../api/codedeploy/inject-deployment-fault';
import type { FaultInput as FleetFaultInput } from '../../../api/fleet/simulator-faults';

/** The inputs a fault needs; the panel shows one control per input. */
export type FaultInput = 'instance' | 'bucket' | 'region' | 'seconds' | 'revision' | 'alarm' | 'hook';

/** One call that applies or undoes a fault: a fleet simulator fault, an EC2 stop/start, or a deployment fault. */
export type FaultAction =
  | FleetFaultInput
  | { operation: 'StopInstances' | 'StartInstances'; InstanceIds: string[] }
  | ({ operation: 'InjectDeploymentFault' } & InjectDeploymentFaultInput);

/** A named fault: how to apply it, how to undo it, and what a learner will see. */
export interface FaultSpec {
  id: string;
  title: string;
  explanation: string;
  youWillSee: string;
  inputs: FaultInput[];
  apply: (v: FaultValues) => FaultAction;
  undo?: { action: (v: FaultValues) => FaultAction; label: string };
}

export interface FaultValues {
  instance: string;
  /** Every instance ID, for faults applied to "all instances". */
  allInstances: string[];
  bucket: string;
  region: string;
  seconds: string;
  revision: string;
  alarm: string;
  hook: string;
  effect: 'fail' | 'hang';
}

export const ALL = '*';

const instanceIds = (v: FaultValues) => (v.instance === ALL ? v.allInstances : [v.instance]);

/** `lambda:<function>:<version>` names a Lambda version; anything else is an EC2 revision key. */
function revisionTarget(revision: string): { FunctionName: string; Version: string } | { RevisionKey: string } {
  const lambda = /^lambda:([^:]+):(.+)$/.exec(revision);
  return lambda?.[1] && lambda[2] ? { FunctionName: lambda[1], Version: lambda[2] } : { RevisionKey: revision };
}

export const FAULTS: FaultSpec[] = [
  {
    id: 'agent',
    title: 'Stop the CodeDeploy agent',
    explanation: 'The agent polls CodeDeploy for work; stopped, it never starts the lifecycle events.',
    youWillSee:
      'The instance’s events stay Pending, then the instance fails and the deployment ends with HEALTH_CONSTRAINTS once too few instances succeed.',
    inputs: ['instance'],
    apply: (v) => ({ operation: 'StopCodeDeployAgent', InstanceIds: instanceIds(v) }),
    undo: {
      action: (v) => ({ operation: 'StartCodeDeployAgent', InstanceIds: instanceIds(v) }),
      label: 'Start agent',
    },
  },
  {
    id: 's3-read',
    title: 'Remove the instance profile’s S3 read access',
    explanation: 'The instance profile loses s3:GetObject on the revision bucket.',
    youWillSee:
      'DownloadBundle fails with “UnknownError: not opened for reading” (the agent could not read the bundle).',
    inputs: ['instance', 'bucket'],
    apply: (v) => ({ operation: 'RevokeInstanceProfileS3Read', InstanceIds: instanceIds(v), Bucket: v.bucket }),
    undo: {
      action: (v) => ({ operation: 'RestoreInstanceProfileS3Read', InstanceIds: instanceIds(v), Bucket: v.bucket }),
      label: 'Restore access',
    },
  },
  {
    id: 'bucket-region',
    title: 'Move the revision bucket to another Region',
    explanation: 'The bundle must be in the same Region as the instances.',
    youWillSee: 'DownloadBundle fails with “UnknownError: not opened for reading” on every instance.',
    inputs: ['bucket', 'region'],
    apply: (v) => ({ operation: 'SetBucketRegion', Bucket: v.bucket, Region: v.region }),
    undo: {
      action: (v) => ({ operation: 'SetBucketRegion', Bucket: v.bucket, Region: 'us-east-1' }),
      label: 'Move back to us-east-1',
    },
  },
  {
    id: 'clock',
    title: 'Skew an instance clock',
    explanation: 'Beyond 15 minutes of skew AWS refuses the agent’s signed requests.',
    youWillSee:
      'The agent log shows InvalidSignatureException “Signature expired”; the instance’s events never start and it fails.',
    inputs: ['instance', 'seconds'],
    apply: (v) => ({ operation: 'SetClockSkew', InstanceIds: instanceIds(v), Seconds: Number(v.seconds) }),
    undo: {
      action: (v) => ({ operation: 'SetClockSkew', InstanceIds: instanceIds(v), Seconds: 0 }),
      label: 'Fix the clock',
    },
  },
  {
    id: 'stop-instance',
    title: 'Stop an instance',
    explanation: 'A stopped instance is still targeted by the deployment group.',
    youWillSee: 'CodeDeploy counts it as a failed instance; the deployment may fail on minimum healthy hosts.',
    inputs: ['instance'],
    apply: (v) => ({ operation: 'StopInstances', InstanceIds: instanceIds(v) }),
    undo: {
      action: (v) => ({ operation: 'StartInstances', InstanceIds: instanceIds(v) }),
      label: 'Start instance',
    },
  },
  {
    id: 'bad-revision',
    title: 'Mark a revision or Lambda version bad',
    explanation: 'Half of the requests it serves fail, slowly.',
    youWillSee:
      'ValidateService’s health check fails on EC2, or the error alarm goes to ALARM while traffic shifts and the deployment stops and rolls back.',
    inputs: ['revision'],
    apply: (v) => ({ operation: 'SetRevisionProfile', ...revisionTarget(v.revision), Behaviour: 'BAD' }),
    undo: {
      action: (v) => ({ operation: 'SetRevisionProfile', ...revisionTarget(v.revision), Behaviour: 'GOOD' }),
      label: 'Mark good',
    },
  },
  {
    id: 'alarm',
    title: 'Trip an alarm (hold it in ALARM)',
    explanation: 'The alarm stays in ALARM until released, whatever its metric says.',
    youWillSee: 'A deployment group watching it stops its deployment with ALARM_ACTIVE, and rolls back if set to.',
    inputs: ['alarm'],
    apply: (v) => ({ operation: 'HoldAlarmState', AlarmName: v.alarm, StateValue: 'ALARM' }),
    undo: {
      action: (v) => ({ operation: 'ReleaseAlarmState', AlarmName: v.alarm }),
      label: 'Release alarm',
    },
  },
  {
    id: 'hook',
    title: 'Make a hook fail or hang on the next deployment',
    explanation: 'The named lifecycle event’s first script exits 1, or never finishes.',
    youWillSee:
      'ScriptFailed (“…failed with exit code 1”) or, for a hang, ScriptTimedOut after the hook’s timeout; Lambda/ECS hooks report Failed or never report.',
    inputs: ['hook'],
    apply: (v) => ({ operation: 'InjectDeploymentFault', lifecycleEventName: v.hook, effect: v.effect }),
  },
];

import { describe, expect, it } from 'vitest';
import { ALL, FAULTS, type FaultValues } from './fault-catalogue';

const values: FaultValues = {
  instance: 'i-0002',
  allInstances: ['i-0001', 'i-0002'],
  bucket: 'demo-artifacts',
  region: 'eu-west-1',
  seconds: '1200',
  revision: 'lambda:demo-fn:2',
  alarm: 'demo-fn-errors',
  hook: 'ValidateService',
  effect: 'hang',
};
const fault = (id: string) => FAULTS.find((f) => f.id === id)!;

describe('fault catalogue', () => {
  it('stops the agent on one instance or on all, and starts it again', () => {
    expect(fault('agent').apply(values)).toEqual({ operation: 'StopCodeDeployAgent', InstanceIds: ['i-0002'] });
    expect(fault('agent').apply({ ...values, instance: ALL })).toMatchObject({ InstanceIds: ['i-0001', 'i-0002'] });
    expect(fault('agent').undo?.action(values)).toEqual({
      operation: 'StartCodeDeployAgent',
      InstanceIds: ['i-0002'],
    });
  });

  it('marks a Lambda version or an EC2 revision bad, and good again', () => {
    expect(fault('bad-revision').apply(values)).toEqual({
      operation: 'SetRevisionProfile',
      FunctionName: 'demo-fn',
      Version: '2',
      Behaviour: 'BAD',
    });
    expect(fault('bad-revision').undo?.action({ ...values, revision: 's3://demo-artifacts/web-v2.zip#e1' })).toEqual({
      operation: 'SetRevisionProfile',
      RevisionKey: 's3://demo-artifacts/web-v2.zip#e1',
      Behaviour: 'GOOD',
    });
  });

  it('skews the clock by the seconds typed and puts it right', () => {
    expect(fault('clock').apply(values)).toMatchObject({ InstanceIds: ['i-0002'], Seconds: 1200 });
    expect(fault('clock').undo?.action(values)).toMatchObject({ InstanceIds: ['i-0002'], Seconds: 0 });
  });

  it('arms a hook fault for the next deployment', () => {
    expect(fault('hook').apply(values)).toEqual({
      operation: 'InjectDeploymentFault',
      lifecycleEventName: 'ValidateService',
      effect: 'hang',
    });
  });
});

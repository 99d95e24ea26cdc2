import { describe, expect, it } from 'vitest';
import { batchFor, configRule } from './config-rules';

describe('configRule', () => {
  it('spells out the predefined EC2 rules from the CodeDeploy guide', () => {
    expect(
      configRule({
        deploymentConfigName: 'CodeDeployDefault.HalfAtATime',
        computePlatform: 'Server',
        minimumHealthyHosts: { type: 'FLEET_PERCENT', value: 50 },
      }),
    ).toEqual({
      pace: 'Up to half of the instances at a time (rounded down); with 9 instances, 4 at a time.',
      success: 'Succeeds if at least half succeed (rounded up); with 9 instances, at least 5.',
    });
    const oneAtATime = configRule({
      deploymentConfigName: 'CodeDeployDefault.OneAtATime',
      computePlatform: 'Server',
      minimumHealthyHosts: { type: 'MOST_CONCURRENCY', value: 1 },
    });
    expect(oneAtATime.success).toContain('a failure on the last instance still succeeds');
  });

  it('rounds a fleet percentage up when it turns it into instances', () => {
    expect(batchFor({ type: 'FLEET_PERCENT', value: 75 }, 10)).toEqual({ keep: 8, batch: 2 });
    expect(batchFor({ type: 'FLEET_PERCENT', value: 95 }, 10)).toEqual({ keep: 10, batch: undefined });
    expect(
      configRule({
        deploymentConfigName: 'Strict',
        computePlatform: 'Server',
        minimumHealthyHosts: { type: 'FLEET_PERCENT', value: 95 },
      }).pace,
    ).toContain('fails at the start (HEALTH_CONSTRAINTS_INVALID)');
  });

  it('describes a host count minimum with its batch', () => {
    expect(
      configRule({
        deploymentConfigName: 'KeepEight',
        computePlatform: 'Server',
        minimumHealthyHosts: { type: 'HOST_COUNT', value: 8 },
      }).pace,
    ).toBe('Keeps at least 8 instances healthy. With 10 instances: keeps 8 healthy, deploys to 2 at a time.');
  });

  it('describes canary, linear and all-at-once traffic shifting', () => {
    expect(
      configRule({
        deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
        computePlatform: 'Lambda',
        trafficRoutingConfig: { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: 10, canaryInterval: 5 } },
      }).pace,
    ).toBe('Shifts 10% of traffic, then the remaining 90% 5 minutes later.');
    expect(
      configRule({
        deploymentConfigName: 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
        computePlatform: 'Lambda',
        trafficRoutingConfig: { type: 'TimeBasedLinear', timeBasedLinear: { linearPercentage: 10, linearInterval: 1 } },
      }).pace,
    ).toBe('Shifts 10% of traffic every 1 minute: 10 equal steps, the last 9 minutes after the first.');
    expect(
      configRule({
        deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce',
        computePlatform: 'ECS',
        trafficRoutingConfig: { type: 'AllAtOnce' },
      }).pace,
    ).toBe('Shifts all traffic at once.');
  });
});

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { serveMockAws } from '../../../test/mock-aws';
import { markApiReady } from '../aws-call';
import { describeFleet } from './describe-fleet';

serveMockAws();
beforeAll(() => {
  vi.stubGlobal('document', { baseURI: 'http://localhost:5173/' });
  markApiReady();
});

describe('describeFleet', () => {
  it('reads the demo fleet: each listener under its load balancer, each target group with its targets', async () => {
    const fleet = await describeFleet();
    expect(fleet.instances.length).toBeGreaterThan(0);
    expect(fleet.loadBalancers.length).toBeGreaterThan(0);
    for (const l of fleet.listeners)
      expect(fleet.loadBalancers.map((lb) => lb.LoadBalancerArn)).toContain(l.LoadBalancerArn);
    expect(fleet.targetGroups.some((tg) => tg.targets.length > 0)).toBe(true);
    expect(fleet.alarms.length).toBeGreaterThan(0);
  });

  it('finds the ECS services traffic reaches, in their own cluster', async () => {
    const fleet = await describeFleet();
    expect(fleet.ecsServices.map((s) => s.serviceArn)).toEqual([
      'arn:aws:ecs:us-east-1:123456789012:service/demo-cluster/demo-svc',
    ]);
  });

  it('lists the Lambda functions traffic reaches through an alias, with published versions only', async () => {
    const fleet = await describeFleet();
    expect(fleet.lambdaFunctions.length).toBeGreaterThan(0);
    for (const f of fleet.lambdaFunctions) {
      expect(f.versions.map((v) => v.Version)).not.toContain('$LATEST');
      expect(f.aliases.length).toBeGreaterThan(0);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_NAME, PREDEFINED_CONFIGS, trafficShiftMinutes } from './configs';

/** aws-facts §3.1, row by row: name → platform and rule. */
const FACTS: Record<string, [string, unknown]> = {
  'CodeDeployDefault.AllAtOnce': ['Server', { type: 'HOST_COUNT', value: 0 }],
  'CodeDeployDefault.HalfAtATime': ['Server', { type: 'FLEET_PERCENT', value: 50 }],
  'CodeDeployDefault.OneAtATime': ['Server', { type: 'MOST_CONCURRENCY', value: 1 }],
  'CodeDeployDefault.ECSLinear10PercentEvery1Minutes': ['ECS', 'linear 10% / 1 min'],
  'CodeDeployDefault.ECSLinear10PercentEvery3Minutes': ['ECS', 'linear 10% / 3 min'],
  'CodeDeployDefault.ECSCanary10Percent5Minutes': ['ECS', 'canary 10% / 5 min'],
  'CodeDeployDefault.ECSCanary10Percent15Minutes': ['ECS', 'canary 10% / 15 min'],
  'CodeDeployDefault.ECSAllAtOnce': ['ECS', 'all at once'],
  'CodeDeployDefault.LambdaCanary10Percent5Minutes': ['Lambda', 'canary 10% / 5 min'],
  'CodeDeployDefault.LambdaCanary10Percent10Minutes': ['Lambda', 'canary 10% / 10 min'],
  'CodeDeployDefault.LambdaCanary10Percent15Minutes': ['Lambda', 'canary 10% / 15 min'],
  'CodeDeployDefault.LambdaCanary10Percent30Minutes': ['Lambda', 'canary 10% / 30 min'],
  'CodeDeployDefault.LambdaLinear10PercentEvery1Minute': ['Lambda', 'linear 10% / 1 min'],
  'CodeDeployDefault.LambdaLinear10PercentEvery2Minutes': ['Lambda', 'linear 10% / 2 min'],
  'CodeDeployDefault.LambdaLinear10PercentEvery3Minutes': ['Lambda', 'linear 10% / 3 min'],
  'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes': ['Lambda', 'linear 10% / 10 min'],
  'CodeDeployDefault.LambdaAllAtOnce': ['Lambda', 'all at once'],
};

function rule(name: string): unknown {
  const config = PREDEFINED_CONFIGS[name];
  if (config?.minimumHealthyHosts) return config.minimumHealthyHosts;
  const routing = config?.trafficRoutingConfig;
  if (routing?.timeBasedCanary) {
    return `canary ${routing.timeBasedCanary.canaryPercentage}% / ${routing.timeBasedCanary.canaryInterval} min`;
  }
  if (routing?.timeBasedLinear) {
    return `linear ${routing.timeBasedLinear.linearPercentage}% / ${routing.timeBasedLinear.linearInterval} min`;
  }
  return routing?.type === 'AllAtOnce' ? 'all at once' : undefined;
}

describe('Predefined deployment configurations', () => {
  it('are exactly the documented ones, with their rules', () => {
    expect(Object.keys(PREDEFINED_CONFIGS).sort()).toEqual(Object.keys(FACTS).sort());
    for (const [name, [platform, expected]] of Object.entries(FACTS)) {
      expect([name, PREDEFINED_CONFIGS[name]?.computePlatform, rule(name)]).toEqual([name, platform, expected]);
    }
  });

  it('default per platform as CreateDeploymentGroup does', () => {
    expect(DEFAULT_CONFIG_NAME).toEqual({
      Server: 'CodeDeployDefault.OneAtATime',
      Lambda: 'CodeDeployDefault.LambdaAllAtOnce',
      ECS: 'CodeDeployDefault.ECSAllAtOnce',
    });
  });

  it('take the documented time to shift all traffic', () => {
    const minutes = (name: string) => trafficShiftMinutes(PREDEFINED_CONFIGS[name]?.trafficRoutingConfig as never);
    expect(minutes('CodeDeployDefault.LambdaCanary10Percent5Minutes')).toBe(5);
    // Ten steps of 10%: the first at the start, the tenth nine intervals later.
    expect(minutes('CodeDeployDefault.LambdaLinear10PercentEvery1Minute')).toBe(9);
    expect(minutes('CodeDeployDefault.ECSLinear10PercentEvery3Minutes')).toBe(27);
    expect(minutes('CodeDeployDefault.LambdaAllAtOnce')).toBe(0);
  });
});

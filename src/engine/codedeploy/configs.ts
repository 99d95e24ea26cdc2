import { getOwn } from '../core/records';
import { simMillis } from '../core/time';
import type { Account } from '../world';
import type { ComputePlatform, DeploymentConfig, TrafficRoutingConfig } from './state';

/**
 * The predefined `CodeDeployDefault.*` configurations (aws-facts §3.1), as GetDeploymentConfig returns them.
 * OneAtATime is the one users cannot write: `MOST_CONCURRENCY` / 1.
 */
export const DEFAULT_CONFIG_PREFIX = 'CodeDeployDefault.';

/** What a deployment group uses when it names no configuration. */
export const DEFAULT_CONFIG_NAME: Readonly<Record<ComputePlatform, string>> = {
  Server: 'CodeDeployDefault.OneAtATime',
  Lambda: 'CodeDeployDefault.LambdaAllAtOnce',
  ECS: 'CodeDeployDefault.ECSAllAtOnce',
};

const canary = (percentage: number, minutes: number): TrafficRoutingConfig => ({
  type: 'TimeBasedCanary',
  timeBasedCanary: { canaryPercentage: percentage, canaryInterval: minutes },
});
const linear = (percentage: number, minutes: number): TrafficRoutingConfig => ({
  type: 'TimeBasedLinear',
  timeBasedLinear: { linearPercentage: percentage, linearInterval: minutes },
});
const allAtOnce: TrafficRoutingConfig = { type: 'AllAtOnce' };

type PredefinedSpec = Pick<DeploymentConfig, 'computePlatform' | 'minimumHealthyHosts' | 'trafficRoutingConfig'>;

const SPECS: Record<string, PredefinedSpec> = {
  'CodeDeployDefault.AllAtOnce': { computePlatform: 'Server', minimumHealthyHosts: { type: 'HOST_COUNT', value: 0 } },
  'CodeDeployDefault.HalfAtATime': {
    computePlatform: 'Server',
    minimumHealthyHosts: { type: 'FLEET_PERCENT', value: 50 },
  },
  'CodeDeployDefault.OneAtATime': {
    computePlatform: 'Server',
    minimumHealthyHosts: { type: 'MOST_CONCURRENCY', value: 1 },
  },
  'CodeDeployDefault.ECSLinear10PercentEvery1Minutes': { computePlatform: 'ECS', trafficRoutingConfig: linear(10, 1) },
  'CodeDeployDefault.ECSLinear10PercentEvery3Minutes': { computePlatform: 'ECS', trafficRoutingConfig: linear(10, 3) },
  'CodeDeployDefault.ECSCanary10Percent5Minutes': { computePlatform: 'ECS', trafficRoutingConfig: canary(10, 5) },
  'CodeDeployDefault.ECSCanary10Percent15Minutes': { computePlatform: 'ECS', trafficRoutingConfig: canary(10, 15) },
  'CodeDeployDefault.ECSAllAtOnce': { computePlatform: 'ECS', trafficRoutingConfig: allAtOnce },
  'CodeDeployDefault.LambdaCanary10Percent5Minutes': { computePlatform: 'Lambda', trafficRoutingConfig: canary(10, 5) },
  'CodeDeployDefault.LambdaCanary10Percent10Minutes': {
    computePlatform: 'Lambda',
    trafficRoutingConfig: canary(10, 10),
  },
  'CodeDeployDefault.LambdaCanary10Percent15Minutes': {
    computePlatform: 'Lambda',
    trafficRoutingConfig: canary(10, 15),
  },
  'CodeDeployDefault.LambdaCanary10Percent30Minutes': {
    computePlatform: 'Lambda',
    trafficRoutingConfig: canary(10, 30),
  },
  'CodeDeployDefault.LambdaLinear10PercentEvery1Minute': {
    computePlatform: 'Lambda',
    trafficRoutingConfig: linear(10, 1),
  },
  'CodeDeployDefault.LambdaLinear10PercentEvery2Minutes': {
    computePlatform: 'Lambda',
    trafficRoutingConfig: linear(10, 2),
  },
  'CodeDeployDefault.LambdaLinear10PercentEvery3Minutes': {
    computePlatform: 'Lambda',
    trafficRoutingConfig: linear(10, 3),
  },
  'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes': {
    computePlatform: 'Lambda',
    trafficRoutingConfig: linear(10, 10),
  },
  'CodeDeployDefault.LambdaAllAtOnce': { computePlatform: 'Lambda', trafficRoutingConfig: allAtOnce },
};

/**
 * Predefined configurations are the same in every account; their IDs are fixed (derived from their position) so
 * every world answers alike.
 */
export const PREDEFINED_CONFIGS: Readonly<Record<string, DeploymentConfig>> = Object.fromEntries(
  Object.entries(SPECS).map(([name, spec], i) => [
    name,
    {
      deploymentConfigId: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      deploymentConfigName: name,
      createTime: simMillis(0),
      predefined: true,
      ...spec,
    },
  ]),
);

/** A predefined or custom configuration by its exact (case-sensitive) name. */
export function findDeploymentConfig(account: Account, name: string): DeploymentConfig | undefined {
  return getOwn(PREDEFINED_CONFIGS, name) ?? getOwn(account.codedeploy.deploymentConfigs, name);
}

/**
 * Minutes from the first traffic shift to the last: a canary shifts twice, `interval` apart; a linear config
 * shifts every `interval` until 100% (ceil(100 / percentage) steps).
 */
export function trafficShiftMinutes(config: TrafficRoutingConfig): number {
  if (config.type === 'TimeBasedCanary') return config.timeBasedCanary?.canaryInterval ?? 0;
  if (config.type === 'TimeBasedLinear' && config.timeBasedLinear) {
    const { linearPercentage, linearInterval } = config.timeBasedLinear;
    return (Math.ceil(100 / linearPercentage) - 1) * linearInterval;
  }
  return 0;
}

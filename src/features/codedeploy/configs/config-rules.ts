import type { DeploymentConfigInfo } from '../../../api/codedeploy/control-types';

/**
 * A deployment configuration's rule in plain words: how fast it goes and when the deployment
 * succeeds. Predefined EC2 configurations have documented rules that a number cannot express
 * (OneAtATime's last-instance exception), so they are spelled out by name.
 */
export interface ConfigRule {
  pace: string;
  success?: string;
}

const PREDEFINED_SERVER: Record<string, ConfigRule> = {
  'CodeDeployDefault.AllAtOnce': {
    pace: 'Deploys to as many instances as possible at once (minimum healthy hosts: 0 instances).',
    success: 'Succeeds if at least one instance succeeds; fails only if every instance fails.',
  },
  'CodeDeployDefault.HalfAtATime': {
    pace: 'Up to half of the instances at a time (rounded down); with 9 instances, 4 at a time.',
    success: 'Succeeds if at least half succeed (rounded up); with 9 instances, at least 5.',
  },
  'CodeDeployDefault.OneAtATime': {
    pace: 'One instance at a time.',
    success:
      'Fails as soon as any instance except the last one fails; a failure on the last instance still succeeds. ' +
      'A group of a single instance must succeed.',
  },
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** With `instances` instances, the minimum kept healthy and the batch size (undefined when it cannot start). */
export function batchFor(minimum: { type: 'HOST_COUNT' | 'FLEET_PERCENT'; value: number }, instances: number) {
  const keep = minimum.type === 'HOST_COUNT' ? minimum.value : Math.ceil((minimum.value * instances) / 100);
  return { keep, batch: instances > keep ? instances - keep : undefined };
}

function minimumHealthyRule(minimum: { type: 'HOST_COUNT' | 'FLEET_PERCENT'; value: number }): ConfigRule {
  const { keep, batch } = batchFor(minimum, 10);
  const example =
    batch === undefined
      ? `With 10 instances it keeps ${keep} healthy, so it fails at the start (HEALTH_CONSTRAINTS_INVALID).`
      : `With 10 instances: keeps ${keep} healthy, deploys to ${batch} at a time.`;
  const kept =
    minimum.type === 'HOST_COUNT'
      ? `Keeps at least ${plural(minimum.value, 'instance')} healthy.`
      : `Keeps at least ${minimum.value}% of the instances healthy (rounded up when the deployment starts).`;
  return {
    pace: `${kept} ${example}`,
    success: `Succeeds if at least the minimum succeed, and at least one instance succeeds.`,
  };
}

function trafficRule(config: NonNullable<DeploymentConfigInfo['trafficRoutingConfig']>): ConfigRule {
  if (config.type === 'TimeBasedCanary' && config.timeBasedCanary) {
    const { canaryPercentage: p, canaryInterval: m } = config.timeBasedCanary;
    return { pace: `Shifts ${p}% of traffic, then the remaining ${100 - p}% ${plural(m, 'minute')} later.` };
  }
  if (config.type === 'TimeBasedLinear' && config.timeBasedLinear) {
    const { linearPercentage: p, linearInterval: m } = config.timeBasedLinear;
    const steps = Math.ceil(100 / p);
    return {
      pace: `Shifts ${p}% of traffic every ${plural(m, 'minute')}: ${steps} equal steps, the last ${plural((steps - 1) * m, 'minute')} after the first.`,
    };
  }
  return { pace: 'Shifts all traffic at once.' };
}

export function configRule(config: DeploymentConfigInfo): ConfigRule {
  const predefined = PREDEFINED_SERVER[config.deploymentConfigName];
  if (predefined) return predefined;
  if (config.trafficRoutingConfig) return trafficRule(config.trafficRoutingConfig);
  const minimum = config.minimumHealthyHosts;
  if (minimum && minimum.type !== 'MOST_CONCURRENCY')
    return minimumHealthyRule({ type: minimum.type, value: minimum.value });
  return { pace: 'One instance at a time.' };
}

export const isPredefined = (name: string) => name.startsWith('CodeDeployDefault.');

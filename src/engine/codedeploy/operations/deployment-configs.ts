import { clonePlain } from '../../core/clone';
import { deleteOwn, getOwn, setOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { epochSecondsAt } from '../../core/time';
import { DEFAULT_CONFIG_PREFIX, findDeploymentConfig, PREDEFINED_CONFIGS, trafficShiftMinutes } from '../configs';
import { codedeployErrors as errors } from '../errors';
import type { ComputePlatform, DeploymentConfig, MinimumHealthyHosts, TrafficRoutingConfig } from '../state';
import { readComputePlatform } from './applications';
import { compareNames, DEPLOYMENT_CONFIG_LIMIT, isRecord, page, readName } from './common';

/** The longest a traffic shift may take, first shift to last (aws-facts §3.1). */
export const MAX_TRAFFIC_SHIFT_MINUTES = 2880;

const readConfigName = (input: Record<string, unknown>) =>
  readName(input, 'deploymentConfigName', errors.deploymentConfigNameRequired, (name) =>
    errors.invalidDeploymentConfigName(name, 'Names are 1-100 letters, digits and . _ + = , @ -.'),
  );

export function readMinimumHealthyHosts(raw: unknown): MinimumHealthyHosts {
  if (!isRecord(raw)) {
    throw errors.invalidMinimumHealthyHosts(
      'The minimum healthy instance value is required for an EC2/On-premises deployment configuration.',
    );
  }
  const { type, value } = raw;
  if (type !== 'HOST_COUNT' && type !== 'FLEET_PERCENT') {
    throw errors.invalidMinimumHealthyHosts(
      `The minimum healthy instance type is invalid: ${String(type)}. Valid types are HOST_COUNT and FLEET_PERCENT.`,
    );
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw errors.invalidMinimumHealthyHosts('The minimum healthy instance value must be a whole number.');
  }
  if (type === 'FLEET_PERCENT' && (value < 0 || value > 99)) {
    throw errors.invalidMinimumHealthyHosts(
      `The minimum healthy instance value ${value} is invalid. For FLEET_PERCENT it must be between 0 and 99.`,
    );
  }
  if (type === 'HOST_COUNT' && value < 0) {
    throw errors.invalidMinimumHealthyHosts(
      `The minimum healthy instance value ${value} is invalid. For HOST_COUNT it must be 0 or more.`,
    );
  }
  return { type, value };
}

function readStep(raw: unknown, percentageField: string, intervalField: string, what: string) {
  const step = isRecord(raw) ? raw : {};
  const percentage = step[percentageField];
  const interval = step[intervalField];
  if (typeof percentage !== 'number' || !Number.isInteger(percentage) || percentage < 1 || percentage > 99) {
    throw errors.invalidTrafficRouting(
      `The ${what} ${percentageField} ${String(percentage)} is invalid: it must be a whole number from 1 to 99.`,
    );
  }
  if (typeof interval !== 'number' || !Number.isInteger(interval) || interval < 1) {
    throw errors.invalidTrafficRouting(
      `The ${what} ${intervalField} ${String(interval)} is invalid: it must be a whole number of minutes, at least 1.`,
    );
  }
  return { percentage, interval };
}

export function readTrafficRoutingConfig(raw: unknown): TrafficRoutingConfig {
  if (!isRecord(raw)) {
    throw errors.invalidTrafficRouting(
      'A traffic routing configuration is required for Lambda and ECS configurations.',
    );
  }
  let config: TrafficRoutingConfig;
  if (raw.type === 'AllAtOnce') config = { type: 'AllAtOnce' };
  else if (raw.type === 'TimeBasedCanary') {
    const { percentage, interval } = readStep(raw.timeBasedCanary, 'canaryPercentage', 'canaryInterval', 'canary');
    config = { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: percentage, canaryInterval: interval } };
  } else if (raw.type === 'TimeBasedLinear') {
    const { percentage, interval } = readStep(raw.timeBasedLinear, 'linearPercentage', 'linearInterval', 'linear');
    config = { type: 'TimeBasedLinear', timeBasedLinear: { linearPercentage: percentage, linearInterval: interval } };
  } else {
    throw errors.invalidTrafficRouting(
      `The traffic routing type is invalid: ${String(raw.type)}. Valid types are TimeBasedCanary, TimeBasedLinear and AllAtOnce.`,
    );
  }
  const minutes = trafficShiftMinutes(config);
  if (minutes > MAX_TRAFFIC_SHIFT_MINUTES) {
    throw errors.invalidTrafficRouting(
      `The traffic shift would take ${minutes} minutes; it may take at most ${MAX_TRAFFIC_SHIFT_MINUTES} minutes (2 days) from the first shift to the last.`,
    );
  }
  return config;
}

/** A custom configuration from a CreateDeploymentConfig request, checked against the account's. */
export function newDeploymentConfig(ctx: SimContext, input: Record<string, unknown>): DeploymentConfig {
  const name = readConfigName(input);
  if (name.startsWith(DEFAULT_CONFIG_PREFIX)) {
    throw errors.invalidDeploymentConfigName(name, `Names starting with ${DEFAULT_CONFIG_PREFIX} are reserved.`);
  }
  if (findDeploymentConfig(ctx.world.account, name)) throw errors.deploymentConfigExists(name);
  const computePlatform: ComputePlatform = readComputePlatform(input.computePlatform);
  if (input.zonalConfig !== undefined && input.zonalConfig !== null) {
    throw errors.invalidZonalConfig('Zonal configurations are not simulated; use minimumHealthyHosts.');
  }
  const config: DeploymentConfig = {
    deploymentConfigId: ctx.uuid(),
    deploymentConfigName: name,
    computePlatform,
    createTime: ctx.now,
    predefined: false,
  };
  if (computePlatform === 'Server') {
    config.minimumHealthyHosts = readMinimumHealthyHosts(input.minimumHealthyHosts);
    const routing = input.trafficRoutingConfig;
    if (isRecord(routing) && routing.type !== 'AllAtOnce') {
      throw errors.invalidTrafficRouting(
        'EC2/On-premises configurations do not shift traffic by time; use minimumHealthyHosts instead.',
      );
    }
  } else {
    if (input.minimumHealthyHosts !== undefined && input.minimumHealthyHosts !== null) {
      throw errors.invalidMinimumHealthyHosts(
        `Minimum healthy hosts applies to EC2/On-premises configurations only, not to ${computePlatform}.`,
      );
    }
    config.trafficRoutingConfig = readTrafficRoutingConfig(input.trafficRoutingConfig);
  }
  if (Object.keys(ctx.world.account.codedeploy.deploymentConfigs).length >= DEPLOYMENT_CONFIG_LIMIT) {
    throw errors.deploymentConfigLimit(DEPLOYMENT_CONFIG_LIMIT);
  }
  return config;
}

/** The wire `DeploymentConfigInfo`. */
export const deploymentConfigView = (ctx: SimContext, config: DeploymentConfig) => ({
  deploymentConfigId: config.deploymentConfigId,
  deploymentConfigName: config.deploymentConfigName,
  ...(config.minimumHealthyHosts && { minimumHealthyHosts: { ...config.minimumHealthyHosts } }),
  createTime: epochSecondsAt(ctx.world.startEpochMs, config.createTime),
  computePlatform: config.computePlatform,
  ...(config.trafficRoutingConfig && { trafficRoutingConfig: clonePlain(config.trafficRoutingConfig) }),
});

export const CreateDeploymentConfig: Operation = (ctx, input) => {
  const config = newDeploymentConfig(ctx, input);
  setOwn(ctx.world.account.codedeploy.deploymentConfigs, config.deploymentConfigName, config);
  return { deploymentConfigId: config.deploymentConfigId };
};

export const GetDeploymentConfig: Operation = (ctx, input) => {
  const name = readConfigName(input);
  const config = findDeploymentConfig(ctx.world.account, name);
  if (!config) throw errors.deploymentConfigNotFound(name);
  return { deploymentConfigInfo: deploymentConfigView(ctx, config) };
};

/** The predefined configurations first (in the documentation's order), then the account's own by name. */
export const ListDeploymentConfigs: Operation = (ctx, input) => {
  const names = [
    ...Object.keys(PREDEFINED_CONFIGS),
    ...Object.keys(ctx.world.account.codedeploy.deploymentConfigs).sort(compareNames),
  ];
  const { items, nextToken } = page(names, input.nextToken);
  return { deploymentConfigsList: items, ...(nextToken && { nextToken }) };
};

/** Predefined configurations cannot be deleted; a custom one only when no group uses it. Unknown names succeed. */
export const DeleteDeploymentConfig: Operation = (ctx, input) => {
  const name = readConfigName(input);
  if (getOwn(PREDEFINED_CONFIGS, name)) {
    throw errors.invalidOperation(`${name} is a predefined deployment configuration and cannot be deleted.`);
  }
  const state = ctx.world.account.codedeploy;
  const user = Object.values(state.deploymentGroups).find((g) => g.deploymentConfigName === name);
  if (user) throw errors.deploymentConfigInUse(name, `${user.applicationName}/${user.deploymentGroupName}`);
  deleteOwn(state.deploymentConfigs, name);
  return {};
};

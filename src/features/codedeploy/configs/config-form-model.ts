import type { CreateDeploymentConfigInput } from '../../../api/codedeploy/create-deployment-config';
import type { ComputePlatform } from '../../../api/codedeploy/control-types';

/** The custom configuration form as typed; numbers stay text so a refused value stays on screen. */
export interface ConfigForm {
  name: string;
  computePlatform: ComputePlatform;
  minimumType: 'HOST_COUNT' | 'FLEET_PERCENT';
  minimumValue: string;
  routing: 'TimeBasedCanary' | 'TimeBasedLinear' | 'AllAtOnce';
  percentage: string;
  interval: string;
}

export const emptyConfigForm = (computePlatform: ComputePlatform = 'Server'): ConfigForm => ({
  name: '',
  computePlatform,
  minimumType: 'FLEET_PERCENT',
  minimumValue: '75',
  routing: 'TimeBasedCanary',
  percentage: '10',
  interval: '5',
});

/** Whole numbers as typed; anything else goes as NaN (null on the wire) for the service to refuse. */
const int = (text: string) => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : NaN);

/** CreateDeploymentConfig's input: minimum healthy hosts for EC2, traffic routing for Lambda and ECS. */
export function toCreateConfigInput(form: ConfigForm): CreateDeploymentConfigInput {
  const base = { deploymentConfigName: form.name.trim(), computePlatform: form.computePlatform };
  if (form.computePlatform === 'Server')
    return { ...base, minimumHealthyHosts: { type: form.minimumType, value: int(form.minimumValue) } };
  if (form.routing === 'TimeBasedCanary')
    return {
      ...base,
      trafficRoutingConfig: {
        type: 'TimeBasedCanary',
        timeBasedCanary: { canaryPercentage: int(form.percentage), canaryInterval: int(form.interval) },
      },
    };
  if (form.routing === 'TimeBasedLinear')
    return {
      ...base,
      trafficRoutingConfig: {
        type: 'TimeBasedLinear',
        timeBasedLinear: { linearPercentage: int(form.percentage), linearInterval: int(form.interval) },
      },
    };
  return { ...base, trafficRoutingConfig: { type: 'AllAtOnce' } };
}

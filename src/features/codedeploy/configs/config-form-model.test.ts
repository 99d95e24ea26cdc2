import { describe, expect, it } from 'vitest';
import { emptyConfigForm, toCreateConfigInput } from './config-form-model';

describe('toCreateConfigInput', () => {
  it('sends minimum healthy hosts for an EC2 configuration, exactly as typed', () => {
    expect(toCreateConfigInput({ ...emptyConfigForm(), name: ' Zero ', minimumValue: '0' })).toEqual({
      deploymentConfigName: 'Zero',
      computePlatform: 'Server',
      minimumHealthyHosts: { type: 'FLEET_PERCENT', value: 0 },
    });
    expect(
      toCreateConfigInput({ ...emptyConfigForm(), name: 'Two', minimumType: 'HOST_COUNT', minimumValue: '2' })
        .minimumHealthyHosts,
    ).toEqual({ type: 'HOST_COUNT', value: 2 });
  });

  it('sends a canary or a linear traffic shift for Lambda and ECS', () => {
    expect(
      toCreateConfigInput({ ...emptyConfigForm('Lambda'), name: 'Canary20', percentage: '20', interval: '15' })
        .trafficRoutingConfig,
    ).toEqual({ type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: 20, canaryInterval: 15 } });
    expect(
      toCreateConfigInput({ ...emptyConfigForm('ECS'), routing: 'TimeBasedLinear', percentage: '25', interval: '2' })
        .trafficRoutingConfig,
    ).toEqual({ type: 'TimeBasedLinear', timeBasedLinear: { linearPercentage: 25, linearInterval: 2 } });
    expect(toCreateConfigInput({ ...emptyConfigForm('ECS'), routing: 'AllAtOnce' }).trafficRoutingConfig).toEqual({
      type: 'AllAtOnce',
    });
  });

  it('lets a value that is not a whole number reach the service, which refuses it by name', () => {
    expect(toCreateConfigInput({ ...emptyConfigForm(), minimumValue: '7.5' }).minimumHealthyHosts?.value).toBeNaN();
  });
});

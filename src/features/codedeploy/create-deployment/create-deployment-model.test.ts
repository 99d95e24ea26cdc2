import { describe, expect, it } from 'vitest';
import { emptyCreateDeploymentForm, toCreateDeploymentInput } from './create-deployment-model';

describe('toCreateDeploymentInput', () => {
  it('deploys an S3 bundle to an EC2 group with the group’s own configuration and rollback settings', () => {
    const form = emptyCreateDeploymentForm('demo-web', 'demo-web-fleet', 'Server', 0);
    const input = toCreateDeploymentInput(
      { ...form, revision: { ...form.revision, bucket: 'demo-artifacts', key: 'web-v2.zip' }, description: 'v2' },
      'Server',
      [],
    );
    expect(input).toEqual({
      applicationName: 'demo-web',
      deploymentGroupName: 'demo-web-fleet',
      revision: { revisionType: 'S3', s3Location: { bucket: 'demo-artifacts', key: 'web-v2.zip', bundleType: 'zip' } },
      description: 'v2',
      ignoreApplicationStopFailures: false,
      fileExistsBehavior: 'DISALLOW',
    });
  });

  it('overrides the configuration and turns rollback off for this deployment only', () => {
    const form = emptyCreateDeploymentForm('demo-fn', 'demo-fn-live', 'Lambda', 0);
    const input = toCreateDeploymentInput(
      {
        ...form,
        deploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce',
        overrideRollback: true,
        rollbackEnabled: false,
      },
      'Lambda',
      [],
    );
    expect(input.deploymentConfigName).toBe('CodeDeployDefault.LambdaAllAtOnce');
    expect(input.autoRollbackConfiguration).toEqual({ enabled: false, events: [] });
    expect(input.revision?.revisionType).toBe('AppSpecContent');
    expect(input).not.toHaveProperty('fileExistsBehavior');
  });
});

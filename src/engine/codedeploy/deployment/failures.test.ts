import { describe, expect, it } from 'vitest';
import type { SimDriver } from '../../testing/driver';
import { revisionKey } from '../revisions';
import { s3Revision, serverGroup } from '../test-world';
import { appspec, codedeployDriver, deploymentOf, info, ok, putBundle } from '../../testing/codedeploy-deployments';

const FIRST = 'i-00000000000000001';

function webGroup(setup?: (driver: SimDriver) => void, extra: Record<string, unknown> = {}) {
  const driver = codedeployDriver();
  setup?.(driver);
  ok(driver, 'CreateApplication', { applicationName: 'web' });
  ok(driver, 'CreateDeploymentGroup', serverGroup(extra));
  return driver;
}

const deploy = (driver: SimDriver, extra: Record<string, unknown> = {}) =>
  ok<{ deploymentId: string }>(driver, 'CreateDeployment', {
    applicationName: 'web',
    deploymentGroupName: 'web-fleet',
    revision: s3Revision(),
    ...extra,
  }).deploymentId;

const failedEvent = (driver: SimDriver, id: string, target = FIRST) =>
  deploymentOf(driver, id).targets[target]?.lifecycleEvents.find((e) => e.status === 'Failed');

describe('Deployment failures on instances', () => {
  it('DownloadBundle fails "not opened for reading" when the instance profile may not read the bucket', () => {
    const driver = webGroup((d) => {
      const i = d.sim.world.account.fleet.instances[FIRST];
      if (i) i.s3ReadBuckets = ['some-other-bucket'];
    });
    const id = deploy(driver);
    driver.advance('1h');
    expect(failedEvent(driver, id)).toMatchObject({
      lifecycleEventName: 'DownloadBundle',
      diagnostics: { errorCode: 'UnknownError', message: 'UnknownError: not opened for reading' },
    });
    expect(failedEvent(driver, id)?.diagnostics?.logTail).toContain('s3:GetObject');
  });

  it('a clock more than 15 minutes off fails with the agent’s signature-expired log line', () => {
    const driver = webGroup((d) => {
      const i = d.sim.world.account.fleet.instances[FIRST];
      if (i) i.clockSkewSeconds = 20 * 60;
    });
    const id = deploy(driver);
    driver.advance('2h');
    expect(failedEvent(driver, id)?.diagnostics?.logTail).toContain('InvalidSignatureException - Signature expired');
    expect(info(driver, id)).toMatchObject({ status: 'Failed', errorInformation: { code: 'HEALTH_CONSTRAINTS' } });
  });

  it('a validation script that curls the application fails when the revision is a bad one (errorRate ≥ 0.5)', () => {
    const driver = webGroup();
    const revision = putBundle(driver, 'web/bad-release.zip', {
      'appspec.yml': appspec({ ValidateService: 'scripts/validate.sh' }),
      'scripts/validate.sh': 'curl -sf http://localhost/health\n',
    });
    const id = deploy(driver, { revision });
    const key = revisionKey(deploymentOf(driver, id).revision);
    driver.sim.world.account.fleet.revisionProfiles[key] = { errorRate: 0.6, latencyMs: 900 };
    driver.advance('1h');
    expect(failedEvent(driver, id)).toMatchObject({
      lifecycleEventName: 'ValidateService',
      diagnostics: { errorCode: 'ScriptFailed', message: expect.stringContaining('failed with exit code 22') },
    });
    expect(failedEvent(driver, id)?.diagnostics?.logTail).toContain('The requested URL returned error: 500');
  });

  it('DISALLOW fails Install when another deployment group already put a file there; OVERWRITE replaces it', () => {
    const driver = webGroup();
    const instance = driver.sim.world.account.fleet.instances[FIRST];
    if (instance) {
      instance.revision = {
        revisionKey: 's3://elsewhere/app.zip#1',
        deploymentId: 'd-OTHER0001',
        deploymentGroupId: 'another-group',
        files: { '/var/www/html/index.html': 'from another group' },
      };
    }
    const id = deploy(driver);
    driver.advance('1h');
    expect(failedEvent(driver, id)).toMatchObject({
      lifecycleEventName: 'Install',
      diagnostics: {
        message:
          'The deployment failed because a specified file already exists at this location: /var/www/html/index.html',
      },
    });
    const again = deploy(driver, { fileExistsBehavior: 'OVERWRITE' });
    driver.advance('1h');
    expect(info(driver, again).status).toBe('Succeeded');
    expect(driver.sim.world.account.fleet.instances[FIRST]?.revision?.files['/var/www/html/index.html']).toBe(
      '<h1>web v1</h1>\n',
    );
  });

  it('InjectDeploymentFault fails the named hook of the next deployment only', () => {
    const driver = webGroup();
    ok(driver, 'InjectDeploymentFault', { lifecycleEventName: 'ValidateService', effect: 'fail' });
    const broken = deploy(driver);
    driver.advance('1h');
    expect(failedEvent(driver, broken)).toMatchObject({
      lifecycleEventName: 'ValidateService',
      diagnostics: { errorCode: 'ScriptFailed' },
    });
    const fine = deploy(driver);
    driver.advance('1h');
    expect(info(driver, fine).status).toBe('Succeeded');
  });
});

describe('CreateDeployment refusals', () => {
  const errorOf = (driver: SimDriver, input: Record<string, unknown>) => {
    const result = driver.call('codedeploy', 'CreateDeployment', {
      applicationName: 'web',
      deploymentGroupName: 'web-fleet',
      revision: s3Revision(),
      ...input,
    });
    return result.ok ? undefined : result.error.type;
  };

  it('refuses what CodeDeploy refuses', () => {
    const driver = webGroup();
    expect(errorOf(driver, { deploymentGroupName: 'nope' })).toBe('DeploymentGroupDoesNotExistException');
    expect(errorOf(driver, { applicationName: 'nope' })).toBe('ApplicationDoesNotExistException');
    expect(errorOf(driver, { revision: s3Revision('web/missing.zip') })).toBe('RevisionDoesNotExistException');
    expect(errorOf(driver, { revision: undefined })).toBe('RevisionRequiredException');
    expect(errorOf(driver, { deploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce' })).toBe(
      'InvalidComputePlatformException',
    );
    expect(errorOf(driver, { deploymentConfigName: 'Missing' })).toBe('DeploymentConfigDoesNotExistException');
    expect(errorOf(driver, { fileExistsBehavior: 'MERGE' })).toBe('InvalidFileExistsBehaviorException');
    expect(errorOf(driver, { description: 'x'.repeat(257) })).toBe('DescriptionTooLongException');
    expect(errorOf(driver, { targetInstances: { autoScalingGroups: ['web-asg'] } })).toBe(
      'InvalidTargetInstancesException',
    );
    expect(errorOf(driver, { autoRollbackConfiguration: { enabled: true, events: [] } })).toBe(
      'InvalidAutoRollbackConfigException',
    );
    const get = driver.call('codedeploy', 'GetDeployment', { deploymentId: 'd-NOTTHERE1' });
    expect(get.ok ? '' : get.error.type).toBe('DeploymentDoesNotExistException');
  });

  it('fails with NO_INSTANCES when no instance matches the group', () => {
    const driver = webGroup(undefined, { ec2TagFilters: [{ Key: 'App', Value: 'nothing', Type: 'KEY_AND_VALUE' }] });
    const id = deploy(driver);
    driver.advance('1m');
    expect(info(driver, id)).toMatchObject({
      status: 'Failed',
      errorInformation: { code: 'NO_INSTANCES', message: expect.stringContaining('no instances were found') },
    });
  });
});

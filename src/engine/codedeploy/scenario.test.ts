import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { getObjectBytes } from '../s3/public';
import { SimDriver } from '../testing/driver';
import { findRevision, withS3ETag } from './revisions';
import { BUCKET, bundleFiles, codedeployScenario, s3Revision } from './test-world';

const webApp = (group: Record<string, unknown> = {}) => ({
  applications: [
    {
      applicationName: 'web',
      deploymentGroups: [
        {
          deploymentGroupName: 'web-fleet',
          ec2TagFilters: [{ Key: 'App', Value: 'web', Type: 'KEY_AND_VALUE' }],
          ...group,
        },
      ],
      revisions: [{ revision: s3Revision('web/v1.zip'), description: 'first release' }],
    },
  ],
});

describe('The codedeploy part of a scenario', () => {
  it('builds applications, groups (with the default service role) and registered revisions', () => {
    const { world } = SimDriver.from(codedeployScenario(webApp())).sim;
    const group = world.account.codedeploy.deploymentGroups['web/web-fleet'];
    expect(group).toMatchObject({
      deploymentConfigName: 'CodeDeployDefault.OneAtATime',
      serviceRoleArn: 'arn:aws:iam::123456789012:role/CodeDeployServiceRole',
    });
    const revision = findRevision(world.account, 'web', {
      revisionType: 'S3',
      s3Location: { bucket: BUCKET, key: 'web/v1.zip', bundleType: 'zip' },
    });
    expect(revision).toMatchObject({ description: 'first release', registerTime: 0 });
  });

  it('holds a scenario to the API rules and says which resource broke them', () => {
    expect(() =>
      SimDriver.from(codedeployScenario(webApp({ deploymentConfigName: 'CodeDeployDefault.Fast' }))),
    ).toThrow(
      'CodeDeploy deployment group web/web-fleet: DeploymentConfigDoesNotExistException: No deployment configuration found for name: CodeDeployDefault.Fast',
    );
  });

  it('zips bundle files deterministically, so a revision has the same ETag in every world', () => {
    const a = SimDriver.from(codedeployScenario()).sim.world;
    const b = SimDriver.from(codedeployScenario()).sim.world;
    const etag = (w: typeof a) => withS3ETag(w, { revisionType: 'S3', s3Location: s3Revision().s3Location as never });
    expect(etag(a)).toEqual(etag(b));
    expect(etag(a)).toMatchObject({ s3Location: { eTag: expect.stringMatching(/^[0-9a-f]{32}$/) } });
    const files = unzipSync(getObjectBytes(a, BUCKET, 'web/v1.zip') as Uint8Array);
    expect(Object.keys(files).sort()).toEqual(Object.keys(bundleFiles('v1')).sort());
    expect(strFromU8(files['appspec.yml'] as Uint8Array)).toContain('ValidateService');
  });
});

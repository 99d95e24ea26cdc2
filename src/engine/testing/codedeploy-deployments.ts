import { strToU8, zipSync } from 'fflate';
import { simMillis } from '../core/time';
import { putObject } from '../s3/public';
import { SimDriver } from './driver';
import { ACCOUNT, BUCKET, codedeployScenario, seedFleet } from '../codedeploy/test-world';

/** Helpers for the CodeDeploy deployment tests, on top of the CodeDeploy test world. */

/** A driver on the CodeDeploy test world with its fleet seeded. */
export function codedeployDriver(): SimDriver {
  const driver = SimDriver.from(codedeployScenario());
  seedFleet(driver.sim.world.account.fleet);
  return driver;
}

export const ok = <T = Record<string, unknown>>(
  driver: SimDriver,
  operation: string,
  input: Record<string, unknown> = {},
) => driver.ok<T>('codedeploy', operation, input);

export const info = (driver: SimDriver, id: string) =>
  ok<{ deploymentInfo: Record<string, unknown> & { status: string } }>(driver, 'GetDeployment', { deploymentId: id })
    .deploymentInfo;

export const deploymentOf = (driver: SimDriver, id: string) => {
  const d = driver.sim.world.account.codedeploy.deployments[id];
  if (!d) throw new Error(`no deployment ${id}`);
  return d;
};

export const eventNames = (driver: SimDriver, id: string, targetId: string) =>
  deploymentOf(driver, id).targets[targetId]?.lifecycleEvents.map((e) => e.lifecycleEventName);

/** Writes a zip bundle of `files` to the revision bucket and returns its S3 revision location. */
export function putBundle(driver: SimDriver, key: string, files: Record<string, string>) {
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([p, t]) => [p, strToU8(t)])), {
    mtime: Date.UTC(2026, 0, 5),
  });
  putObject(driver.sim.world, BUCKET, key, zip, simMillis(0));
  return { revisionType: 'S3', s3Location: { bucket: BUCKET, key, bundleType: 'zip' } };
}

export const appspec = (hooks: Record<string, string>) =>
  `version: 0.0\nos: linux\nfiles:\n  - source: /\n    destination: /var/www/html\nhooks:\n${Object.entries(hooks)
    .map(([event, script]) => `  ${event}:\n    - location: ${script}\n`)
    .join('')}`;

/** Adds instances i-…07 onwards (tagged App=web) so the group has `count` instances. */
export function growFleet(driver: SimDriver, count: number) {
  const fleet = driver.sim.world.account.fleet;
  const template = fleet.instances['i-00000000000000001'];
  if (!template) throw new Error('no template instance');
  for (let i = 7; i <= count; i++) {
    const instanceId = `i-${String(i).padStart(17, '0')}`;
    fleet.instances[instanceId] = { ...template, instanceId, tags: { App: 'web', Name: `web-${i}` } };
  }
}

export function addAlarm(driver: SimDriver, alarmName: string) {
  driver.sim.world.account.fleet.alarms[alarmName] = {
    alarmName,
    alarmArn: `arn:aws:cloudwatch:us-east-1:${ACCOUNT}:alarm:${alarmName}`,
    namespace: 'AWS/ApplicationELB',
    metricName: 'HTTPCode_Target_5XX_Count',
    dimensions: {},
    statistic: 'Sum',
    periodSeconds: 60,
    evaluationPeriods: 1,
    threshold: 10,
    comparisonOperator: 'GreaterThanThreshold',
    treatMissingData: 'notBreaching',
    state: 'OK',
    stateReason: 'test',
    stateUpdatedAt: simMillis(0),
    createdAt: simMillis(0),
  };
}

/** A Lambda function `fn` with versions 1 and 2 and alias `live` on version 1. */
export function addLambda(driver: SimDriver, hookFunctions: string[] = []) {
  const fleet = driver.sim.world.account.fleet;
  const fn = (name: string) => ({
    functionName: name,
    functionArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`,
    runtime: 'nodejs20.x',
    handler: 'index.handler',
    versions: Object.fromEntries(
      ['1', '2'].map((v) => [
        v,
        {
          version: v,
          codeSha256: v,
          description: '',
          lastModified: simMillis(0),
          profile: { errorRate: 0, latencyMs: 50 },
        },
      ]),
    ),
    aliases: {
      live: {
        name: 'live',
        aliasArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}:live`,
        functionVersion: '1',
        additionalVersionWeights: {},
      },
    },
  });
  fleet.lambdaFunctions.fn = fn('fn');
  for (const name of hookFunctions) fleet.lambdaFunctions[name] = fn(name);
}

export function lambdaDriver(config: string, appspecText: string, hookFunctions: string[] = []) {
  const driver = codedeployDriver();
  addLambda(driver, hookFunctions);
  ok(driver, 'CreateApplication', { applicationName: 'fn', computePlatform: 'Lambda' });
  ok(driver, 'CreateDeploymentGroup', {
    applicationName: 'fn',
    deploymentGroupName: 'fn-live',
    serviceRoleArn: `arn:aws:iam::${ACCOUNT}:role/CodeDeployServiceRole`,
    deploymentConfigName: config,
  });
  const id = ok<{ deploymentId: string }>(driver, 'CreateDeployment', {
    applicationName: 'fn',
    deploymentGroupName: 'fn-live',
    revision: { revisionType: 'AppSpecContent', appSpecContent: { content: appspecText } },
  }).deploymentId;
  return { driver, id };
}

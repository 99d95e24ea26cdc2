import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test/temp-dir';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;

const CANARY_APPSPEC = `version: 0.0
Resources:
  - fn:
      Type: AWS::Lambda::Function
      Properties:
        Name: demo-fn
        Alias: live
        CurrentVersion: 1
        TargetVersion: 2
`;

describe('npm run sim with a deployment', () => {
  it('prints the deployment, its lifecycle events and the canary traffic schedule', async () => {
    const demo = JSON.parse(readFileSync(join(root, 'public/scenarios/demo.json'), 'utf8')) as { script: unknown[] };
    demo.script.push({
      at: '1m',
      command: {
        service: 'codedeploy',
        operation: 'CreateDeployment',
        input: {
          applicationName: 'demo-fn',
          deploymentGroupName: 'demo-fn-live',
          revision: { revisionType: 'AppSpecContent', appSpecContent: { content: CANARY_APPSPEC } },
        },
      },
    });
    const file = join(tempDir('sim-deploy-'), 'canary.json');
    writeFileSync(file, JSON.stringify(demo));
    const { stdout } = await run('npx', ['tsx', 'scripts/sim.ts', file, '--until', '10m'], { cwd: root });
    const events = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { time: string; 'detail-type': string; detail: Record<string, unknown> });
    const of = (type: string) => events.filter((e) => e['detail-type'] === type);
    expect(of('CodeDeploy Deployment State-change Notification').map((e) => [e.time, e.detail.state])).toEqual([
      ['2026-01-05T09:01:01Z', 'START'],
      ['2026-01-05T09:06:05Z', 'SUCCESS'],
    ]);
    // LambdaCanary10Percent5Minutes: 10% to version 2 when AllowTraffic starts, the rest five minutes later.
    const alias = of('Traffic Weight Change').filter((e) => e.detail.entryPointType === 'lambda-alias');
    expect(alias.map((e) => [e.time, e.detail.percentages])).toEqual([
      ['2026-01-05T09:01:03Z', { '1': 90, '2': 10 }],
      ['2026-01-05T09:06:03Z', { '2': 100 }],
    ]);
    const lifecycle = of('CodeDeploy Lifecycle Event Change').filter((e) => e.detail.status === 'Succeeded');
    expect(lifecycle.map((e) => e.detail.lifecycleEventName)).toEqual([
      'Start',
      'BeforeAllowTraffic',
      'AllowTraffic',
      'AfterAllowTraffic',
      'End',
    ]);
  }, 60_000);
});

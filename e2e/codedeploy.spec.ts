import type { Page } from '@playwright/test';
import { aws, expect, openConsole, pause, simBar, test } from './fixtures';

const codedeploy = <T>(page: Page, operation: string, body: object) =>
  aws<T>(page, 'codedeploy', `CodeDeploy_20141006.${operation}`, body);
const fleetFault = (page: Page, operation: string, body: object) =>
  aws(page, 'fleet-simulator', `CICDLabFleetSimulator_20260101.${operation}`, body);

const WEB_V2 = {
  revisionType: 'S3',
  s3Location: { bucket: 'demo-deploy-revisions-123456789012', key: 'demo-web/demo-web-v2.zip', bundleType: 'zip' },
};
const FN_V2 = {
  revisionType: 'AppSpecContent',
  appSpecContent: {
    content:
      'version: 0.0\nResources:\n  - demo-fn:\n      Type: AWS::Lambda::Function\n      Properties:\n        Name: demo-fn\n        Alias: live\n        CurrentVersion: 1\n        TargetVersion: 2\n',
  },
};

const FN_BACK_TO_1 = {
  revisionType: 'AppSpecContent',
  appSpecContent: {
    content: FN_V2.appSpecContent.content
      .replace('CurrentVersion: 1', 'CurrentVersion: 2')
      .replace('TargetVersion: 2', 'TargetVersion: 1'),
  },
};

async function deploy(
  page: Page,
  applicationName: string,
  deploymentGroupName: string,
  revision: object,
  config?: string,
) {
  const { deploymentId } = await codedeploy<{ deploymentId: string }>(page, 'CreateDeployment', {
    applicationName,
    deploymentGroupName,
    revision,
    ...(config && { deploymentConfigName: config }),
  });
  return deploymentId;
}

const advance = (page: Page, label: 'Advance 1 minute' | 'Advance 10 minutes') =>
  simBar(page).getByRole('button', { name: label }).click();

test('HalfAtATime to 6 instances deploys in two batches', async ({ page }) => {
  await openConsole(page);
  await pause(page);
  const id = await deploy(page, 'demo-web', 'demo-web-fleet', WEB_V2, 'CodeDeployDefault.HalfAtATime');
  await page.goto(`#/codedeploy/deployments/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(id);
  for (let i = 0; i < 6; i++) {
    if ((await page.getByRole('heading', { level: 1 }).textContent())?.includes('Succeeded')) break;
    await advance(page, 'Advance 10 minutes');
  }
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Succeeded');
  await expect(page.getByTestId('batch-count')).toHaveText('2 batches');
  await expect(page.getByRole('table', { name: 'Deployment targets' }).getByRole('row')).toHaveCount(7);
  await expect(page.getByRole('group', { name: 'Lifecycle events over time' }).locator('[data-batch="2"]')).toHaveCount(
    3,
  );
});

test('a Lambda canary at 60× shows 10% then 100% on the traffic chart', async ({ page }) => {
  await openConsole(page);
  await pause(page);
  const id = await deploy(page, 'demo-fn', 'demo-fn-live', FN_V2);
  await page.goto(`#/codedeploy/deployments/${id}`);
  await simBar(page).getByRole('button', { name: '60×' }).click();
  const split = page.getByTestId('traffic-split');
  await expect(split).toContainText('Replacement (2): 10%', { timeout: 30_000 });
  await expect(split).toContainText('Replacement (2): 100%', { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Succeeded', { timeout: 30_000 });
});

test('a bad revision trips the alarm mid-canary and the automatic rollback appears, linked', async ({ page }) => {
  await openConsole(page);
  await pause(page);
  // A rollback redeploys the last good revision, so first make 1 → 2 a success, then ship 2 → 1 as the bad one.
  const good = await deploy(page, 'demo-fn', 'demo-fn-live', FN_V2);
  await page.goto(`#/codedeploy/deployments/${good}`);
  await simBar(page).getByRole('button', { name: 'Max' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Succeeded', { timeout: 30_000 });
  await pause(page);
  const id = await deploy(page, 'demo-fn', 'demo-fn-live', FN_BACK_TO_1);
  await page.goto(`#/codedeploy/deployments/${id}`);
  const split = page.getByTestId('traffic-split');
  // Step one event at a time, letting the page catch up, so the canary's 10% is not stepped over.
  const canary = split.filter({ hasText: 'Replacement (1): 10%' });
  for (let i = 0; i < 20; i++) {
    if (
      await canary.waitFor({ timeout: 1500 }).then(
        () => true,
        () => false,
      )
    )
      break;
    await simBar(page).getByRole('button', { name: 'Step to next event' }).click();
  }
  await expect(split).toContainText('Replacement (1): 10%');
  await fleetFault(page, 'SetRevisionProfile', { FunctionName: 'demo-fn', Version: '1', ErrorRate: 0.5 });
  await fleetFault(page, 'HoldAlarmState', { AlarmName: 'demo-fn-errors', StateValue: 'ALARM' });
  await advance(page, 'Advance 1 minute');
  const rolledBack = page.getByText(/Rolled back by/);
  await expect(rolledBack).toBeVisible();
  await expect(page.getByRole('region', { name: 'Why the deployment failed' })).toContainText(
    'An alarm stopped the deployment',
  );
  await rolledBack.getByRole('link').click();
  await expect(page.getByText(new RegExp(`Rollback of ${id}`))).toBeVisible();
  await expect(page.getByText('codeDeployRollback')).toBeVisible();
});

// In the demo world the bad revision's 5XX trips demo-web-5xx and stops the deployment (ALARM_ACTIVE)
// before any ValidateService runs; holding that alarm OK let the deployment succeed instead. The
// spec waits for a named fault that fails ValidateService on its own.
test('a failing ValidateService script shows its diagnostics and the fix', async ({ page }) => {
  await openConsole(page);
  await pause(page);
  const id = await deploy(page, 'demo-web', 'demo-web-fleet', WEB_V2, 'CodeDeployDefault.OneAtATime');
  const { deploymentInfo } = await codedeploy<{
    deploymentInfo: { revision: { s3Location: { bucket: string; key: string; eTag?: string } } };
  }>(page, 'GetDeployment', { deploymentId: id });
  const s3 = deploymentInfo.revision.s3Location;
  await fleetFault(page, 'SetRevisionProfile', {
    RevisionKey: `s3://${s3.bucket}/${s3.key}${s3.eTag ? `#${s3.eTag}` : ''}`,
    ErrorRate: 0.6,
  });
  await page.goto(`#/codedeploy/deployments/${id}`);
  for (let i = 0; i < 6; i++) {
    if (/Failed|Stopped/.test((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')) break;
    await advance(page, 'Advance 10 minutes');
  }
  // The bad revision also answers 5XX, so the demo-web-5xx alarm may stop the deployment first.
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Failed|Stopped/);
  const why = page.getByRole('region', { name: 'Why the deployment failed' });
  await expect(why).toContainText('A script failed');
  await expect(why).toContainText('ValidateService failed');
  const targets = page.getByRole('table', { name: 'Deployment targets' });
  await targets.getByRole('button', { expanded: false }).first().click();
  const diagnostics = page.getByRole('region', { name: 'ValidateService diagnostics' });
  await expect(diagnostics).toContainText('ScriptFailed');
  await expect(diagnostics.locator('pre')).not.toBeEmpty();
});

test('the compare view runs three EC2 configurations on one time axis', async ({ page }) => {
  await openConsole(page, '#/codedeploy/compare');
  await page.getByRole('button', { name: 'Start side by side' }).click();
  const runs = page.getByRole('table', { name: 'Runs compared' });
  await expect(runs.getByRole('row')).toHaveCount(4, { timeout: 30_000 });
  for (let i = 0; i < 4; i++) await advance(page, 'Advance 10 minutes');
  await expect(runs).toContainText('CodeDeployDefault.AllAtOnce');
  await expect(runs).toContainText('CodeDeployDefault.HalfAtATime');
  await expect(runs).toContainText('CodeDeployDefault.OneAtATime');
  await expect(runs.getByText('Succeeded')).toHaveCount(3);
  const side = page.getByRole('group', { name: 'Deployments side by side on one time axis' });
  await expect(side.locator('[data-lane]')).toHaveCount(3);
});

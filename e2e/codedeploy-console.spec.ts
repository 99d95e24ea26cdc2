import { expect, openConsole, test } from './fixtures';

test('a custom configuration the service refuses is explained in the deployment group form, which keeps what was typed', async ({
  page,
}) => {
  await openConsole(page, '#/codedeploy');
  await page.getByRole('button', { name: 'Create application' }).click();
  const create = page.getByRole('dialog', { name: 'Create application' });
  await create.getByLabel('Application name').fill('strict-web');
  await create.getByRole('button', { name: 'Create application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /strict-web/ })).toBeVisible();

  await page.getByRole('link', { name: 'Create deployment group' }).click();
  await page.getByLabel('Deployment group name').fill('strict-fleet');
  await page.getByLabel('Tag group 1, row 1: key').fill('App');
  await page.getByLabel('Tag group 1, row 1: value').fill('demo-web');
  await expect(page.getByRole('status').filter({ hasText: /instances? match/ })).toContainText('6 instances match');

  await page.getByRole('button', { name: 'Create custom configuration' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create deployment configuration' });
  await dialog.getByLabel('Deployment configuration name').fill('AllMustStayHealthy');
  await dialog.getByLabel('Percentage').fill('100');
  await dialog.getByRole('button', { name: 'Create deployment configuration' }).click();
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('InvalidMinimumHealthyHostValueException');
  await expect(refusal).toContainText('FLEET_PERCENT');
  await expect(refusal).toContainText('100% would leave no instance free to deploy to');
  await expect(dialog.getByLabel('Percentage')).toHaveValue('100');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('Deployment group name')).toHaveValue('strict-fleet');
});

test('the fleet view stops and restarts the CodeDeploy agent on an instance', async ({ page }) => {
  await openConsole(page, '#/codedeploy/fleet');
  const stop = page.getByRole('button', { name: /^Stop the CodeDeploy agent on i-/ }).first();
  const label = (await stop.getAttribute('aria-label')) ?? '';
  const instanceId = label.replace('Stop the CodeDeploy agent on ', '');
  await stop.click();
  const row = page.getByRole('row').filter({ hasText: instanceId });
  await expect(row).toContainText('Stopped');
  await row.getByRole('button', { name: `Start the CodeDeploy agent on ${instanceId}` }).click();
  await expect(row).toContainText('Running');
  await expect(row.getByRole('button', { name: `Stop the CodeDeploy agent on ${instanceId}` })).toBeVisible();

  await page.getByRole('link', { name: 'Faults' }).click();
  await expect(page.getByRole('heading', { name: 'Stop the CodeDeploy agent' })).toBeVisible();
  await expect(page.getByText('never starts the lifecycle events')).toBeVisible();
});

import type { Page } from '@playwright/test';
import { aws, expect, openConsole, pause, simBar, test } from './fixtures';

// The release walks virtual time a minute per click: source, build and an in-place deployment.
test.describe.configure({ timeout: 240_000 });

const stageStatuses = (page: Page) =>
  page
    .locator('[data-stage]')
    .evaluateAll((els) =>
      els.map(
        (e) => `${e.getAttribute('data-stage')}:${e.querySelector('[data-status]')?.getAttribute('data-status')}`,
      ),
    );

test('a project template creates a web app on EC2 whose first execution goes green', async ({ page }) => {
  await openConsole(page, '#/codepipeline/templates');
  await pause(page);

  await page.getByRole('button', { name: /^Web app on EC2 \(in place\)/ }).click();
  const name = page.getByLabel('Project name');
  await name.fill('my shop');
  await expect(page.getByText('InvalidRepositoryNameException', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create project' })).toBeDisabled();

  await name.fill('shop');
  const plan = page.getByRole('list', { name: 'Plan' });
  await expect(plan.getByRole('listitem')).toHaveCount(7);
  await expect(plan).toContainText('Create the pipeline shop-pipeline: Source → Build → Deploy');
  await page.getByRole('button', { name: 'Create project' }).click();

  await expect(page.getByText("The project is ready and the pipeline's first execution has started.")).toBeVisible();
  await expect(plan.locator('[data-status="succeeded"]')).toHaveCount(7);
  await page.getByRole('link', { name: 'Open shop-pipeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'shop-pipeline' })).toBeVisible();

  const advanceMinute = simBar(page).getByRole('button', { name: 'Advance 1 minute' });
  for (let i = 0; i < 30; i++) {
    if ((await stageStatuses(page)).every((s) => s.endsWith(':Succeeded'))) break;
    await advanceMinute.click();
  }
  expect(await stageStatuses(page)).toEqual(['Source:Succeeded', 'Build:Succeeded', 'Deploy:Succeeded']);
});

test('a name the account uses is refused before anything runs', async ({ page }) => {
  await openConsole(page, '#/codepipeline/templates');
  await pause(page);
  await page.getByLabel('Project name').fill('demo-web');
  await expect(page.getByText('Application demo-web already exists.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create project' })).toBeDisabled();
});

test('a refused step stops the plan, and what was created before it can be deleted', async ({ page }) => {
  await openConsole(page, '#/codepipeline/templates');
  await pause(page);
  await page.getByLabel('Project name').fill('late');
  await expect(page.getByRole('button', { name: 'Create project' })).toBeEnabled();
  // Someone else creates the application after the wizard read the account.
  await aws(page, 'codedeploy', 'CodeDeploy_20141006.CreateApplication', {
    applicationName: 'late',
    computePlatform: 'Server',
  });
  await page.getByRole('button', { name: 'Create project' }).click();

  const plan = page.getByRole('list', { name: 'Plan' });
  await expect(plan.getByRole('alert')).toContainText('ApplicationAlreadyExistsException');
  expect(
    await plan.locator('[data-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))),
  ).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded', 'failed', 'pending', 'pending']);
  await expect(page.getByRole('heading', { name: 'Created before the refusal' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete what was created' }).click();
  await expect(page.getByRole('heading', { name: 'After deleting' })).toBeVisible();
  await expect(page.getByText(/CodeCommit repository late: deleted/)).toBeVisible();
  await expect(page.getByText(/CodeBuild project late-build: deleted/)).toBeVisible();
  await expect(page.getByText(/EC2 instances Project=late, Name=late: deleted/)).toBeVisible();
});

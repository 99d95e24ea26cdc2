import type { Page } from '@playwright/test';
import { expect, openConsole, pause, simBar, test } from './fixtures';

const step = (page: Page) => simBar(page).getByRole('button', { name: 'Step to next event' }).click();

/** Steps virtual time one event at a time until the build page shows `status` (no wall-clock sleeps). */
async function stepUntilStatus(page: Page, status: string) {
  const header = page.getByRole('heading', { level: 1 });
  for (let i = 0; i < 60 && !(await header.getByText(status, { exact: true }).isVisible()); i++) await step(page);
  await expect(header.getByText(status, { exact: true })).toBeVisible();
}

const FAILING_BUILDSPEC = `version: 0.2
phases:
  build:
    commands:
      - echo "test('always fails', () => {});" > tests/failing.test.js
      - npm test
reports:
  unit-tests:
    files:
      - junit.xml
    base-directory: reports
`;

test('a push builds main: phases and the log stream live, tests report, the artifact zip downloads', async ({
  page,
}) => {
  await openConsole(page);
  await pause(page);
  // The demo world pushes to main at 3m; the project's webhook starts a build.
  for (let i = 0; i < 3; i++) await simBar(page).getByRole('button', { name: 'Advance 1 minute' }).click();
  await expect(page.getByTestId('sim-clock')).toHaveText(/00:03:\d\d/);

  await page.goto('#/codebuild/builds');
  // demo-pipeline builds the same push too (submitter codepipeline/demo-pipeline); this is the webhook's build.
  const row = page.getByTestId('build-row').filter({ hasNotText: 'codepipeline/' }).first();
  await expect(row).toContainText('demo-webapp-build');
  await row.getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/codebuild\/builds\/demo-webapp-build%3A/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('In progress');

  // The log follows the build phase by phase, without a reload.
  const log = page.getByRole('log', { name: 'Build logs' });
  for (let i = 0; i < 40 && !(await log.getByText('Entering phase BUILD').isVisible()); i++) await step(page);
  await expect(log).toContainText('Entering phase BUILD');
  await expect(log).toContainText(/\d\d:\d\d:\d\d\.\d{3}/);
  await stepUntilStatus(page, 'Succeeded');
  await expect(log).toContainText('Phase complete: UPLOAD_ARTIFACTS State: SUCCEEDED');
  // Secrets are masked in the log.
  await expect(log).not.toContainText('demo-3f9a-7c21');

  await page.getByRole('tab', { name: 'Phase details' }).click();
  await expect(page.getByTestId('phase-row').filter({ hasText: 'BUILD' }).first()).toContainText('Succeeded');

  await page.getByRole('tab', { name: 'Reports' }).click();
  const report = page.getByRole('region', { name: 'Report demo-webapp-build-unit-tests' });
  await expect(report.getByTestId('test-summary')).toContainText('100%');
  await expect(report.getByTestId('test-trend-chart')).toBeVisible();

  await page.getByRole('tab', { name: 'Artifacts' }).click();
  await expect(page.getByRole('table', { name: 'Artifact objects' })).toContainText('demo-webapp.zip');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download demo-webapp.zip' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('demo-webapp.zip');
  const bytes = await download.createReadStream().then(
    (stream) =>
      new Promise<Buffer>((resolve) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => resolve(Buffer.concat(chunks)));
      }),
  );
  expect(bytes.subarray(0, 2).toString()).toBe('PK');

  // The dashboard lists the build with its status.
  await page.goto('#/');
  const tile = page.getByRole('region', { name: 'Builds' });
  await expect(tile.getByRole('link', { name: 'demo-webapp-build #1' })).toBeVisible();
  await expect(tile).toContainText('Succeeded');
});

test('a failing test fails the build and shows in the report', async ({ page }) => {
  await openConsole(page, '#/codebuild/projects/demo-webapp-build');
  await pause(page);
  await page.getByRole('button', { name: 'Start build with overrides' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Buildspec override').fill(FAILING_BUILDSPEC);
  await dialog.getByRole('button', { name: 'Start build' }).click();
  await expect(page).toHaveURL(/#\/codebuild\/builds\//);
  await stepUntilStatus(page, 'Failed');

  await page.getByRole('tab', { name: 'Phase details' }).click();
  const buildPhase = page.getByTestId('phase-row').filter({ hasText: /^BUILD/ });
  await expect(buildPhase).toContainText('Failed');
  await expect(buildPhase).toContainText('COMMAND_EXECUTION_ERROR');

  await page.getByRole('tab', { name: 'Reports' }).click();
  const report = page.getByRole('region', { name: 'Report demo-webapp-build-unit-tests' });
  await report.getByLabel('Failed only').check();
  await expect(report.getByTestId('test-case-row')).toHaveCount(1);
  await expect(report.getByTestId('test-case-row')).toContainText('always fails');
});

test('the project form shows the service refusal verbatim and keeps what was typed', async ({ page }) => {
  await openConsole(page, '#/codebuild/create-project');
  await page.getByLabel('Project name').fill('x');
  await page.getByLabel('Timeout (minutes)', { exact: true }).fill('3');
  await page.getByRole('button', { name: 'Create build project' }).click();
  await expect(page.getByRole('alert')).toContainText('Exception');
  await expect(page.getByLabel('Project name')).toHaveValue('x');
  await expect(page.getByLabel('Timeout (minutes)', { exact: true })).toHaveValue('3');
});

test('a SecureString parameter is masked until revealed', async ({ page }) => {
  await openConsole(page, '#/parameters');
  await page.getByRole('button', { name: 'Create parameter' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('/e2e/token');
  await dialog.getByLabel('SecureString').check();
  await dialog.getByLabel('Value').fill('s3cr3t-value');
  await dialog.getByRole('button', { name: 'Create parameter' }).click();
  const row = page.getByRole('row').filter({ hasText: '/e2e/token' });
  await expect(row).not.toContainText('s3cr3t-value');
  await row.getByRole('button', { name: 'Show value of /e2e/token' }).click();
  await expect(row).toContainText('s3cr3t-value');
});

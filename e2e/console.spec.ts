import { expect, openConsole, pause, simBar, test } from './fixtures';

test('opens on the seeded demo world with its dashboard', async ({ page }) => {
  await openConsole(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Dashboard/);
  await expect(page.getByRole('main').getByRole('link', { name: 'demo-webapp' }).first()).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'demo-infrastructure' }).first()).toBeVisible();
});

test('the clock moves at the chosen speed, pauses, and steps to the next event', async ({ page }) => {
  await openConsole(page);
  const clock = page.getByTestId('sim-clock');
  await pause(page);
  const paused = await clock.textContent();
  await page.waitForTimeout(1500);
  await expect(clock).toHaveText(paused ?? '');

  await simBar(page).getByRole('button', { name: '600×' }).click();
  await expect(clock).not.toHaveText(paused ?? '');
  await pause(page);

  await simBar(page).getByRole('button', { name: 'Advance 10 minutes' }).click();
  await expect(clock).toHaveText(/00:1\d:\d\d/);
});

test('a push scripted by the scenario appears in the Events view with its JSON', async ({ page }) => {
  await openConsole(page);
  await pause(page);
  await simBar(page).getByRole('button', { name: 'Step to next event' }).click();
  await expect(page.getByTestId('sim-clock')).toHaveText('00:03:00');
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Events/ })
    .click();
  const row = page.getByTestId('event-row').filter({ hasText: 'CodeCommit Repository State Change' }).first();
  await expect(row).toBeVisible();
  await row.click();
  await expect(page.getByRole('main').locator('pre')).toContainText('"referenceName": "main"');
  await expect(page).toHaveURL(/#\/events\?event=/);
});

test('every service area explains itself instead of showing a placeholder', async ({ page }) => {
  await openConsole(page);
  for (const area of ['codebuild', 'codedeploy', 'codepipeline', 'codeartifact', 'codeguru', 'labs']) {
    await page.goto(`#/${area}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(/coming soon/i);
  }
});

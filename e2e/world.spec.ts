import { readFile, writeFile } from 'node:fs/promises';
import { clockText, expect, openConsole, pause, simBar, test, worldMenu } from './fixtures';

test('export the world, reset it, import it back: the state returns', async ({ page }, testInfo) => {
  await openConsole(page);
  const pausedAt = await pause(page);
  await page.goto('#/codecommit');
  await page.getByRole('button', { name: 'Create repository' }).click();
  await page.getByLabel('Repository name').fill('kept-by-export');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page).toHaveURL(/kept-by-export/);
  await simBar(page).getByRole('button', { name: 'Advance 10 minutes' }).click();
  await expect(page.getByTestId('sim-clock')).toHaveText(clockText(pausedAt + 600));

  const downloadPromise = page.waitForEvent('download');
  await worldMenu(page, 'Export world');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^cicdlab-demo-.*\.json$/);
  const exported = testInfo.outputPath('world.json');
  await download.saveAs(exported);
  expect(JSON.parse(await readFile(exported, 'utf8'))).toMatchObject({ format: 'cicdlab-scenario', version: 1 });

  await worldMenu(page, 'Reset world');
  await page.getByRole('dialog').getByRole('button', { name: /Reset/ }).click();
  await expect(page.getByTestId('sim-clock')).toHaveText(/00:00:0\d/);
  await page.goto('#/codecommit');
  await expect(page.getByRole('link', { name: 'demo-webapp' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'kept-by-export' })).toHaveCount(0);

  await worldMenu(page, 'Import world…');
  await page.getByLabel('Scenario file').setInputFiles(exported);
  await page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('sim-clock')).toHaveText(clockText(pausedAt + 600));
  await expect(page.getByRole('link', { name: 'kept-by-export' })).toBeVisible();
});

test('a malformed import is refused with its line and column, and nothing changes', async ({ page }, testInfo) => {
  await openConsole(page);
  const minuteLater = clockText((await pause(page)) + 60);
  await simBar(page).getByRole('button', { name: 'Advance 1 minute' }).click();
  await expect(page.getByTestId('sim-clock')).toHaveText(minuteLater);
  const bad = testInfo.outputPath('bad.json');
  await writeFile(bad, '{\n  "format": "cicdlab-scenario",\n  "version": 1,\n  "name": "broken"\n  "seed": 1\n}\n');

  await worldMenu(page, 'Import world…');
  await page.getByLabel('Scenario file').setInputFiles(bad);
  await page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('Line 5, column 3');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('sim-clock')).toHaveText(minuteLater);
  await page.goto('#/codecommit');
  await expect(page.getByRole('link', { name: 'demo-webapp' })).toBeVisible();
});

test('two tabs never run the same world: the second offers to take it over', async ({ page, context }) => {
  await openConsole(page);
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByText('This world is open in another tab')).toBeVisible();
  await second.getByRole('button', { name: 'Use it in this tab' }).click();
  await expect(second.getByText('This world is open in another tab')).toHaveCount(0);
  await expect(page.getByText('This world is open in another tab')).toBeVisible();
});

test('?scenario= opens a published scenario, and asks before replacing a saved world', async ({ page }) => {
  await openConsole(page, '/?scenario=empty#/codecommit');
  await expect(page.getByRole('main')).not.toContainText('demo-webapp');

  await page.goto('/?scenario=demo#/codecommit');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('This link opens scenario demo');
  await dialog.getByRole('button', { name: 'Keep my world' }).click();
  await expect(page.getByRole('main')).not.toContainText('demo-webapp');
  await expect(page).not.toHaveURL(/scenario=/);

  await page.goto('/?scenario=demo#/codecommit');
  await page.getByRole('dialog').getByRole('button', { name: 'Open demo' }).click();
  await expect(page.getByRole('link', { name: 'demo-webapp' })).toBeVisible();
});

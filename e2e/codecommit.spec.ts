import type { Page } from '@playwright/test';
import { expect, openConsole, test } from './fixtures';

async function createRepository(page: Page, name: string) {
  await page.goto('#/codecommit');
  await page.getByRole('button', { name: 'Create repository' }).click();
  await page.getByLabel('Repository name').fill(name);
  await page.getByLabel('Description').fill('Made by the end-to-end test');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
}

test('a repository created in the console is still there after a reload', async ({ page }) => {
  await openConsole(page);
  await createRepository(page, 'e2e-created');
  await expect(page).toHaveURL(/#\/codecommit\/repositories\/e2e-created/);
  await page.reload();
  await openConsole(page, '#/codecommit');
  await expect(page.getByRole('link', { name: 'e2e-created' })).toBeVisible();
});

test('the service refuses a duplicate name and the form keeps what was typed', async ({ page }) => {
  await openConsole(page);
  await createRepository(page, 'demo-webapp');
  await expect(page.getByRole('alert')).toContainText('RepositoryNameExistsException');
  await expect(page.getByLabel('Repository name')).toHaveValue('demo-webapp');
});

test('names with HTML in them are shown as text, never as markup', async ({ page }) => {
  await openConsole(page);
  await createRepository(page, '<img src=x onerror=alert(1)>');
  await expect(page.getByRole('alert')).toContainText('InvalidRepositoryNameException');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('files, folders and commits of the demo repository deep-link and survive a reload', async ({ page }) => {
  await openConsole(page, '#/codecommit/repositories/demo-webapp');
  await page.getByRole('link', { name: 'src', exact: true }).click();
  await page.getByRole('link', { name: 'greeting.js' }).click();
  await expect(page.getByRole('main')).toContainText('exports.greeting');
  await page.reload();
  await expect(page.getByRole('main')).toContainText('exports.greeting');

  await page.goto('#/codecommit/repositories/demo-webapp');
  await page.getByRole('tab', { name: 'Commits' }).click();
  await expect(page.getByRole('main')).toContainText('Serve a health check for the load balancer');
  await expect(page.getByRole('main')).toContainText('Initial commit: web service and tests');
});

/** A 1×1 PNG: binary (not UTF-8), 70 bytes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test('an uploaded binary file is stored byte for byte, shown by size with a Download button, and diffed as binary', async ({
  page,
}) => {
  await openConsole(page, '#/codecommit/repositories/demo-webapp');
  await page.getByRole('button', { name: 'Add file' }).click();
  await page.getByRole('menuitem', { name: 'Upload files' }).click();
  await page.getByLabel('Choose files').setInputFiles([{ name: 'logo.png', mimeType: 'image/png', buffer: PNG }]);
  await expect(page.getByRole('table', { name: 'Files to commit' })).toContainText('70 B · binary');
  const form = page.getByRole('form', { name: 'Commit changes' });
  await form.getByLabel('Author name').fill('Pat Designer');
  await form.getByLabel('Email address').fill('pat@example.com');
  await form.getByLabel(/Commit message/).fill('Add the logo');
  await form.getByRole('button', { name: 'Commit 1 file' }).click();

  await page.getByRole('link', { name: 'logo.png' }).click();
  const file = page.getByRole('region', { name: 'logo.png' });
  await expect(file).toContainText('Binary file, 70 bytes.');
  // The ID `git hash-object logo.png` prints for these bytes.
  await expect(file).toContainText('08cd6f2bfd1b53ec5a4db72bed55f40907e8bdfa');
  await expect(file.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    file.getByRole('button', { name: 'Download' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('logo.png');
  const saved = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of saved) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).equals(PNG)).toBe(true);

  await page.getByRole('tab', { name: 'Commits' }).click();
  await page
    .getByRole('row', { name: /Add the logo/ })
    .getByRole('link')
    .click();
  await page.getByRole('link', { name: 'Compare with parent' }).click();
  await expect(page.getByRole('region', { name: 'logo.png' })).toContainText('Binary file added (70 bytes).');
});

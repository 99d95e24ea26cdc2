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

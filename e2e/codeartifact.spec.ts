import type { Page } from '@playwright/test';
import { expect, openConsole, test } from './fixtures';

const DOMAIN = 'lab-domain';

async function createRepository(page: Page, name: string, options: { upstream?: string; connection?: string }) {
  await page.getByRole('button', { name: 'Create repository' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create repository' });
  await dialog.getByLabel('Repository name').fill(name);
  if (options.upstream) {
    await dialog.getByLabel('Repository to add as an upstream').selectOption(options.upstream);
    await dialog.getByRole('button', { name: 'Add upstream' }).click();
    await expect(dialog.getByRole('list', { name: 'Upstream repositories in priority order' })).toContainText(
      options.upstream,
    );
  }
  if (options.connection) await dialog.getByLabel('External connection').selectOption(options.connection);
  await dialog.getByRole('button', { name: 'Create repository' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('link', { name: DOMAIN }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: DOMAIN })).toBeVisible();
}

const packagesOf = (page: Page, repository: string) => page.getByRole('table', { name: `Packages in ${repository}` });

test('an invalid domain name shows the broken rules as it is typed, and the service refuses it', async ({ page }) => {
  await openConsole(page, '#/codeartifact');
  await page.getByRole('button', { name: 'Create domain' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create domain' });
  const name = dialog.getByLabel('Domain name');
  await name.fill('My_Domain');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toContainText('Start with a lowercase letter.');
  await expect(dialog).toContainText('Use only lowercase letters, digits and hyphens (not “M” “_” “D”).');
  await dialog.getByRole('button', { name: 'Create domain' }).click();
  await expect(dialog.getByRole('alert')).toContainText('ValidationException');
  await expect(dialog.getByRole('alert')).toContainText('A value breaks one of CodeArtifact’s rules');
  await expect(name).toHaveValue('My_Domain');
});

test('A → B → C with C connected to npmjs: Explain searches A, B, C, public:npmjs; Fetch retains lodash in A and C, not B; a version set to Unlisted shows so', async ({
  page,
}) => {
  await openConsole(page, '#/codeartifact');
  await page.getByRole('button', { name: 'Create domain' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create domain' });
  await dialog.getByLabel('Domain name').fill(DOMAIN);
  await dialog.getByRole('button', { name: 'Create domain' }).click();
  await expect(page.getByRole('heading', { level: 1, name: DOMAIN })).toBeVisible();

  await createRepository(page, 'repo-c', { connection: 'public:npmjs' });
  await createRepository(page, 'repo-b', { upstream: 'repo-c' });
  await createRepository(page, 'repo-a', { upstream: 'repo-b' });

  const graph = page.getByTestId('domain-graph');
  await expect(graph.getByLabel('External connection public:npmjs')).toBeVisible();
  await page.getByLabel('Ask repository').selectOption('repo-a');
  await page.getByLabel('Package', { exact: true }).fill('lodash');
  await page.getByLabel('Version').fill('4.17.20');
  await page.getByRole('button', { name: 'Explain' }).click();
  const steps = page.getByRole('list', { name: 'Search path' }).getByRole('listitem');
  await expect(steps).toHaveText([
    /^1\.\s*repo-a\s+Not here/,
    /^2\.\s*repo-b\s+Not here/,
    /^3\.\s*repo-c\s+Not here/,
    /^4\.\s*public:npmjs\s+Found in the public registry \(external connection of repo-c\)/,
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'A fetch would retain it in' })).toContainText(
    'A fetch would retain it in repo-a and repo-c (Explain changes nothing).',
  );
  await expect(graph.getByLabel('External connection public:npmjs: Found in the public registry')).toBeVisible();

  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Now retained in' })).toContainText(
    'Now retained in repo-a and repo-c.',
  );
  await expect(graph.getByLabel('Repository repo-a: Not here, retained here')).toBeVisible();

  await page.getByRole('link', { name: 'repo-c', exact: true }).first().click();
  await expect(packagesOf(page, 'repo-c').getByRole('cell', { name: 'lodash', exact: true })).toBeVisible();
  await page.getByRole('link', { name: DOMAIN }).first().click();
  await page.getByRole('link', { name: 'repo-b', exact: true }).first().click();
  await expect(page.getByRole('heading', { name: 'No packages in this repository' })).toBeVisible();
  await page.getByRole('link', { name: DOMAIN }).first().click();
  await page.getByRole('link', { name: 'repo-a', exact: true }).first().click();
  const lodash = packagesOf(page, 'repo-a').getByRole('row').filter({ hasText: 'lodash' });
  await expect(lodash.getByRole('cell').nth(3)).toHaveText('4.17.20');

  await lodash.getByRole('link', { name: 'lodash' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'lodash' })).toBeVisible();
  const version = page.getByRole('table', { name: 'Package versions' }).getByRole('row').filter({ hasText: '4.17.20' });
  await expect(version).toContainText('Published');
  await expect(version).toContainText('External (public registry)');
  await page.getByLabel('Select version 4.17.20').check();
  await page.getByRole('button', { name: 'Change status' }).click();
  const change = page.getByRole('dialog', { name: 'Change status' });
  await change.getByLabel('New status').selectOption('Unlisted');
  await expect(change).toContainText('Not listed, but still downloadable by its exact version.');
  await change.getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changed to Unlisted' })).toContainText(
    'Changed to Unlisted: 4.17.20 (now Unlisted).',
  );
  await expect(version.getByRole('cell').nth(2)).toHaveText('Unlisted');
});

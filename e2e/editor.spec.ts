import type { Page } from '@playwright/test';
import { expect, openConsole, pause, simBar, test } from './fixtures';

const REPO = '#/codecommit/repositories/demo-webapp';

/** The Monaco editor of a page: typing goes through the keyboard, as a person types. */
const editor = (page: Page) => page.getByTestId('spec-editor').locator('.monaco-editor').last();
const problems = (page: Page) => page.getByRole('region', { name: 'Problems' });

/** Puts the cursor at the start of a 1-based line (Monaco's own Ctrl+Home, then arrows). */
async function goToLine(page: Page, line: number) {
  await editor(page).locator('.view-lines').click();
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
}

async function fillAuthor(page: Page, message: string) {
  const form = page.getByRole('form', { name: 'Commit changes' });
  await form.getByLabel('Author name').fill('Eve Editor');
  await form.getByLabel('Email address').fill('eve@example.com');
  await form.getByLabel(/Commit message/).fill(message);
  return form;
}

async function openEditor(page: Page, path: string, firstLine: string) {
  await openConsole(page, `${REPO}/file/main/${path}`);
  await pause(page);
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(editor(page).locator('.view-lines')).toContainText(firstLine);
}

test('edit the buildspec: a mistake shows as a marker and in Problems, the fix commits to main', async ({ page }) => {
  await openConsole(page, `${REPO}/file/main/buildspec.yml`);
  await pause(page);
  // Lines are found in the file as it is in the demo world, so the test follows changes to the scenario.
  const lines = (await page.getByLabel('Contents of buildspec.yml').innerText()).split('\n');
  const build = lines.findIndex((l) => /^\s+build:\s*$/.test(l));
  const commandsLine = lines.findIndex((l, i) => i > build && /^\s+commands:/.test(l)) + 1;
  const indent = (lines[commandsLine - 1]?.search(/\S/) ?? 0) + 1;
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(editor(page).locator('.view-lines')).toContainText('version');
  const typo = problems(page).getByRole('button').filter({ hasText: 'comands' });
  await expect(problems(page)).toContainText(/problems|error|warning/);
  await expect(typo).toHaveCount(0);

  // Make `commands:` under build read `comands:`.
  await goToLine(page, commandsLine);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Delete');
  await expect(editor(page).locator('.view-lines')).toContainText('comands:');
  await expect(typo.first()).toContainText(`${commandsLine}:${indent}`);
  await expect(editor(page).locator('[class*="squiggly-"]').first()).toBeVisible();

  // A click on the problem puts the cursor on it; fix it, then make a real change at the end.
  await typo.first().click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('m');
  await expect(typo).toHaveCount(0);
  await page.keyboard.press('Control+End');
  await page.keyboard.type('# Edited in the console');

  const form = await fillAuthor(page, 'Note the console edit');
  await form.getByRole('button', { name: 'Commit changes' }).click();
  await expect(page).toHaveURL(/\/file\/main\/buildspec\.yml$/);
  await expect(page.getByLabel('Contents of buildspec.yml')).toContainText('# Edited in the console');
  await expect(page.getByLabel('Contents of buildspec.yml')).not.toContainText('comands');

  await page.getByRole('tab', { name: 'Commits' }).click();
  await expect(page.getByRole('main')).toContainText('Note the console edit');
  await expect(page.getByRole('main')).toContainText('Eve Editor');
});

test('a push while editing is refused with its message, nothing typed is lost, and compare lets it through', async ({
  page,
}) => {
  await openEditor(page, 'src/greeting.js', 'exports.greeting');
  await goToLine(page, 1);
  await page.keyboard.press('End');
  await page.keyboard.type(' // edited');
  // The scenario's teammate pushes a change to src/greeting.js on main at 3 minutes.
  await simBar(page).getByRole('button', { name: 'Step to next event' }).click();
  await expect(page.getByTestId('sim-clock')).toHaveText('00:03:00');

  const form = await fillAuthor(page, 'Mark the greeting');
  await form.getByRole('button', { name: 'Commit changes' }).click();
  await expect(form.getByRole('alert')).toContainText('ParentCommitIdOutdatedException');
  await expect(form.getByRole('alert')).toContainText('Your text is kept');
  await expect(editor(page).locator('.view-lines')).toContainText('// edited');

  await form.getByRole('button', { name: 'Compare with the latest version' }).click();
  await expect(page.getByTestId('spec-editor').locator('.monaco-diff-editor')).toBeVisible();
  await expect(page.getByTestId('spec-editor')).toContainText('Welcome to the demo.');
  await form.getByRole('button', { name: 'Commit changes' }).click();
  await expect(page).toHaveURL(/\/file\/main\/src\/greeting\.js$/);
  await expect(page.getByRole('main')).toContainText('// edited');
});

test('unsaved edits survive leaving and coming back; nothing changed is explained', async ({ page }) => {
  await openEditor(page, 'README.md', '# demo-webapp');
  await goToLine(page, 1);
  await page.keyboard.press('End');
  await page.keyboard.type(' (draft)');
  await page.getByRole('tab', { name: 'Commits' }).click();
  await page
    .getByRole('dialog', { name: 'Leave with unsaved changes?' })
    .getByRole('button', { name: 'Leave, keep the draft' })
    .click();
  await expect(page).toHaveURL(/\/commits/);
  await page.getByRole('tab', { name: 'Code' }).click();
  await page.getByRole('link', { name: 'README.md' }).click();
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(editor(page).locator('.view-lines')).toContainText('# demo-webapp (draft)');

  // Back to the original text: the service says there is nothing to commit, and the page says why.
  await goToLine(page, 1);
  await page.keyboard.press('End');
  for (let i = 0; i < ' (draft)'.length; i++) await page.keyboard.press('Backspace');
  const form = await fillAuthor(page, 'No change');
  await form.getByRole('button', { name: 'Commit changes' }).click();
  await expect(form.getByRole('alert')).toContainText('SameFileContentException');
  await expect(form.getByRole('alert')).toContainText('Nothing to commit');
});

test('upload files in one commit, a binary one included; a file over 6 MB is left out with the reason', async ({
  page,
}) => {
  await openConsole(page, REPO);
  await pause(page);
  await page.getByRole('button', { name: 'Add file' }).click();
  await page.getByRole('menuitem', { name: 'Upload files' }).click();
  await page.getByLabel('Choose files').setInputFiles([
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('<b>not bold</b>\n') },
    { name: 'data.json', mimeType: 'application/json', buffer: Buffer.from('{ "ok": true }\n') },
    { name: 'pixel.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
    { name: 'huge.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(6 * 1024 * 1024 + 1) },
  ]);
  await expect(page.getByRole('main')).toContainText('huge.bin is 6.0 MB; CodeCommit accepts files up to 6 MB');
  const form = await fillAuthor(page, 'Add notes and data');
  await form.getByRole('button', { name: 'Commit 3 files' }).click();
  await expect(page).toHaveURL(/\/browse\/main$/);
  await expect(page.getByRole('link', { name: 'notes.txt' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'data.json' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'pixel.png' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'huge.bin' })).toHaveCount(0);
  await page.getByRole('link', { name: 'notes.txt' }).click();
  await expect(page.getByRole('main')).toContainText('<b>not bold</b>');
  await expect(page.locator('main b')).toHaveCount(0);
});

test('delete a file with a commit message; its emptied folder goes too', async ({ page }) => {
  await openConsole(page, `${REPO}/file/main/tests/greeting.test.js`);
  await pause(page);
  await page.getByRole('button', { name: 'Delete file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete tests/greeting.test.js?' });
  await dialog.getByLabel(/Commit message/).fill('Drop the greeting test');
  await dialog.getByRole('button', { name: 'Delete file' }).click();
  await expect(page).toHaveURL(/\/browse\/main$/);
  await expect(page.getByRole('link', { name: 'src', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'tests', exact: true })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Commits' }).click();
  await expect(page.getByRole('main')).toContainText('Drop the greeting test');
});

test('a new appspec from the template is valid and commits into the chosen folder', async ({ page }) => {
  await openConsole(page, `${REPO}/browse/main/src`);
  await pause(page);
  await page.getByRole('button', { name: 'Add file' }).click();
  await page.getByRole('menuitem', { name: /New file from template: appspec\.yml/ }).click();
  await expect(page.getByLabel('File name')).toHaveValue('appspec.yml');
  await expect(editor(page).locator('.view-lines')).toContainText('file_exists_behavior');
  await expect(problems(page)).toContainText('No problems');
  const form = await fillAuthor(page, 'Add an AppSpec');
  await form.getByRole('button', { name: 'Commit new file' }).click();
  await expect(page).toHaveURL(/\/file\/main\/src\/appspec\.yml$/);
  await expect(page.getByRole('main')).toContainText('ValidateService');
});

test('edit the appspec: a misspelt lifecycle event shows in Problems with its line', async ({ page }) => {
  await openConsole(page, `${REPO}/file/main/appspec.yml`);
  await pause(page);
  const lines = (await page.getByLabel('Contents of appspec.yml').innerText()).split('\n');
  const hookLine = lines.findIndex((l) => /^\s+AfterInstall:\s*$/.test(l)) + 1;
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(editor(page).locator('.view-lines')).toContainText('AfterInstall');
  await expect(problems(page)).toContainText('No problems');

  // `AfterInstall:` → `AfterInstal:`, a name CodeDeploy never runs.
  await goToLine(page, hookLine);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await expect(editor(page).locator('.view-lines')).toContainText('AfterInstal:');
  const problem = problems(page).getByRole('button').filter({ hasText: 'AfterInstal' });
  await expect(problem.first()).toContainText('Did you mean');
  await expect(problem.first()).toContainText(`${hookLine}:3`);
});

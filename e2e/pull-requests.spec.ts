import type { Page } from '@playwright/test';
import { expect, openConsole, test } from './fixtures';

const REPO = '#/codecommit/repositories/shop-api';
const SCENARIO = '?scenario=pull-requests';

/** The top bar's "Acting as" selector: every request after this is signed as that identity. */
async function actAs(page: Page, label: string) {
  const select = page.getByLabel('Acting as');
  await select.selectOption({ label });
  await expect(select.locator('option:checked')).toHaveText(label);
}

async function createPullRequest(page: Page, source: string, title: string) {
  await page.goto(`${REPO}/pull-requests`);
  await page.getByRole('link', { name: 'Create pull request' }).first().click();
  await page.getByLabel('Source', { exact: true }).selectOption(source);
  await expect(page.getByRole('navigation', { name: 'Changed files' })).toBeVisible();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create pull request' }).click();
  await expect(page).toHaveURL(/\/pull-requests\/\d+$/);
}

const prTab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Pull request' }).getByRole('link', { name, exact: true });

test('a pull request waits for a reviewer, the intern cannot merge it, and the author merges by fast-forward', async ({
  page,
}) => {
  await openConsole(page, `${SCENARIO}${REPO}/pull-requests`);
  await expect(page.getByLabel('Acting as').locator('option:checked')).toHaveText('ana (default)');
  await createPullRequest(page, 'feature/cart-total', 'Add cart totals');

  // The template's rule applies: the merge is blocked and the page says by which rule.
  const reason = 'approval rules not satisfied: main-needs-a-reviewer';
  await expect(page.getByRole('main')).toContainText(reason);
  // The scenario's CodeBuild project builds every pull request into main; Details shows the latest build.
  await expect(page.getByRole('link', { name: 'shop-api-pr-checks #1' })).toBeVisible();
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /Merge pull request/ });
  await expect(dialog).toContainText('Mergeable: no conflicts');
  await expect(dialog).toContainText(reason);
  await expect(dialog.getByRole('button', { name: 'Merge pull request' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The author may not approve their own pull request: the service says so.
  await prTab(page, 'Approvals').click();
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('PullRequestCannotBeApprovedByAuthorException');

  await actAs(page, 'ben');
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Approved by' })).toContainText('Approved by ben');
  await expect(page.getByRole('main')).toContainText('Approval rules satisfied: main-needs-a-reviewer');

  // Branch protection: the intern's policy denies merges into main.
  await actAs(page, 'intern');
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await dialog.getByRole('button', { name: 'Merge pull request' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'AccessDeniedException: User: arn:aws:iam::123456789012:user/intern is not authorized to perform: codecommit:MergePullRequestByFastForward',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await actAs(page, 'ana (default)');
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(dialog.getByRole('radio', { name: /Fast forward merge/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Merge pull request' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: /Add cart totals/ })).toContainText('Merged');
  await expect(page.getByRole('button', { name: 'Merge', exact: true })).toHaveCount(0);
  await prTab(page, 'Activity').click();
  await expect(page.getByRole('list', { name: 'Activity' })).toContainText(
    'ana merged the pull request by fast-forward',
  );

  await page.goto('#/events');
  await page.getByLabel('Search').fill('pullRequestMergeStatusUpdated');
  await expect(
    page.getByTestId('event-row').filter({ hasText: 'pullRequestMergeStatusUpdated' }).first(),
  ).toBeVisible();
});

test('a pull request from a branch that conflicts with main shows the conflicting file', async ({ page }) => {
  await openConsole(page, `${SCENARIO}${REPO}/pull-requests`);
  await createPullRequest(page, 'docs/readme-wording', 'Reword the README');
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /Merge pull request/ });
  await dialog.getByRole('radio', { name: /3-way merge/ }).check();
  const conflicts = dialog.getByRole('table', { name: 'Conflicting files' });
  await expect(conflicts).toContainText('README.md');
  await expect(conflicts).toContainText('modified in source, modified in destination');
  await expect(dialog.getByRole('button', { name: 'Merge pull request' })).toBeDisabled();
});

test("the intern's direct edit of a file on main is refused with the service's AccessDeniedException", async ({
  page,
}) => {
  await openConsole(page, `${SCENARIO}${REPO}/file/main/README.md`);
  await actAs(page, 'intern');
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  const editor = page.getByTestId('spec-editor').locator('.monaco-editor').last();
  await expect(editor.locator('.view-lines')).toContainText('# shop-api');
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Edited by the intern.');
  const form = page.getByRole('form', { name: 'Commit changes' });
  await form.getByLabel('Author name').fill('Ian Intern');
  await form.getByLabel('Email address').fill('intern@example.com');
  await form.getByRole('button', { name: 'Commit changes' }).click();
  await expect(form.getByRole('alert')).toContainText(
    'AccessDeniedException: User: arn:aws:iam::123456789012:user/intern is not authorized to perform: codecommit:PutFile',
  );
});

test('branches: the default branch cannot be deleted, a new branch can', async ({ page }) => {
  await openConsole(page, `${SCENARIO}${REPO}/branches`);
  await page.getByRole('button', { name: 'Delete branch main' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete branch main?' });
  await confirm.getByRole('button', { name: 'Delete branch' }).click();
  await expect(confirm.getByRole('alert')).toContainText('DefaultBranchCannotBeDeletedException');
  await confirm.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Create branch' }).click();
  const create = page.getByRole('dialog', { name: 'Create branch' });
  await create.getByLabel('Branch name').fill('release/1.0');
  await create.getByRole('button', { name: 'Create branch' }).click();
  await expect(create).toBeHidden();
  await expect(page.getByRole('link', { name: 'release/1.0', exact: true })).toBeVisible();
});

test('the author edits the title and description, overrides the approval rules, and revokes the override', async ({
  page,
}) => {
  await openConsole(page, `${SCENARIO}${REPO}/pull-requests`);
  await createPullRequest(page, 'feature/cart-total', 'Add cart totals');

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('dialog', { name: /Edit pull request/ });
  await edit.getByLabel('Title').fill('Add cart totals with tax');
  await edit.getByLabel(/Description/).fill('Totals now include VAT.');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('heading', { name: /Add cart totals with tax/ })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Totals now include VAT.');

  const blocked = 'approval rules not satisfied: main-needs-a-reviewer';
  await expect(page.getByRole('main')).toContainText(blocked);
  await prTab(page, 'Approvals').click();
  await page.getByRole('button', { name: 'Override approval rules' }).click();
  await expect(page.getByRole('main')).toContainText('Approval rules overridden for this revision by ana');
  await expect(page.getByRole('main')).toContainText('Approval rules were overridden for this revision.');
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  const merge = page.getByRole('dialog', { name: /Merge pull request/ });
  await expect(merge.getByRole('button', { name: 'Merge pull request' })).toBeEnabled();
  await merge.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Revoke override' }).click();
  await expect(page.getByRole('main')).toContainText(blocked);
  await expect(page.getByRole('button', { name: 'Override approval rules' })).toBeVisible();
  await prTab(page, 'Activity').click();
  await expect(page.getByRole('list', { name: 'Activity' })).toContainText(/overr/i);
});

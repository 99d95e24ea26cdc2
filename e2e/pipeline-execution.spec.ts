import type { Locator, Page } from '@playwright/test';
import { aws, expect, openConsole, pause, simBar, test } from './fixtures';

const PIPELINE = 'demo-pipeline';

// Each test walks virtual time a minute per click through a whole release.
test.describe.configure({ timeout: 240_000 });

/** A push to demo-webapp's main branch: one file changed, one commit, as `git push` would leave it. */
async function push(page: Page, message: string) {
  const { branch } = await aws<{ branch: { commitId: string } }>(page, 'codecommit', 'CodeCommit_20150413.GetBranch', {
    repositoryName: 'demo-webapp',
    branchName: 'main',
  });
  const { commitId } = await aws<{ commitId: string }>(page, 'codecommit', 'CodeCommit_20150413.PutFile', {
    repositoryName: 'demo-webapp',
    branchName: 'main',
    parentCommitId: branch.commitId,
    filePath: 'RELEASE_NOTES.md',
    fileContent: Buffer.from(`# ${message}\n`).toString('base64'),
    commitMessage: message,
  });
  return commitId;
}

const advanceMinute = (page: Page) => simBar(page).getByRole('button', { name: 'Advance 1 minute' }).click();

/** Advances virtual time a minute at a time until `done` holds (at most `minutes`); nothing waits on the wall clock. */
async function advanceUntil(page: Page, done: () => Promise<boolean>, minutes = 60) {
  for (let i = 0; i < minutes && !(await done()); i++) await advanceMinute(page);
  expect(await done()).toBe(true);
}

const historyRow = (page: Page, text: string) =>
  page.getByTestId('execution-history').getByRole('row').filter({ hasText: text });
const statusOf = (row: Locator) =>
  row
    .locator('[data-status]')
    .first()
    .getAttribute('data-status', { timeout: 1000 })
    .catch(() => null);

/** The demo world pushes to main at 3 minutes; tests start after it so only their own pushes follow. */
async function pastScriptedPush(page: Page) {
  await openConsole(page);
  await pause(page);
  for (let i = 0; i < 4; i++) await advanceMinute(page);
  await page.goto(`#/codepipeline/pipelines/${PIPELINE}`);
  await expect(page.getByRole('heading', { level: 1, name: PIPELINE })).toBeVisible();
}

/** Reviews the approval waiting now, as the user chosen in the dialog, and approves it with a comment. */
async function approve(page: Page, comment: string) {
  await page
    .getByRole('button', { name: /^Review / })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('approval-countdown')).toContainText('then the approval fails');
  await expect(dialog.getByLabel('Acting as')).toBeVisible();
  await dialog.getByLabel('Comment').fill(comment);
  await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('a pushed commit is built, approved with a comment, deployed, and every stage ends green', async ({ page }) => {
  await pastScriptedPush(page);
  await push(page, 'Release notes for the e2e run');
  const ours = historyRow(page, 'Release notes for the e2e run');
  await advanceUntil(page, async () => (await ours.count()) > 0);

  // Executions ahead of ours hold the approval first; each waiting approval is reviewed and approved in turn.
  await advanceUntil(
    page,
    async () => {
      if (['Succeeded', 'Failed', 'Stopped'].includes((await statusOf(ours)) ?? '')) return true;
      if ((await page.getByRole('button', { name: /^Review / }).count()) > 0)
        await approve(page, 'Staging looks right');
      return false;
    },
    120,
  );
  expect(await statusOf(ours)).toBe('Succeeded');
  const stages = page.locator('[data-stage]');
  const statuses = await stages.evaluateAll((els) =>
    els.map((e) => e.querySelector('[data-status]')?.getAttribute('data-status')),
  );
  expect(statuses.length).toBeGreaterThanOrEqual(4);
  expect(statuses.every((s) => s === 'Succeeded')).toBe(true);
  // The graph agrees: every stage box shows Succeeded.
  const stageNodes = await page.locator('.react-flow__node [aria-label^="Stage "]').all();
  expect(stageNodes).toHaveLength(statuses.length);
  for (const node of stageNodes) await expect(node).toContainText('Succeeded');

  // The execution page lays the stages on one axis and links the build and the deployment.
  await ours.getByRole('link').first().click();
  await expect(page.getByTestId('execution-status')).toContainText('Succeeded');
  await expect(page.getByRole('group', { name: 'Stages and actions over time' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Build .* and its logs$/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Deployment d-/ })).toBeVisible();
  await expect(page.getByText('Staging looks right')).toBeVisible();
});

test('in SUPERSEDED mode, of two quick pushes the first is superseded in front of the held approval', async ({
  page,
}) => {
  await pastScriptedPush(page);
  await expect(page.getByText('SUPERSEDED', { exact: true })).toBeVisible();
  // A change waits for approval, so the approval stage stays locked while the next two arrive.
  await push(page, 'Held for approval');
  await advanceUntil(page, async () => (await page.getByRole('button', { name: /^Review / }).count()) > 0);
  await push(page, 'First quick change');
  await push(page, 'Second quick change');

  // History is newest first: the second push's execution, then the first's. A CodeCommit source reads the
  // branch tip when it runs, so both may carry the second commit; the order of the executions is what counts.
  const rows = page.getByTestId('execution-history').locator('tbody tr');
  await advanceUntil(page, async () => (await statusOf(rows.nth(1))) === 'Superseded');
  expect(await statusOf(rows.nth(0))).toBe('InProgress');
  // The superseded execution links to the one that replaced it.
  const successor = (await rows.nth(0).getByRole('link').first().textContent())?.trim().slice(0, 8) ?? '';
  await expect(rows.nth(1)).toContainText(`superseded by ${successor}`);
  await expect(page.getByTestId('inbound-executions').first()).toBeVisible();
});

test('an Invoke Lambda action answers the outcome set in the console: it fails with the message given', async ({
  page,
}) => {
  await openConsole(page);
  await pause(page);
  // After the demo's scripted push, so only this test's executions run the new pipeline.
  for (let i = 0; i < 4; i++) await advanceMinute(page);
  const { pipeline: demo } = await aws<{ pipeline: { roleArn: string; artifactStore: object } }>(
    page,
    'codepipeline',
    'CodePipeline_20150709.GetPipeline',
    { name: PIPELINE },
  );
  const name = 'smoke-pipeline';
  await aws(page, 'codepipeline', 'CodePipeline_20150709.CreatePipeline', {
    pipeline: {
      name,
      roleArn: demo.roleArn,
      artifactStore: demo.artifactStore,
      stages: [
        {
          name: 'Source',
          actions: [
            {
              name: 'Source',
              actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeCommit', version: '1' },
              configuration: { RepositoryName: 'demo-webapp', BranchName: 'main', PollForSourceChanges: 'false' },
              outputArtifacts: [{ name: 'SourceOutput' }],
            },
          ],
        },
        {
          name: 'Check',
          actions: [
            {
              name: 'Smoke',
              actionTypeId: { category: 'Invoke', owner: 'AWS', provider: 'Lambda', version: '1' },
              configuration: { FunctionName: 'demo-fn' },
              inputArtifacts: [{ name: 'SourceOutput' }],
            },
          ],
        },
      ],
    },
  });
  await page.goto(`#/codepipeline/pipelines/${name}`);
  const check = page.locator('li[data-stage="Check"]');
  // The execution CreatePipeline starts answers the default: success.
  await advanceUntil(page, async () => (await statusOf(check)) === 'Succeeded', 10);

  await check.getByRole('button', { name: 'Simulated outcome of Smoke…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('none set, so the default');
  await dialog.getByRole('radio', { name: /^Failed/ }).check();
  await dialog.getByLabel('Duration (virtual seconds)').fill('90');
  await dialog.getByLabel('Message', { exact: true }).fill('Smoke test: 3 of 40 checks failed');
  await dialog.getByLabel('Output variables').fill('Passed=37\nnot valid');
  await dialog.getByRole('button', { name: 'Set outcome' }).click();
  await expect(dialog).toContainText('Line 2: “not valid” has no “=”; write name=value.');
  await dialog.getByLabel('Output variables').fill('Passed=37');
  await dialog.getByRole('button', { name: 'Set outcome' }).click();
  await expect(dialog).toBeHidden();

  await check.getByRole('button', { name: 'Simulated outcome of Smoke…' }).click();
  await expect(dialog).toContainText('Now: set for this actionResultFailed after 90 s');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Release change' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Release', exact: true }).click();
  // Release change opens the new execution: its Smoke action fails with the message set.
  await expect(page).toHaveURL(new RegExp(`${name}/executions/`));
  const failure = page.getByText('Smoke test: 3 of 40 checks failed').first();
  await advanceUntil(page, () => failure.isVisible(), 10);
  await expect(page.locator('[data-status]').first()).toHaveAttribute('data-status', 'Failed');
});

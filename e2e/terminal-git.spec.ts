import type { Page } from '@playwright/test';
import { aws, expect, openConsole, pause, simBar, test } from './fixtures';

const PIPELINE = 'demo-pipeline';
const MESSAGE = 'Greeting from the terminal';

const terminal = (page: Page) => page.getByTestId('terminal');

/** Types one command line into the terminal and waits until the prompt comes back below it. */
async function run(page: Page, line: string, until: RegExp) {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await expect(terminal(page).locator('.xterm-rows')).toContainText(until, { timeout: 15_000 });
}

test('git clone, commit and push to demo-webapp main in the terminal start demo-pipeline on that commit', async ({
  page,
}) => {
  await openConsole(page);
  await pause(page);
  // The demo world pushes to main at 3 minutes; the test starts after it so the newest execution is ours.
  for (let i = 0; i < 4; i++) await simBar(page).getByRole('button', { name: 'Advance 1 minute' }).click();

  await page
    .getByRole('button', { name: /Terminal/ })
    .first()
    .click();
  await expect(terminal(page)).toBeVisible();
  await terminal(page).click();
  await run(page, 'git clone codecommit::us-east-1://demo-webapp', /Unpacking objects: 100%/);
  await run(page, 'cd demo-webapp', /environment\/demo-webapp \$/);
  await run(page, 'echo "Hello from the terminal" >> README.md', /README\.md\s*ec2-user/);
  await run(page, 'git status', /modified:\s+README\.md/);
  await run(page, 'git add README.md', /git add README\.md\s*ec2-user/);
  await run(page, `git commit -m "${MESSAGE}"`, /1 file changed, 1 insertion\(\+\)/);
  await run(page, 'git push', /main -> main/);

  const { branch } = await aws<{ branch: { commitId: string } }>(page, 'codecommit', 'CodeCommit_20150413.GetBranch', {
    repositoryName: 'demo-webapp',
    branchName: 'main',
  });
  await run(
    page,
    'git log --oneline -1',
    new RegExp(`${branch.commitId.slice(0, 7)} \\(HEAD -> main, origin/main\\) ${MESSAGE}`),
  );

  await page.goto(`#/codepipeline/pipelines/${PIPELINE}`);
  await expect(page.getByRole('heading', { level: 1, name: PIPELINE })).toBeVisible();
  const ours = page.getByTestId('execution-history').getByRole('row').filter({ hasText: MESSAGE });
  for (let i = 0; i < 5 && (await ours.count()) === 0; i++) {
    await simBar(page).getByRole('button', { name: 'Advance 1 minute' }).click();
  }
  await expect(ours).toHaveCount(1);
  await expect(ours).toContainText(`${branch.commitId.slice(0, 7)} ${MESSAGE}`);
});

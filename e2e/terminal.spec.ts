import type { Page } from '@playwright/test';
import { expect, openConsole, test } from './fixtures';

/** The terminal's screen as text (xterm.js draws its rows into the DOM). */
const screen = (page: Page) => page.getByTestId('terminal').locator('.xterm-rows');

async function openTerminal(page: Page) {
  await page.getByRole('button', { name: 'Terminal' }).click();
  await expect(screen(page)).toContainText('ec2-user:~/environment $');
}

async function enter(page: Page, line: string) {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

test('aws codepipeline list-pipelines --output table draws the CLI table', async ({ page }) => {
  await openConsole(page);
  await openTerminal(page);
  await enter(page, 'aws codepipeline list-pipelines --output table');
  await expect(screen(page)).toContainText('|                                   ListPipelines');
  await expect(screen(page)).toContainText('||  ');
  await expect(screen(page)).toContainText('demo-pipeline');
  await expect(screen(page)).toContainText('demo-fn-pipeline');
});

test('a pipeline started from the terminal shows in the console', async ({ page }) => {
  await openConsole(page);
  await openTerminal(page);
  await enter(
    page,
    'aws codepipeline start-pipeline-execution --name demo-fn-pipeline --query pipelineExecutionId --output text',
  );
  await expect(screen(page)).toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await page.goto('#/codepipeline/pipelines/demo-fn-pipeline');
  await expect(page.getByTestId('execution-history').getByRole('row').nth(1)).toBeVisible();
});

test('a bad parameter is refused with the CLI message', async ({ page }) => {
  await openConsole(page);
  await openTerminal(page);
  await enter(page, 'aws codepipeline get-pipeline --name demo-pipeline --pipeline-nme x');
  await expect(screen(page)).toContainText('Unknown options: --pipeline-nme, x');
  await enter(page, 'echo "exit status $?"');
  await expect(screen(page)).toContainText('exit status 252');
});

test('Tab completes a pipeline name and Up recalls the last command', async ({ page }) => {
  await openConsole(page);
  await openTerminal(page);
  await page.keyboard.type('aws codepipeline get-pipeline-state --name demo-f');
  await page.keyboard.press('Tab');
  await expect(screen(page)).toContainText('--name demo-fn-pipeline');
  await page.keyboard.type('--query pipelineVersion');
  await page.keyboard.press('Enter');
  await expect(screen(page)).toContainText('--name demo-fn-pipeline --query pipelineVersion1ec2-user');
  await enter(page, 'clear');
  await page.keyboard.press('ArrowUp');
  await expect(screen(page)).toContainText('$ clear');
  await page.keyboard.press('ArrowUp');
  await expect(screen(page)).toContainText(
    '$ aws codepipeline get-pipeline-state --name demo-fn-pipeline --query pipelineVersion',
  );
});

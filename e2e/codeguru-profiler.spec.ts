import type { Page } from '@playwright/test';
import { aws, expect, openConsole, pause, simBar, test } from './fixtures';

/**
 * CodeGuru Profiler end to end: the demo pipeline deploys demo-webapp to the demo fleet, the agent in it reports to
 * the demo-webapp profiling group, and its flame graph follows the agent configuration.
 */

const advanceTenMinutes = async (page: Page, times: number) => {
  for (let i = 0; i < times; i++) await simBar(page).getByRole('button', { name: 'Advance 10 minutes' }).click();
};

interface StageState {
  stageName: string;
  actionStates: { latestExecution?: { token?: string } }[];
}

/** Approves the demo pipeline's manual approval, which the scripted push reaches within ten minutes. */
async function approveDemoDeployment(page: Page) {
  const state = await aws<{ stageStates: StageState[] }>(
    page,
    'codepipeline',
    'CodePipeline_20150709.GetPipelineState',
    {
      name: 'demo-pipeline',
    },
  );
  const token = state.stageStates.find((s) => s.stageName === 'Approval')?.actionStates[0]?.latestExecution?.token;
  expect(token).toBeTruthy();
  await aws(page, 'codepipeline', 'CodePipeline_20150709.PutApprovalResult', {
    pipelineName: 'demo-pipeline',
    stageName: 'Approval',
    actionName: 'Approve',
    token,
    result: { status: 'Approved', summary: 'Ship it' },
  });
}

const frames = (page: Page) => page.getByRole('img', { name: /^Flame graph/ }).locator('g[data-frame]');

test('the demo group shows the deployed app in its flame graph, cut at MaxStackDepth once it is set to 2', async ({
  page,
}) => {
  await openConsole(page, '#/codeguru/profiler');
  await pause(page);
  const row = page.getByRole('row', { name: /demo-webapp/ });
  await expect(row).toContainText('Setup required: no agent has reported');

  await advanceTenMinutes(page, 1);
  await approveDemoDeployment(page);
  await advanceTenMinutes(page, 5);
  await expect(row).toContainText('Profiling: data available');

  await row.getByRole('link', { name: 'demo-webapp' }).click();
  await expect(page.getByRole('heading', { name: 'demo-webapp', level: 1 })).toBeVisible();
  await expect(frames(page).and(page.locator('[data-frame="handleRequest (src/server.js)"]'))).toBeVisible();
  await expect(frames(page).and(page.locator('[data-frame="greeting (src/greeting.js)"]'))).toBeVisible();
  await page.locator('[data-frame="greeting (src/greeting.js)"]').hover();
  await expect(page.getByTestId('flame-hover')).toContainText(/greeting \(src\/greeting\.js\) — total \d+\.\d%, self/);

  const form = page.getByRole('form', { name: 'Agent configuration' });
  // The agent refuses to report more often than its minimum reporting time, in its own words.
  await form.getByLabel('ReportingIntervalInMilliseconds').fill('10000');
  await form.getByRole('button', { name: 'Save agent configuration' }).click();
  await expect(form.getByRole('alert')).toContainText(
    'ValidationException: Configuration issue: reporting_interval cannot be smaller than 0:00:30 (got 0:00:10)',
  );
  await expect(form.getByLabel('ReportingIntervalInMilliseconds')).toHaveValue('10000');
  await form.getByLabel('ReportingIntervalInMilliseconds').fill('300000');
  await form.getByLabel('MaxStackDepth').fill('2');
  await form.getByRole('button', { name: 'Save agent configuration' }).click();
  await expect(form.getByRole('status')).toContainText('Saved');

  await page.getByLabel('Time range').selectOption('PT5M');
  await advanceTenMinutes(page, 3);
  await expect(page.getByText(/Stacks cut here: MaxStackDepth 2/)).toBeVisible();
  await expect(frames(page)).toHaveCount(3);
  expect(await frames(page).evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-depth'))))).toEqual(
    expect.not.arrayContaining([2]),
  );
  await expect(page.locator('[data-frame="handleRequest (src/server.js)"]')).toHaveCount(0);
});

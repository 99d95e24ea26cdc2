import type { Locator, Page } from '@playwright/test';
import { aws, expect, openConsole, test } from './fixtures';

const codepipeline = <T>(page: Page, operation: string, body: object) =>
  aws<T>(page, 'codepipeline', `CodePipeline_20150709.${operation}`, body);

const paletteItem = (page: Page, key: string) => page.locator(`[data-palette-item="${key}"]`);
const stage = (page: Page, name: string) => page.getByLabel(`Stage ${name}`, { exact: true });
const action = (page: Page, name: string) => page.getByLabel(`Action ${name}`, { exact: true });
const problems = (page: Page) => page.getByRole('list', { name: 'Problems', exact: true });
const properties = (page: Page) => page.getByRole('complementary', { name: 'Properties' });

/** Drags from an action's output handle and lets go over another action: the artifact becomes its input. */
async function connect(from: Locator, to: Locator) {
  await from.locator('.react-flow__handle.source').first().dragTo(to);
}

/** Drops a palette item on an empty part of the canvas (below the stages): it lands in a new stage. */
async function dropOnCanvas(page: Page, key: string) {
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await paletteItem(page, key).dragTo(pane, { targetPosition: { x: box.width * 0.5, y: box.height * 0.75 } });
}

test('a four-stage pipeline built by drag and drop is checked like CreatePipeline, fixed and created', async ({
  page,
}) => {
  await openConsole(page, '#/codepipeline/new');
  await expect(stage(page, 'Source')).toBeVisible();
  await expect(stage(page, 'Build')).toBeVisible();

  await paletteItem(page, 'AWS/Source/CodeCommit').dragTo(stage(page, 'Source'));
  await paletteItem(page, 'AWS/Build/CodeBuild').dragTo(stage(page, 'Build'));
  await dropOnCanvas(page, 'AWS/Approval/Manual');
  await expect(stage(page, 'Approval')).toBeVisible();
  await dropOnCanvas(page, 'AWS/Deploy/CodeDeploy');
  await expect(stage(page, 'Deploy')).toBeVisible();
  await page.getByRole('button', { name: 'Fit View' }).click();
  await expect(action(page, 'Source')).toBeVisible();
  await expect(action(page, 'Build')).toBeVisible();
  await expect(action(page, 'Approval')).toBeVisible();
  await expect(action(page, 'Deploy')).toBeVisible();

  // The build has no input yet: CodePipeline's own error, inline on the node and in Problems.
  const buildInputs = problems(page).getByRole('button').filter({ hasText: 'action Build' });
  await expect(buildInputs.filter({ hasText: 'InvalidActionDeclarationException' }).first()).toBeVisible();
  await expect(action(page, 'Build').getByRole('img', { name: /problem/ })).toHaveAccessibleName(
    /InvalidActionDeclarationException: .*input artifact/,
  );

  // Saving now is refused before any call, the way UpdatePipeline would refuse it.
  await page.getByRole('button', { name: 'Create pipeline' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText(
    'Not saved: CodePipeline would refuse this pipeline',
  );

  await connect(action(page, 'Source'), action(page, 'Build'));
  await connect(action(page, 'Build'), action(page, 'Deploy'));
  await expect(page.locator('.react-flow__edge-artifact')).toHaveCount(2);

  // Clicking a problem selects its action; its required key is filled in the property panel.
  await problems(page).getByRole('button').filter({ hasText: 'RepositoryName' }).click();
  await properties(page).getByLabel('RepositoryName *').fill('demo-webapp');
  await action(page, 'Build').click();
  await properties(page).getByLabel('ProjectName *').fill('demo-webapp-build');
  await action(page, 'Deploy').click();
  await properties(page).getByLabel('ApplicationName *').fill('demo-web');
  await properties(page).getByLabel('DeploymentGroupName *').fill('demo-web-fleet');
  await expect(page.getByText('No problems: CodePipeline would accept this pipeline.')).toBeVisible();

  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await properties(page).getByLabel('Pipeline name').fill('designed-by-hand');
  await page.getByRole('button', { name: 'Create pipeline' }).click();
  await expect(page).toHaveURL(/#\/codepipeline\/pipelines\/designed-by-hand$/);

  const { pipelines } = await codepipeline<{ pipelines: { name: string }[] }>(page, 'ListPipelines', {});
  expect(pipelines.map((p) => p.name)).toContain('designed-by-hand');
  const { pipeline } = await codepipeline<{
    pipeline: { stages: { name: string; actions: { name: string; inputArtifacts?: { name: string }[] }[] }[] };
  }>(page, 'GetPipeline', { name: 'designed-by-hand' });
  expect(pipeline.stages.map((s) => s.name)).toEqual(['Source', 'Build', 'Approval', 'Deploy']);
  expect(pipeline.stages[3]!.actions[0]!.inputArtifacts).toEqual([{ name: 'BuildArtifact' }]);
});

test('keyboard: Enter adds from the palette, arrows move, Ctrl+C/Ctrl+V copies, Delete removes, Ctrl+Z undoes', async ({
  page,
}) => {
  await openConsole(page, '#/codepipeline/new');
  await stage(page, 'Build').click();
  await paletteItem(page, 'AWS/Build/CodeBuild').press('Enter');
  await expect(action(page, 'Build')).toBeVisible();

  const canvas = page.getByLabel(/^Pipeline canvas/);
  await action(page, 'Build').click();
  await canvas.press('Control+c');
  await canvas.press('Control+v');
  await expect(action(page, 'Build-2')).toBeVisible();
  // The copy's output artifact got a name of its own.
  await expect(action(page, 'Build-2')).toContainText('BuildArtifact-2');

  await canvas.press('ArrowUp');
  await canvas.press('ArrowUp');
  await expect(properties(page).getByLabel('Stage name')).toHaveValue('Build');
  await canvas.press('ArrowLeft');
  await expect(properties(page).getByLabel('Stage name')).toHaveValue('Source');

  await canvas.press('Delete');
  await expect(stage(page, 'Source')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo: remove stage Source' })).toBeVisible();
  await canvas.press('Control+z');
  await expect(stage(page, 'Source')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Redo: remove stage Source' })).toBeVisible();
});

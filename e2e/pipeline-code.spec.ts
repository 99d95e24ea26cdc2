import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openConsole, test } from './fixtures';

const PIPELINE = {
  pipeline: {
    name: 'code-roundtrip',
    roleArn: 'arn:aws:iam::123456789012:role/CodePipelineServiceRole',
    artifactStore: { type: 'S3', location: 'demo-artifacts-123456789012' },
    stages: [
      {
        name: 'Source',
        actions: [
          {
            name: 'Checkout',
            actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeCommit', version: '1' },
            configuration: { RepositoryName: 'demo-web', BranchName: 'main' },
            outputArtifacts: [{ name: 'SourceOutput' }],
          },
        ],
      },
      {
        name: 'BuildStage',
        actions: [
          {
            name: 'Build',
            actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
            configuration: { ProjectName: 'demo-web-build' },
            inputArtifacts: [{ name: 'SourceOutput' }],
          },
        ],
      },
    ],
  },
};

const action = (page: Page, name: string) => page.getByLabel(`Action ${name}`, { exact: true });
const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import a pipeline' });

async function pasteImport(page: Page, text: string) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await importDialog(page).getByLabel('Or paste it').fill(text);
  await importDialog(page).getByRole('button', { name: 'Import', exact: true }).click();
}

/** Chooses an Export item and returns the downloaded file's name and text. */
async function exportAs(page: Page, item: string): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

test('a pipeline exported as JSON and as CloudFormation imports back as the same pipeline', async ({ page }) => {
  await openConsole(page, '#/codepipeline/new');
  await pasteImport(page, JSON.stringify(PIPELINE, null, 2));
  await expect(action(page, 'Checkout')).toBeVisible();
  await expect(action(page, 'Build')).toBeVisible();

  const json = await exportAs(page, 'Pipeline JSON (get-pipeline)');
  expect(json.name).toBe('code-roundtrip.json');
  expect(JSON.parse(json.text)).toEqual(PIPELINE);

  const template = await exportAs(page, 'CloudFormation template (YAML)');
  expect(template.name).toBe('code-roundtrip.template.yaml');
  expect(template.text).toContain('Type: AWS::CodePipeline::Pipeline');

  // The imported pipeline is not saved yet, so importing over it shows the difference first.
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await importDialog(page)
    .getByLabel('File')
    .setInputFiles({ name: template.name, mimeType: 'application/yaml', buffer: Buffer.from(template.text) });
  await expect(importDialog(page)).toContainText(
    'Read as a CloudFormation template (code-roundtrip.template.yaml, 1 pipeline)',
  );
  await importDialog(page).getByRole('button', { name: 'Import', exact: true }).click();
  const review = page.getByRole('dialog', { name: /Replace your unsaved pipeline/ });
  await expect(review.getByTestId('pipeline-diff')).toBeVisible();
  await review.getByRole('button', { name: 'Replace the pipeline' }).click();
  await expect(review).toBeHidden();

  await expect(page.getByRole('tab', { name: 'CloudFormation (YAML)' })).toHaveAttribute('aria-selected', 'true');
  await expect(action(page, 'Build')).toBeVisible();
  expect(JSON.parse((await exportAs(page, 'Pipeline JSON (get-pipeline)')).text)).toEqual(PIPELINE);
  expect((await exportAs(page, 'CloudFormation template (YAML)')).text).toBe(template.text);
});

test('an edit in the YAML reaches the graph after its diff, and its comment survives the graph’s changes', async ({
  page,
}) => {
  await openConsole(page, '#/codepipeline/new');
  await pasteImport(page, JSON.stringify(PIPELINE, null, 2));
  await expect(action(page, 'Build')).toBeVisible();

  await page.getByRole('tab', { name: 'CloudFormation (YAML)' }).click();
  const before = (await exportAs(page, 'CloudFormation template (YAML)')).text.split('\n');
  const line = before.findIndex((l) => /^\s+- Name: Build$/.test(l));
  // Monaco draws only the lines in view: the cursor walks down to the action's line.
  await page.getByTestId('pipeline-code-view').locator('.monaco-editor .view-line').first().click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.insertText('Step  # renamed in the template');

  const codeView = page.getByTestId('pipeline-code-view');
  await expect(codeView).toContainText('Your edits change the pipeline.');
  await codeView.getByRole('button', { name: 'Review and apply' }).click();
  const review = page.getByRole('dialog', { name: 'Apply your edits to the pipeline?' });
  await expect(review.getByTestId('pipeline-diff')).toBeVisible();
  await review.getByRole('button', { name: 'Apply to the pipeline' }).click();
  await expect(action(page, 'BuildStep')).toBeVisible();
  await expect(action(page, 'Build')).toHaveCount(0);

  // Undo in the designer rewrites the template's value and keeps the comment beside it.
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(action(page, 'Build')).toBeVisible();
  const template = await exportAs(page, 'CloudFormation template (YAML)');
  expect(template.text).toMatch(/- Name: Build {2}# renamed in the template$/m);
});

test('a malformed template is refused at the line of its error, and the pasted text stays', async ({ page }) => {
  await openConsole(page, '#/codepipeline/new');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const broken =
    'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Pipeline:\n    Type: AWS::CodePipeline::Pipeline\n    Properties:\n      Name: broken\n      Stages: [\n        - Name: Source\n';
  await importDialog(page).getByLabel('Or paste it').fill(broken);
  const problems = importDialog(page).getByRole('region', { name: 'Problems' });
  await expect(problems).toContainText('YAML syntax error');
  await expect(problems).toContainText('8:9');
  await expect(importDialog(page)).toContainText('The template cannot be read');
  await expect(importDialog(page).getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await expect(importDialog(page).getByLabel('Or paste it')).toHaveValue(broken);
});

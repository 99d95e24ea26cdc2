import type { Page } from '@playwright/test';
import { aws, expect, openConsole, pause, simBar, test } from './fixtures';

const codecommit = <T>(page: Page, operation: string, body: object) =>
  aws<T>(page, 'codecommit', `CodeCommit_20150413.${operation}`, body);

const UPLOAD_PY = [
  'import boto3',
  '',
  '',
  'def upload_report(path):',
  '    s3 = boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE")',
  '    s3.upload_file(path, "demo-reports", path)',
  '',
].join('\n');

/** A branch adding tools/upload_report.py with a hard-coded access key, and a pull request from it into main. */
async function openPullRequest(page: Page): Promise<string> {
  const { branch } = await codecommit<{ branch: { commitId: string } }>(page, 'GetBranch', {
    repositoryName: 'demo-webapp',
    branchName: 'main',
  });
  await codecommit(page, 'CreateBranch', {
    repositoryName: 'demo-webapp',
    branchName: 'report-upload',
    commitId: branch.commitId,
  });
  await codecommit(page, 'CreateCommit', {
    repositoryName: 'demo-webapp',
    branchName: 'report-upload',
    parentCommitId: branch.commitId,
    commitMessage: 'Upload reports to S3',
    putFiles: [{ filePath: 'tools/upload_report.py', fileContent: Buffer.from(UPLOAD_PY).toString('base64') }],
  });
  const { pullRequest } = await codecommit<{ pullRequest: { pullRequestId: string } }>(page, 'CreatePullRequest', {
    title: 'Upload reports to S3',
    targets: [{ repositoryName: 'demo-webapp', sourceReference: 'report-upload', destinationReference: 'main' }],
  });
  return pullRequest.pullRequestId;
}

const advance = (page: Page, label: 'Advance 1 minute' | 'Advance 10 minutes') =>
  simBar(page).getByRole('button', { name: label }).click();

test('a pull request with a hard-coded AWS access key gets a Critical finding, on the review and on the pull request', async ({
  page,
}) => {
  await openConsole(page, '#/codeguru/reviewer');
  await pause(page);
  await expect(page.getByRole('note')).toContainText('in maintenance mode: since 7 November 2025');

  await page.getByRole('button', { name: 'Associate repository' }).click();
  const dialog = page.getByRole('dialog', { name: 'Associate repository' });
  await dialog.getByLabel('CodeCommit repository').selectOption('demo-webapp');
  await dialog.getByRole('button', { name: 'Associate', exact: true }).click();
  const row = page.getByRole('row').filter({ hasText: 'demo-webapp' });
  await expect(row).toContainText('Associating');
  await advance(page, 'Advance 1 minute');
  await expect(row).toContainText('Associated');
  await expect(row).toContainText('Pull Request Notification configuration successful');

  const pullRequestId = await openPullRequest(page);
  const review = page.getByRole('row').filter({ hasText: `Pull request #${pullRequestId}` });
  await expect(review).toContainText('Pending');
  await advance(page, 'Advance 10 minutes');
  await expect(review).toContainText('Completed');
  await expect(review.getByRole('cell').nth(5)).toHaveText('1');

  await review.getByRole('link').first().click();
  const finding = page.getByRole('article', { name: 'Hardcoded credentials at tools/upload_report.py line 5' });
  await expect(finding).toContainText('Critical');
  await expect(finding).toContainText('SecurityIssues');
  await expect(finding).toContainText('AKIA…MPLE');
  await expect(finding.locator('[data-flagged]')).toContainText('aws_access_key_id="AKIAIOSFODNN7EXAMPLE"');
  await finding.getByRole('button', { name: 'Thumbs up (0)', exact: true }).click();
  await expect(finding.getByRole('button', { name: 'Thumbs up (1)', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.goto(`#/codecommit/repositories/demo-webapp/pull-requests/${pullRequestId}/comments`);
  await expect(page.getByRole('link', { name: 'CodeGuru Reviewer code review' })).toBeVisible();
  await expect(page.getByText('tools/upload_report.py line 5')).toBeVisible();
  await expect(page.getByText(/This line contains the AWS access key ID AKIA…MPLE/)).toBeVisible();
});

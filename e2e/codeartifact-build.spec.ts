import type { Page } from '@playwright/test';
import { codeartifactApi } from '../src/engine/codeartifact/http-bindings';
import { restJsonRequest } from '../src/engine/core/rest-json';
import { aws, expect, openConsole, pause, simBar, test } from './fixtures';

const DOMAIN = 'build-domain';
const APP = 'ca-build-app';

/** Calls CodeArtifact the way the console does: REST-JSON (method, path, query, JSON body) to the page's origin. */
async function codeartifact<T>(page: Page, operation: string, input: Record<string, unknown>): Promise<T> {
  const { method, path, headers, body } = restJsonRequest(codeartifactApi, operation, input);
  return page.evaluate(
    async ({ method, path, headers, body }) => {
      const response = await fetch(new URL(`aws/codeartifact${path}`, document.baseURI), { method, headers, body });
      const out = (await response.json()) as unknown;
      if (!response.ok) throw new Error(`${response.headers.get('x-amzn-errortype')}: ${JSON.stringify(out)}`);
      return out as T;
    },
    { method, path, headers, body },
  );
}

const BUILDSPEC = `version: 0.2
phases:
  pre_build:
    commands:
      - aws codeartifact login --tool npm --domain ${DOMAIN} --domain-owner 123456789012 --repository repo-a
  build:
    commands:
      - npm install
`;

/** The user guide's example: repo-a → repo-b → repo-c, repo-c connected to npmjs; a project that installs through repo-a. */
async function setUp(page: Page) {
  await codeartifact(page, 'CreateDomain', { domain: DOMAIN });
  await codeartifact(page, 'CreateRepository', { domain: DOMAIN, repository: 'repo-c' });
  await codeartifact(page, 'AssociateExternalConnection', {
    domain: DOMAIN,
    repository: 'repo-c',
    externalConnection: 'public:npmjs',
  });
  await codeartifact(page, 'CreateRepository', {
    domain: DOMAIN,
    repository: 'repo-b',
    upstreams: [{ repositoryName: 'repo-c' }],
  });
  await codeartifact(page, 'CreateRepository', {
    domain: DOMAIN,
    repository: 'repo-a',
    upstreams: [{ repositoryName: 'repo-b' }],
  });
  await aws(page, 'codecommit', 'CodeCommit_20150413.CreateRepository', { repositoryName: APP });
  await aws(page, 'codecommit', 'CodeCommit_20150413.PutFile', {
    repositoryName: APP,
    branchName: 'main',
    filePath: 'package.json',
    fileContent: Buffer.from(
      JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { lodash: '4.17.20' } }, null, 2),
    ).toString('base64'),
    commitMessage: 'Depend on lodash 4.17.20',
  });
  await aws(page, 'codebuild', 'CodeBuild_20161006.CreateProject', {
    name: APP,
    source: {
      type: 'CODECOMMIT',
      location: `https://git-codecommit.us-east-1.amazonaws.com/v1/repos/${APP}`,
      buildspec: BUILDSPEC,
    },
    sourceVersion: 'main',
    artifacts: { type: 'NO_ARTIFACTS' },
    environment: { type: 'LINUX_CONTAINER', image: 'aws/codebuild/standard:7.0', computeType: 'BUILD_GENERAL1_SMALL' },
    serviceRole: 'arn:aws:iam::123456789012:role/ca-build-app-service-role',
  });
}

const step = (page: Page) => simBar(page).getByRole('button', { name: 'Step to next event' }).click();

test('a build that logs in to repo-a and installs lodash 4.17.20 keeps it in repo-a and repo-c, not repo-b', async ({
  page,
}) => {
  await openConsole(page);
  await pause(page);
  await setUp(page);
  const { build } = await aws<{ build: { id: string } }>(page, 'codebuild', 'CodeBuild_20161006.StartBuild', {
    projectName: APP,
  });

  await page.goto(`#/codebuild/builds/${encodeURIComponent(build.id)}`);
  const header = page.getByRole('heading', { level: 1 });
  for (let i = 0; i < 60 && !(await header.getByText('Succeeded', { exact: true }).isVisible()); i++) await step(page);
  await expect(header.getByText('Succeeded', { exact: true })).toBeVisible();
  const log = page.getByRole('log', { name: 'Build logs' });
  await expect(log).toContainText(
    'Successfully configured npm to use AWS CodeArtifact repository https://build-domain-123456789012.d.codeartifact.us-east-1.amazonaws.com/npm/repo-a/',
  );
  await expect(log).toContainText('Login expires in 12 hours at 2026-');
  await expect(log).toContainText(
    'codeartifact: lodash@4.17.20 fetched from public:npmjs through repo-c (now retained in repo-a and repo-c)',
  );

  for (const repository of ['repo-a', 'repo-c']) {
    await page.goto(`#/codeartifact/domains/${DOMAIN}/repositories/${repository}`);
    const row = page.getByRole('table', { name: `Packages in ${repository}` }).getByRole('row', { name: /lodash/ });
    await expect(row).toContainText('npm');
    await expect(row).toContainText('4.17.20');
  }
  await page.goto(`#/codeartifact/domains/${DOMAIN}/repositories/repo-b`);
  await expect(page.getByText('No packages in this repository')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Packages in repo-b' })).toHaveCount(0);
});

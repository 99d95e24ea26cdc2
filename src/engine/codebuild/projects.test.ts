import { describe, expect, it } from 'vitest';
import { SimDriver } from '../testing/driver';
import { badgeStatus, buildBadgeSvg } from './badge';
import { buildspec, runBuild, testWorld } from './test-world';

const sim = () => SimDriver.from(testWorld({ files: { 'buildspec.yml': buildspec({ build: ['echo ok'] }) } }));
const base = {
  source: { type: 'CODECOMMIT', location: 'https://git-codecommit.us-east-1.amazonaws.com/v1/repos/app' },
  artifacts: { type: 'NO_ARTIFACTS' },
  environment: { type: 'LINUX_CONTAINER', image: 'aws/codebuild/standard:7.0', computeType: 'BUILD_GENERAL1_SMALL' },
  serviceRole: 'arn:aws:iam::123456789012:role/codebuild-role',
};
const errorOf = (driver: SimDriver, operation: string, input: Record<string, unknown>) => {
  const result = driver.call('codebuild', operation, input);
  return result.ok ? undefined : result.error;
};

describe('CodeBuild projects', () => {
  it('creates a project with the real shape and defaults', () => {
    const driver = sim();
    const { project } = driver.ok<{ project: Record<string, unknown> }>('codebuild', 'CreateProject', {
      name: 'web',
      ...base,
      badgeEnabled: true,
    });
    expect(project).toMatchObject({
      name: 'web',
      arn: 'arn:aws:codebuild:us-east-1:123456789012:project/web',
      timeoutInMinutes: 60,
      queuedTimeoutInMinutes: 480,
      encryptionKey: 'arn:aws:kms:us-east-1:123456789012:alias/aws/s3',
      badge: {
        badgeEnabled: true,
        badgeRequestUrl: expect.stringMatching(/^https:\/\/codebuild\.us-east-1\.amazonaws\.com\/badges\?uuid=/),
      },
      environment: { privilegedMode: false, imagePullCredentialsType: 'CODEBUILD', environmentVariables: [] },
    });
    expect(driver.ok<{ projects: string[] }>('codebuild', 'ListProjects', {}).projects).toEqual(['app-build', 'web']);
  });

  it('refuses what CodeBuild refuses, with its errors', () => {
    const driver = sim();
    expect(errorOf(driver, 'CreateProject', { name: 'bad name', ...base })).toMatchObject({
      type: 'InvalidInputException',
      message:
        "1 validation error detected: Value 'bad name' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [A-Za-z0-9][A-Za-z0-9\\-_]{1,149}",
    });
    expect(errorOf(driver, 'CreateProject', { name: 'short', ...base, timeoutInMinutes: 3 })?.message).toContain(
      "Value '3' at 'project.timeoutInMinutes' failed to satisfy constraint: Member must have value greater than or equal to 5",
    );
    expect(errorOf(driver, 'CreateProject', { name: 'app-build', ...base })).toEqual({
      type: 'ResourceAlreadyExistsException',
      message: 'Project already exists: arn:aws:codebuild:us-east-1:123456789012:project/app-build',
      status: 400,
    });
    expect(errorOf(driver, 'CreateProject', { name: 'pipe', ...base, source: { type: 'CODEPIPELINE' } })?.message).toBe(
      'Both source and artifacts must be set to CodePipeline',
    );
    expect(
      errorOf(driver, 'CreateProject', {
        name: 'lam',
        ...base,
        environment: { ...base.environment, computeType: 'BUILD_LAMBDA_1GB' },
      })?.type,
    ).toBe('InvalidInputException');
    expect(errorOf(driver, 'StartBuild', { projectName: 'nope' })).toMatchObject({
      type: 'ResourceNotFoundException',
      message: 'Project cannot be found: arn:aws:codebuild:us-east-1:123456789012:project/nope',
    });
    expect(errorOf(driver, 'StartBuild', { projectName: 'app-build', timeoutInMinutesOverride: 3000 })?.type).toBe(
      'InvalidInputException',
    );
  });

  it('updates, lists and deletes projects, and limits concurrent builds per project', () => {
    const driver = sim();
    const { project } = driver.ok<{ project: { timeoutInMinutes: number; description: string } }>(
      'codebuild',
      'UpdateProject',
      { name: 'app-build', timeoutInMinutes: 30, description: 'Builds app', concurrentBuildLimit: 1 },
    );
    expect(project).toMatchObject({ timeoutInMinutes: 30, description: 'Builds app' });
    driver.ok('codebuild', 'StartBuild', { projectName: 'app-build' });
    expect(errorOf(driver, 'StartBuild', { projectName: 'app-build' })).toMatchObject({
      type: 'AccountLimitExceededException',
      message: 'Cannot have more than 1 active builds for the project',
    });
    const got = driver.ok<{ projects: unknown[]; projectsNotFound: string[] }>('codebuild', 'BatchGetProjects', {
      names: ['app-build', 'ghost'],
    });
    expect(got.projectsNotFound).toEqual(['ghost']);
    driver.ok('codebuild', 'DeleteProject', { name: 'app-build' });
    expect(driver.ok<{ projects: string[] }>('codebuild', 'ListProjects', {}).projects).toEqual([]);
  });

  it('creates, updates and deletes webhooks', () => {
    const driver = sim();
    const { webhook } = driver.ok<{ webhook: { filterGroups: unknown[] } }>('codebuild', 'CreateWebhook', {
      projectName: 'app-build',
      filterGroups: [[{ type: 'EVENT', pattern: 'PUSH' }]],
    });
    expect(webhook.filterGroups).toEqual([[{ type: 'EVENT', pattern: 'PUSH' }]]);
    expect(errorOf(driver, 'CreateWebhook', { projectName: 'app-build' })?.type).toBe('ResourceAlreadyExistsException');
    expect(
      errorOf(driver, 'UpdateWebhook', {
        projectName: 'app-build',
        filterGroups: [[{ type: 'HEAD_REF', pattern: 'main' }]],
      })?.message,
    ).toBe('Filter group must contain exactly one EVENT filter');
    driver.ok('codebuild', 'DeleteWebhook', { projectName: 'app-build' });
    expect(errorOf(driver, 'DeleteWebhook', { projectName: 'app-build' })?.type).toBe('ResourceNotFoundException');
  });
});

describe('build badges', () => {
  it('draws PASSING, FAILING, IN_PROGRESS and UNKNOWN', () => {
    expect(buildBadgeSvg('PASSING')).toContain('>passing</text>');
    expect(buildBadgeSvg('PASSING')).toContain('fill="#4c1"');
    expect(buildBadgeSvg('FAILING')).toContain('fill="#e05d44"');
    expect(buildBadgeSvg('IN_PROGRESS')).toContain('>in progress</text>');
    expect(buildBadgeSvg('UNKNOWN')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('follows the latest build of the project', () => {
    const driver = sim();
    const world = driver.sim.world;
    expect(badgeStatus(world, 'app-build')).toBe('UNKNOWN');
    driver.ok('codebuild', 'StartBuild', { projectName: 'app-build' });
    expect(badgeStatus(world, 'app-build')).toBe('IN_PROGRESS');
    driver.advance('30m');
    expect(badgeStatus(world, 'app-build')).toBe('PASSING');
    runBuild(driver, { buildspecOverride: buildspec({ build: ['false'] }) });
    expect(badgeStatus(world, 'app-build')).toBe('FAILING');
  });
});

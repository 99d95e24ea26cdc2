import { describe, expect, it } from 'vitest';
import type { Project } from '../../../api/codebuild/types';
import { emptyProjectForm, fromProject, toFilterGroups, toProjectInput } from './project-form-model';

const URL = 'https://git-codecommit.us-east-1.amazonaws.com/v1/repos/demo-webapp';

describe('toProjectInput', () => {
  it('builds CreateProject input from a CodeCommit form with S3 artifacts', () => {
    const input = toProjectInput({
      ...emptyProjectForm(),
      name: 'web',
      repositoryUrl: URL,
      sourceVersion: 'main',
      artifactsType: 'S3',
      artifactsBucket: 'bucket',
      artifactsName: 'web.zip',
      variables: [{ name: 'APP_ENV', value: '/app/env', type: 'PARAMETER_STORE' }],
    });
    expect(input).toMatchObject({
      name: 'web',
      source: { type: 'CODECOMMIT', location: URL },
      sourceVersion: 'main',
      serviceRole: 'service-role/codebuild-web-service-role',
      timeoutInMinutes: 60,
      queuedTimeoutInMinutes: 480,
      artifacts: { type: 'S3', location: 'bucket', name: 'web.zip', packaging: 'ZIP', namespaceType: 'BUILD_ID' },
      environment: { environmentVariables: [{ name: 'APP_ENV', value: '/app/env', type: 'PARAMETER_STORE' }] },
    });
    expect(input.source.buildspec).toBeUndefined();
  });

  it('sends an inline buildspec for no-source projects and numbers as typed', () => {
    const input = toProjectInput({ ...emptyProjectForm(), name: 'x', sourceType: 'NO_SOURCE', timeout: '3' });
    expect(input.source).toEqual({ type: 'NO_SOURCE', buildspec: emptyProjectForm().buildspecText });
    expect(input.timeoutInMinutes).toBe(3);
  });
});

describe('triggers', () => {
  it('turns push and pull request triggers into filter groups and back', () => {
    const form = {
      ...emptyProjectForm(),
      buildOnPush: true,
      pushBranchFilter: '^refs/heads/main$',
      buildOnPullRequest: true,
    };
    const groups = toFilterGroups(form);
    expect(groups).toEqual([
      [
        { type: 'EVENT', pattern: 'PUSH' },
        { type: 'HEAD_REF', pattern: '^refs/heads/main$' },
      ],
      [{ type: 'EVENT', pattern: 'PULL_REQUEST_CREATED, PULL_REQUEST_UPDATED' }],
    ]);
    const project = {
      name: 'p',
      arn: 'a',
      source: { type: 'CODECOMMIT', location: URL },
      artifacts: { type: 'NO_ARTIFACTS' },
      environment: { type: 'LINUX_CONTAINER', image: 'i', computeType: 'c' },
      serviceRole: 'r',
      timeoutInMinutes: 60,
      queuedTimeoutInMinutes: 480,
      created: 0,
      lastModified: 0,
      badge: { badgeEnabled: true },
      webhook: { url: 'u', filterGroups: groups },
    } satisfies Project;
    expect(fromProject(project)).toMatchObject({
      buildOnPush: true,
      pushBranchFilter: '^refs/heads/main$',
      buildOnPullRequest: true,
      badgeEnabled: true,
      repositoryUrl: URL,
    });
    expect(toFilterGroups(emptyProjectForm())).toEqual([]);
  });
});

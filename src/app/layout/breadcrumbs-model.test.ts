import { describe, expect, it } from 'vitest';
import { breadcrumbsFor } from './breadcrumbs-model';

const labels = (path: string) => breadcrumbsFor(path).map((c) => c.label);

describe('breadcrumbs', () => {
  it('names the page on the dashboard and service areas', () => {
    expect(breadcrumbsFor('/')).toEqual([{ label: 'Dashboard' }]);
    expect(breadcrumbsFor('/codebuild')).toEqual([{ label: 'CodeBuild' }]);
    expect(breadcrumbsFor('/events')).toEqual([{ label: 'Events' }]);
  });

  it('walks from CodeCommit down to a folder, every crumb a link but the last', () => {
    expect(breadcrumbsFor('/codecommit/repositories/demo-webapp/browse/main/src')).toEqual([
      { label: 'CodeCommit', to: '/codecommit' },
      { label: 'Repositories', to: '/codecommit' },
      { label: 'demo-webapp', to: '/codecommit/repositories/demo-webapp' },
      { label: 'src' },
    ]);
  });

  it('keeps an encoded branch in the links and decodes what it shows', () => {
    const crumbs = breadcrumbsFor('/codecommit/repositories/demo-webapp/file/feature%2Fdark-mode/src/my%20styles.css');
    expect(crumbs.map((c) => c.label)).toEqual(['CodeCommit', 'Repositories', 'demo-webapp', 'src', 'my styles.css']);
    expect(crumbs[3]?.to).toBe('/codecommit/repositories/demo-webapp/browse/feature%2Fdark-mode/src');
  });

  it('shows the repository list, commits and settings', () => {
    expect(labels('/codecommit')).toEqual(['CodeCommit', 'Repositories']);
    expect(labels('/codecommit/repositories/demo-webapp')).toEqual(['CodeCommit', 'Repositories', 'demo-webapp']);
    expect(labels('/codecommit/repositories/demo-webapp/commits/main')).toEqual([
      'CodeCommit',
      'Repositories',
      'demo-webapp',
      'Commits',
    ]);
    expect(labels('/codecommit/repositories/demo-webapp/settings')).toEqual([
      'CodeCommit',
      'Repositories',
      'demo-webapp',
      'Settings',
    ]);
  });

  it('shows pull requests, branches, comparisons and approval rule templates', () => {
    expect(labels('/codecommit/repositories/r/pull-requests/12/approvals')).toEqual([
      'CodeCommit',
      'Repositories',
      'r',
      'Pull requests',
      '#12',
    ]);
    expect(labels('/codecommit/repositories/r/pull-requests/create').at(-1)).toBe('Create');
    expect(labels('/codecommit/repositories/r/branches').at(-1)).toBe('Branches');
    expect(labels('/codecommit/repositories/r/compare/main/dev').slice(-2)).toEqual(['Commits', 'Compare']);
    expect(labels('/codecommit/approval-rule-templates/main%20review')).toEqual([
      'CodeCommit',
      'Approval rule templates',
      'main review',
    ]);
  });

  it('shortens a commit ID the way git does', () => {
    expect(labels('/codecommit/repositories/r/commit/dbafc3b1e0c8a6f54c4a1b9e1a8f7a6b5c4d3e2f').at(-1)).toBe('dbafc3b');
  });

  it('follows CodeGuru Profiler to a profiling group', () => {
    expect(labels('/codeguru/profiler')).toEqual(['CodeGuru', 'Profiler']);
    expect(labels('/codeguru/profiler/groups/demo-webapp')).toEqual(['CodeGuru', 'Profiler', 'demo-webapp']);
    expect(labels('/codeguru/profiler/groups/demo-webapp/nowhere')).toEqual(['Page not found']);
  });

  it('says when a path leads nowhere', () => {
    expect(labels('/nowhere')).toEqual(['Page not found']);
    expect(labels('/codebuild/projects/x/nowhere')).toEqual(['Page not found']);
  });

  it('follows CodeBuild projects and builds, shortening build IDs', () => {
    expect(labels('/codebuild/projects/demo-webapp-build/edit')).toEqual(['CodeBuild', 'demo-webapp-build', 'Edit']);
    expect(labels('/codebuild/simulation')).toEqual(['CodeBuild', 'How builds are simulated']);
    expect(labels('/codebuild/builds/demo-webapp-build%3Ace7a5c40-e682-495a-9218-a5adef0f5f06')).toEqual([
      'CodeBuild',
      'Build history',
      'demo-webapp-build:ce7a5c40',
    ]);
  });

  it('follows CodeDeploy applications, deployment groups and deployments', () => {
    expect(labels('/codedeploy/applications/demo-web/groups/demo-web-fleet/edit')).toEqual([
      'CodeDeploy',
      'demo-web',
      'demo-web-fleet',
      'Edit',
    ]);
    expect(labels('/codedeploy/applications/demo-web/create-deployment')).toEqual([
      'CodeDeploy',
      'demo-web',
      'Create deployment',
    ]);
    expect(labels('/codedeploy/deployment-configs')).toEqual(['CodeDeploy', 'Deployment configurations']);
    expect(labels('/codedeploy/deployments/d-ABCDEF123')).toEqual(['CodeDeploy', 'd-ABCDEF123']);
    expect(labels('/codedeploy/simulation')).toEqual(['CodeDeploy', 'How deployments are simulated']);
    expect(labels('/codedeploy/applications/demo-web/nowhere')).toEqual(['Page not found']);
  });

  it('names the pipeline pages: a pipeline, its designer and one of its executions', () => {
    expect(labels('/codepipeline/pipelines/demo-pipeline')).toEqual(['CodePipeline', 'demo-pipeline']);
    expect(labels('/codepipeline/pipelines/demo-pipeline/edit')).toEqual(['CodePipeline', 'demo-pipeline', 'Edit']);
    expect(labels('/codepipeline/pipelines/demo-pipeline/executions/fa4c8c26-1630-4688-9998-9ba2f158106c')).toEqual([
      'CodePipeline',
      'demo-pipeline',
      'Execution fa4c8c26',
    ]);
    expect(labels('/codepipeline/new')).toEqual(['CodePipeline', 'Create pipeline']);
    expect(labels('/codepipeline/templates')).toEqual(['CodePipeline', 'Create from template']);
    expect(labels('/codepipeline/pipelines/demo-pipeline/nowhere')).toEqual(['Page not found']);
  });

  it('names the CodeArtifact pages: a domain, a repository and a package in it', () => {
    expect(labels('/codeartifact/domains/demo-domain')).toEqual(['CodeArtifact', 'demo-domain']);
    expect(labels('/codeartifact/domains/demo-domain/repositories/demo-repo')).toEqual([
      'CodeArtifact',
      'demo-domain',
      'demo-repo',
    ]);
    expect(labels('/codeartifact/domains/demo-domain/repositories/demo-repo/packages/npm/ui-kit')).toEqual([
      'CodeArtifact',
      'demo-domain',
      'demo-repo',
      'ui-kit',
    ]);
    expect(labels('/codeartifact/domains/demo-domain/nowhere')).toEqual(['Page not found']);
  });
});

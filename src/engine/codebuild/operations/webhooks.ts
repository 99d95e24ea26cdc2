import { optionalString } from '../../core/input';
import type { Operation, SimContext } from '../../core/simulation';
import { codebuildErrors as errors } from '../errors';
import { projectView } from '../project-view';
import type { Project, WebhookFilter } from '../state';
import { readFilterGroups } from '../triggers';
import { requireProject } from './common';

function webhookView(ctx: SimContext, project: Project) {
  const view = projectView(ctx, project);
  return view.webhook;
}

/**
 * CodeCommit has no webhooks in AWS; the simulator accepts them on CODECOMMIT projects and applies the filter
 * groups to CodeCommit's own events (docs/codebuild-simulation.md, "Triggers").
 */
export const CreateWebhook: Operation = (ctx, input) => {
  const project = requireProject(ctx, optionalString(input, 'projectName'));
  if (project.source.type !== 'CODECOMMIT') {
    throw errors.invalidInput(`Webhooks are not supported for source type ${project.source.type}`);
  }
  if (project.webhook) throw errors.webhookExists(project.name);
  const filterGroups: WebhookFilter[][] = readFilterGroups(input.filterGroups, optionalString(input, 'branchFilter'));
  const buildType = optionalString(input, 'buildType') ?? 'BUILD';
  if (buildType !== 'BUILD' && buildType !== 'BUILD_BATCH') {
    throw errors.constraint(
      buildType,
      'buildType',
      'Member must satisfy enum value set: [BUILD, BUILD_BATCH, RUNNER_BUILDKITE_BUILD]',
    );
  }
  const { region } = ctx.world.account;
  const token = ctx.uuid().replace(/-/g, '');
  project.webhook = {
    url: `https://codebuild.${region}.amazonaws.com/webhooks?t=${token}&v=1`,
    payloadUrl: `https://codebuild.${region}.amazonaws.com/webhooks?t=${token}&v=1`,
    filterGroups,
    buildType,
    lastModifiedSecret: ctx.now,
  };
  project.lastModified = ctx.now;
  return { webhook: webhookView(ctx, project) };
};

export const UpdateWebhook: Operation = (ctx, input) => {
  const project = requireProject(ctx, optionalString(input, 'projectName'));
  if (!project.webhook) throw errors.webhookNotFound(project.name);
  if (input.filterGroups !== undefined || input.branchFilter !== undefined) {
    project.webhook.filterGroups = readFilterGroups(input.filterGroups, optionalString(input, 'branchFilter'));
  }
  const buildType = optionalString(input, 'buildType');
  if (buildType === 'BUILD' || buildType === 'BUILD_BATCH') project.webhook.buildType = buildType;
  project.lastModified = ctx.now;
  return { webhook: webhookView(ctx, project) };
};

export const DeleteWebhook: Operation = (ctx, input) => {
  const project = requireProject(ctx, optionalString(input, 'projectName'));
  if (!project.webhook) throw errors.webhookNotFound(project.name);
  delete project.webhook;
  project.lastModified = ctx.now;
  return {};
};

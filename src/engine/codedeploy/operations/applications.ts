import { deleteOwn, getOwn, setOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { epochSecondsAt } from '../../core/time';
import { codedeployErrors as errors } from '../errors';
import type { Application, ComputePlatform } from '../state';
import {
  APPLICATION_LIMIT,
  groupKey,
  groupsOf,
  nameList,
  page,
  readApplicationName,
  requireApplication,
  compareNames,
} from './common';

const PLATFORMS: readonly ComputePlatform[] = ['Server', 'Lambda', 'ECS'];

export function readComputePlatform(value: unknown): ComputePlatform {
  if (value === undefined || value === null) return 'Server';
  if (!PLATFORMS.includes(value as ComputePlatform)) {
    throw errors.invalidComputePlatform(
      `The computePlatform is invalid: ${String(value)}. The computePlatform should be Lambda, Server, or ECS.`,
    );
  }
  return value as ComputePlatform;
}

/** The wire `ApplicationInfo`. */
export const applicationView = (ctx: SimContext, app: Application) => ({
  applicationId: app.applicationId,
  applicationName: app.applicationName,
  createTime: epochSecondsAt(ctx.world.startEpochMs, app.createTime),
  linkedToGitHub: app.linkedToGitHub,
  computePlatform: app.computePlatform,
});

export const CreateApplication: Operation = (ctx, input) => {
  const name = readApplicationName(input);
  const computePlatform = readComputePlatform(input.computePlatform);
  const applications = ctx.world.account.codedeploy.applications;
  if (getOwn(applications, name)) throw errors.applicationExists(name);
  if (Object.keys(applications).length >= APPLICATION_LIMIT) throw errors.applicationLimit(APPLICATION_LIMIT);
  const application: Application = {
    applicationId: ctx.uuid(),
    applicationName: name,
    computePlatform,
    createTime: ctx.now,
    linkedToGitHub: false,
  };
  setOwn(applications, name, application);
  return { applicationId: application.applicationId };
};

export const GetApplication: Operation = (ctx, input) => ({
  application: applicationView(ctx, requireApplication(ctx, input)),
});

/** All or nothing: one unknown name fails the call, as CodeDeploy does. */
export const BatchGetApplications: Operation = (ctx, input) => {
  const names = nameList(input, 'applicationNames', errors.applicationNameRequired);
  const applications = names.map((name) => {
    const app = getOwn(ctx.world.account.codedeploy.applications, name);
    if (!app) throw errors.applicationNotFound(name);
    return applicationView(ctx, app);
  });
  return { applicationsInfo: applications };
};

export const ListApplications: Operation = (ctx, input) => {
  const names = Object.keys(ctx.world.account.codedeploy.applications).sort(compareNames);
  const { items, nextToken } = page(names, input.nextToken);
  return { applications: items, ...(nextToken && { nextToken }) };
};

/**
 * Deleting an application deletes its deployment groups and its revision register; deployments stay readable.
 * Deleting one that does not exist succeeds (the call lists no "does not exist" error).
 */
export const DeleteApplication: Operation = (ctx, input) => {
  const name = readApplicationName(input);
  const state = ctx.world.account.codedeploy;
  if (!getOwn(state.applications, name)) return {};
  for (const group of groupsOf(ctx, name)) deleteOwn(state.deploymentGroups, groupKey(name, group.deploymentGroupName));
  deleteOwn(state.revisions, name);
  deleteOwn(state.applications, name);
  return {};
};

/** Renames an application; its groups, revisions and deployments follow the new name. */
export const UpdateApplication: Operation = (ctx, input) => {
  const app = requireApplication(ctx, input);
  if (input.newApplicationName === undefined || input.newApplicationName === null) return {};
  const newName = readApplicationName(input, 'newApplicationName');
  if (newName === app.applicationName) return {};
  const state = ctx.world.account.codedeploy;
  if (getOwn(state.applications, newName)) throw errors.applicationExists(newName);
  const oldName = app.applicationName;
  for (const group of groupsOf(ctx, oldName)) {
    deleteOwn(state.deploymentGroups, groupKey(oldName, group.deploymentGroupName));
    setOwn(state.deploymentGroups, groupKey(newName, group.deploymentGroupName), {
      ...group,
      applicationName: newName,
    });
  }
  const register = getOwn(state.revisions, oldName);
  if (register) {
    deleteOwn(state.revisions, oldName);
    setOwn(state.revisions, newName, register);
  }
  for (const deployment of Object.values(state.deployments)) {
    if (deployment.applicationName === oldName) deployment.applicationName = newName;
  }
  deleteOwn(state.applications, oldName);
  setOwn(state.applications, newName, { ...app, applicationName: newName });
  return {};
};

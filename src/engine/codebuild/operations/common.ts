import { getOwn } from '../../core/records';
import type { SimContext } from '../../core/simulation';
import { codebuildErrors as errors } from '../errors';
import { projectArn } from '../project-input';
import type { Project } from '../state';

/** A project name or project ARN, as the API accepts both. */
export function projectNameOf(nameOrArn: string): string {
  const arn = /^arn:aws:codebuild:[^:]*:\d*:project\/(.+)$/.exec(nameOrArn);
  return arn ? (arn[1] as string) : nameOrArn;
}

export function findProject(ctx: SimContext, nameOrArn: string): Project | undefined {
  return getOwn(ctx.world.account.codebuild.projects, projectNameOf(nameOrArn));
}

export function requireProject(ctx: SimContext, nameOrArn: string | undefined, field = 'projectName'): Project {
  if (nameOrArn === undefined || nameOrArn === '') throw errors.required(field);
  const project = findProject(ctx, nameOrArn);
  if (!project) throw errors.projectNotFound(projectArn(ctx.world, projectNameOf(nameOrArn)));
  return project;
}

export function stringList(input: Record<string, unknown>, field: string, max: number): string[] {
  const value = input[field];
  if (value === undefined || value === null) throw errors.required(field);
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw errors.constraint(value, field, 'Member must be a list of strings');
  }
  if (value.length < 1) throw errors.constraint('[]', field, 'Member must have length greater than or equal to 1');
  if (value.length > max) {
    throw errors.constraint(`[${value.length} items]`, field, `Member must have length less than or equal to ${max}`);
  }
  return value as string[];
}

export function sortOrder(input: Record<string, unknown>, fallback: 'ASCENDING' | 'DESCENDING') {
  const value = input.sortOrder;
  if (value === undefined || value === null) return fallback;
  if (value !== 'ASCENDING' && value !== 'DESCENDING') {
    throw errors.constraint(value, 'sortOrder', 'Member must satisfy enum value set: [ASCENDING, DESCENDING]');
  }
  return value;
}

/** Pages of `size` with an opaque numeric token, as the list operations use. */
export function page<T>(items: readonly T[], token: unknown, size: number): { items: T[]; nextToken?: string } {
  let start = 0;
  if (token !== undefined && token !== null) {
    start = Number(token);
    if (typeof token !== 'string' || !Number.isSafeInteger(start) || start < 0) throw errors.invalidNextToken();
  }
  const slice = items.slice(start, start + size);
  return start + size < items.length ? { items: slice, nextToken: String(start + size) } : { items: slice };
}

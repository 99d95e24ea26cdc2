import { optionalString } from '../../core/input';
import { deleteOwn, setOwn } from '../../core/records';
import type { Operation } from '../../core/simulation';
import { codebuildErrors as errors } from '../errors';
import { CURATED_IMAGES } from '../images';
import { newProject, PROJECT_LIMIT, projectArn, readProjectFields } from '../project-input';
import { projectView } from '../project-view';
import { findProject, page, projectNameOf, requireProject, sortOrder, stringList } from './common';

export const CreateProject: Operation = (ctx, input) => {
  const projects = ctx.world.account.codebuild.projects;
  const project = newProject(ctx.world, input, ctx.now);
  if (findProject(ctx, project.name)) throw errors.projectExists(project.arn);
  if (Object.keys(projects).length >= PROJECT_LIMIT) throw errors.projectLimit(PROJECT_LIMIT);
  setOwn(projects, project.name, project);
  return { project: projectView(ctx, project) };
};

export const UpdateProject: Operation = (ctx, input) => {
  const project = requireProject(ctx, optionalString(input, 'name'), 'name');
  const fields = readProjectFields(ctx.world, input, project, project.name);
  const updated = { ...project, ...fields, lastModified: ctx.now };
  if (input.concurrentBuildLimit === null) delete updated.concurrentBuildLimit;
  setOwn(ctx.world.account.codebuild.projects, project.name, updated);
  return { project: projectView(ctx, updated) };
};

/** Deleting a project keeps its builds (their records stay readable), as in CodeBuild. */
export const DeleteProject: Operation = (ctx, input) => {
  const name = optionalString(input, 'name');
  if (!name) throw errors.required('name');
  const project = findProject(ctx, name);
  if (!project) throw errors.projectNotFound(projectArn(ctx.world, projectNameOf(name)));
  deleteOwn(ctx.world.account.codebuild.projects, project.name);
  return {};
};

export const BatchGetProjects: Operation = (ctx, input) => {
  const names = stringList(input, 'names', 100);
  const found = [];
  const missing = [];
  for (const name of names) {
    const project = findProject(ctx, name);
    if (project) found.push(projectView(ctx, project));
    else missing.push(name);
  }
  return { projects: found, projectsNotFound: missing };
};

export const ListProjects: Operation = (ctx, input) => {
  const sortBy = input.sortBy ?? 'NAME';
  if (sortBy !== 'NAME' && sortBy !== 'CREATED_TIME' && sortBy !== 'LAST_MODIFIED_TIME') {
    throw errors.constraint(
      sortBy,
      'sortBy',
      'Member must satisfy enum value set: [NAME, CREATED_TIME, LAST_MODIFIED_TIME]',
    );
  }
  const order = sortOrder(input, sortBy === 'NAME' ? 'ASCENDING' : 'DESCENDING');
  const projects = Object.values(ctx.world.account.codebuild.projects).sort((a, b) => {
    if (sortBy === 'CREATED_TIME' && a.created !== b.created) return a.created - b.created;
    if (sortBy === 'LAST_MODIFIED_TIME' && a.lastModified !== b.lastModified) return a.lastModified - b.lastModified;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
  if (order === 'DESCENDING') projects.reverse();
  const { items, nextToken } = page(
    projects.map((p) => p.name),
    input.nextToken,
    100,
  );
  return { projects: items, ...(nextToken && { nextToken }) };
};

const LANGUAGES: Record<string, string> = {
  java: 'JAVA',
  golang: 'GOLANG',
  python: 'PYTHON',
  php: 'PHP',
  ruby: 'RUBY',
  nodejs: 'NODE_JS',
  dotnet: 'DOTNET',
  rust: 'RUST',
};

/** The curated images, grouped by platform and language the way the console's image picker shows them. */
export const ListCuratedEnvironmentImages: Operation = () => {
  const platforms = new Map<string, Map<string, { name: string; description: string; versions: string[] }[]>>();
  for (const [name, spec] of Object.entries(CURATED_IMAGES)) {
    const languages = platforms.get(spec.platform) ?? new Map();
    platforms.set(spec.platform, languages);
    const keys = Object.keys(spec.runtimes);
    for (const language of keys.length > 0 ? keys.map((k) => LANGUAGES[k] ?? k.toUpperCase()) : ['BASE']) {
      const images = languages.get(language) ?? [];
      images.push({ name, description: spec.description, versions: [`${name}-latest`] });
      languages.set(language, images);
    }
  }
  return {
    platforms: [...platforms].map(([platform, languages]) => ({
      platform,
      languages: [...languages].map(([language, images]) => ({ language, images })),
    })),
  };
};

import { NAV_ITEMS } from './nav-items';

export interface Crumb {
  label: string;
  /** Absent on the last crumb: the page you are on is not a link. */
  to?: string;
}

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

const SHORT_ID = 7;

function repositoryCrumbs(rest: string[]): Crumb[] {
  const [rawName, view, rawRef, ...pathSegments] = rest;
  if (rawName === undefined) return [{ label: 'Repositories', to: '/codecommit' }];
  const base = `/codecommit/repositories/${rawName}`;
  const crumbs: Crumb[] = [
    { label: 'Repositories', to: '/codecommit' },
    { label: decode(rawName), to: base },
  ];
  if ((view === 'browse' || view === 'file') && rawRef !== undefined) {
    pathSegments.forEach((segment, i) => {
      crumbs.push({ label: decode(segment), to: `${base}/browse/${rawRef}/${pathSegments.slice(0, i + 1).join('/')}` });
    });
  } else if (view === 'commits') {
    crumbs.push({ label: 'Commits', to: `${base}/commits` });
  } else if (view === 'commit' && rawRef !== undefined) {
    crumbs.push({ label: 'Commits', to: `${base}/commits` }, { label: decode(rawRef).slice(0, SHORT_ID) });
  } else if (view === 'settings') {
    crumbs.push({ label: 'Settings' });
  } else if (view === 'branches') {
    crumbs.push({ label: 'Branches' });
  } else if (view === 'compare') {
    crumbs.push({ label: 'Commits', to: `${base}/commits` }, { label: 'Compare' });
  } else if (view === 'pull-requests') {
    crumbs.push({ label: 'Pull requests', to: `${base}/pull-requests` });
    if (rawRef === 'create') crumbs.push({ label: 'Create' });
    else if (rawRef !== undefined) crumbs.push({ label: `#${decode(rawRef)}`, to: `${base}/pull-requests/${rawRef}` });
  }
  return crumbs;
}

function codecommitCrumbs(rest: string[]): Crumb[] {
  const home: Crumb = { label: 'CodeCommit', to: '/codecommit' };
  const [first, ...more] = rest;
  if (first === undefined) return [home, { label: 'Repositories' }];
  if (first === 'repositories') return [home, ...repositoryCrumbs(more)];
  if (first === 'approval-rule-templates') {
    const templates: Crumb = { label: 'Approval rule templates', to: '/codecommit/approval-rule-templates' };
    return more[0] === undefined ? [home, templates] : [home, templates, { label: decode(more[0]) }];
  }
  return [home, { label: 'Page not found' }];
}

function codebuildCrumbs(rest: string[]): Crumb[] | undefined {
  const home: Crumb = { label: 'CodeBuild', to: '/codebuild' };
  const [first, raw, view] = rest;
  if (first === 'create-project' && raw === undefined) return [home, { label: 'Create build project' }];
  if (first === 'simulation' && raw === undefined) return [home, { label: 'How builds are simulated' }];
  if (first === 'projects' && raw !== undefined) {
    const project: Crumb = { label: decode(raw), to: `/codebuild/projects/${raw}` };
    if (view === undefined) return [home, project];
    if (view === 'edit') return [home, project, { label: 'Edit' }];
  }
  if (first === 'builds') {
    const history: Crumb = { label: 'Build history', to: '/codebuild/builds' };
    if (raw === undefined) return [home, history];
    if (view === undefined) {
      const id = decode(raw);
      const colon = id.lastIndexOf(':');
      return [home, history, { label: colon < 0 ? id : `${id.slice(0, colon)}:${id.slice(colon + 1, colon + 9)}` }];
    }
  }
  return undefined;
}

function codedeployCrumbs(rest: string[]): Crumb[] | undefined {
  const home: Crumb = { label: 'CodeDeploy', to: '/codedeploy' };
  const [first, raw, view, group, groupView] = rest;
  if (first === 'deployment-configs' && raw === undefined) return [home, { label: 'Deployment configurations' }];
  if (first === 'fleet' && raw === undefined) return [home, { label: 'Fleet' }];
  if (first === 'compare' && raw === undefined) return [home, { label: 'Compare deployments' }];
  if (first === 'simulation' && raw === undefined) return [home, { label: 'How deployments are simulated' }];
  if (first === 'deployments' && raw !== undefined && view === undefined) return [home, { label: decode(raw) }];
  if (first === 'applications' && raw !== undefined) {
    const application: Crumb = { label: decode(raw), to: `/codedeploy/applications/${raw}` };
    if (view === undefined) return [home, application];
    if (view === 'create-group' && group === undefined)
      return [home, application, { label: 'Create deployment group' }];
    if (view === 'create-deployment' && group === undefined) return [home, application, { label: 'Create deployment' }];
    if (view === 'groups' && group !== undefined) {
      const groupCrumb: Crumb = { label: decode(group), to: `/codedeploy/applications/${raw}/groups/${group}` };
      if (groupView === undefined) return [home, application, groupCrumb];
      if (groupView === 'edit') return [home, application, groupCrumb, { label: 'Edit' }];
    }
  }
  return undefined;
}

function codepipelineCrumbs(rest: string[]): Crumb[] | undefined {
  const home: Crumb = { label: 'CodePipeline', to: '/codepipeline' };
  const [first, raw, view, id, more] = rest;
  if (first === 'new' && raw === undefined) return [home, { label: 'Create pipeline' }];
  if (first === 'templates' && raw === undefined) return [home, { label: 'Create from template' }];
  if (first === 'pipelines' && raw !== undefined) {
    const pipeline: Crumb = { label: decode(raw), to: `/codepipeline/pipelines/${raw}` };
    if (view === undefined) return [home, pipeline];
    if (view === 'edit' && id === undefined) return [home, pipeline, { label: 'Edit' }];
    if (view === 'executions' && id !== undefined && more === undefined)
      return [home, pipeline, { label: `Execution ${decode(id).slice(0, 8)}` }];
  }
  return undefined;
}

function codeartifactCrumbs(rest: string[]): Crumb[] | undefined {
  const home: Crumb = { label: 'CodeArtifact', to: '/codeartifact' };
  const [first, domain, view, repository, packagesView, format, pkg, more] = rest;
  if (first !== 'domains' || domain === undefined) return undefined;
  const domainCrumb: Crumb = { label: decode(domain), to: `/codeartifact/domains/${domain}` };
  if (view === undefined) return [home, domainCrumb];
  if (view !== 'repositories' || repository === undefined) return undefined;
  const repositoryCrumb: Crumb = { label: decode(repository), to: `${domainCrumb.to}/repositories/${repository}` };
  if (packagesView === undefined) return [home, domainCrumb, repositoryCrumb];
  if (packagesView === 'packages' && format !== undefined && pkg !== undefined && more === undefined)
    return [home, domainCrumb, repositoryCrumb, { label: decode(pkg) }];
  return undefined;
}

function codeguruCrumbs(rest: string[]): Crumb[] | undefined {
  const home: Crumb = { label: 'CodeGuru', to: '/codeguru' };
  const [first, view, raw, more] = rest;
  if (first === 'profiler') {
    const profiler: Crumb = { label: 'Profiler', to: '/codeguru/profiler' };
    if (view === undefined) return [home, profiler];
    if (view === 'groups' && raw !== undefined && more === undefined) return [home, profiler, { label: decode(raw) }];
    return undefined;
  }
  if (first !== 'reviewer') return undefined;
  const reviewer: Crumb = { label: 'Reviewer', to: '/codeguru/reviewer' };
  if (view === undefined) return [home, reviewer];
  // A code review is named by its ARN; the crumb shows its last part (`PullRequest-…`).
  if (view === 'code-reviews' && raw !== undefined && more === undefined)
    return [home, reviewer, { label: decode(raw).split(':code-review:').pop() ?? decode(raw) }];
  return undefined;
}

/**
 * The trail shown under the top bar for a route path (as in the URL, still percent-encoded):
 * `/codecommit/repositories/demo-webapp/browse/main/src` → CodeCommit › Repositories › demo-webapp › src.
 */
export function breadcrumbsFor(pathname: string): Crumb[] {
  const [first, ...rest] = pathname.split('/').filter(Boolean);
  let crumbs: Crumb[];
  if (first === undefined) crumbs = [{ label: 'Dashboard' }];
  else if (first === 'codecommit') crumbs = codecommitCrumbs(rest);
  else if (first === 'codebuild' && rest.length > 0) crumbs = codebuildCrumbs(rest) ?? [{ label: 'Page not found' }];
  else if (first === 'codedeploy' && rest.length > 0) crumbs = codedeployCrumbs(rest) ?? [{ label: 'Page not found' }];
  else if (first === 'codepipeline' && rest.length > 0)
    crumbs = codepipelineCrumbs(rest) ?? [{ label: 'Page not found' }];
  else if (first === 'codeartifact' && rest.length > 0)
    crumbs = codeartifactCrumbs(rest) ?? [{ label: 'Page not found' }];
  else if (first === 'codeguru' && (rest[0] === 'reviewer' || rest[0] === 'profiler'))
    crumbs = codeguruCrumbs(rest) ?? [{ label: 'Page not found' }];
  else {
    const item = NAV_ITEMS.find((i) => i.to === `/${first}`);
    crumbs = item && rest.length === 0 ? [{ label: item.label }] : [{ label: 'Page not found' }];
  }
  const last = crumbs[crumbs.length - 1];
  if (last) crumbs[crumbs.length - 1] = { label: last.label };
  return crumbs;
}

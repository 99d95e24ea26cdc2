import type { CliModel } from './model';
import type { ServiceCall } from './transport';

/**
 * Names of the account's resources for Tab after an option: `--pipeline-name <Tab>` lists pipelines,
 * `--deployment-group-name <Tab>` the groups of the `--application-name` already typed.
 */

type Lister = (
  call: (service: string, operation: string, input?: object) => Promise<Record<string, unknown>>,
  words: readonly string[],
) => Promise<string[]>;

const valueAfter = (words: readonly string[], option: string) => {
  const i = words.indexOf(option);
  return i >= 0 ? words[i + 1] : undefined;
};

const names = (list: unknown, key?: string): string[] =>
  Array.isArray(list) ? list.map((x) => String(key ? (x as Record<string, unknown>)[key] : x)) : [];

const pipelines: Lister = async (call) => names((await call('codepipeline', 'ListPipelines')).pipelines, 'name');
const repositories: Lister = async (call) =>
  names((await call('codecommit', 'ListRepositories')).repositories, 'repositoryName');
const projects: Lister = async (call) => names((await call('codebuild', 'ListProjects')).projects);
const applications: Lister = async (call) => names((await call('deploy', 'ListApplications')).applications);
const deploymentGroups: Lister = async (call, words) => {
  const applicationName = valueAfter(words, '--application-name');
  if (!applicationName) return [];
  return names((await call('deploy', 'ListDeploymentGroups', { applicationName })).deploymentGroups);
};
const domains: Lister = async (call) => names((await call('codeartifact', 'ListDomains')).domains, 'name');
const artifactRepositories: Lister = async (call, words) => {
  const domain = valueAfter(words, '--domain');
  if (!domain) return [];
  return names((await call('codeartifact', 'ListRepositoriesInDomain', { domain })).repositories, 'name');
};

/** `<service> <option>` (or `* <option>` for any service) → where its values come from. */
const LISTERS: Record<string, Lister> = {
  'codepipeline --name': pipelines,
  'codepipeline --pipeline-name': pipelines,
  'codepipeline-simulator --pipeline-name': pipelines,
  '* --repository-name': repositories,
  'codecommit --repository-names': repositories,
  'codebuild --project-name': projects,
  'codebuild --names': projects,
  'codebuild --project': projects,
  'deploy --application-name': applications,
  'deploy --deployment-group-name': deploymentGroups,
  'codeartifact --domain': domains,
  'codeartifact --repository': artifactRepositories,
};

export function createResourceNames(model: CliModel, call: ServiceCall) {
  const callByName = async (serviceName: string, operation: string, input: object = {}) => {
    const service = model.services[serviceName];
    if (!service) return {};
    return (await call(service, operation, input as Record<string, unknown>)) as Record<string, unknown>;
  };
  return async (option: string, words: readonly string[]): Promise<string[]> => {
    const serviceName = words.slice(1).find((w) => !w.startsWith('-')) ?? '';
    const lister = LISTERS[`${serviceName} ${option}`] ?? LISTERS[`* ${option}`];
    if (!lister) return [];
    try {
      return await lister(callByName, words);
    } catch {
      // Completion offers what it can; a failed listing (no such application, say) offers nothing.
      return [];
    }
  };
}

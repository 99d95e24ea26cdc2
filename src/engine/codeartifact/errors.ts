import { AwsError } from '../core/aws-error';

/**
 * CodeArtifact's errors. The service has few exception types (ValidationException 400, AccessDeniedException 403,
 * ResourceNotFoundException 404, ConflictException 409, ServiceQuotaExceededException 402); the message says which
 * resource and why, in the service's words where they are known ("Domain not found. Domain 'x' owned by account
 * 'y' does not exist"). `CODEARTIFACT_ERROR_EXPLANATIONS` says in plain words what each type means.
 */
const validation = (message: string) => new AwsError('ValidationException', message, 400);
const conflict = (message: string) => new AwsError('ConflictException', message, 409);
const notFound = (message: string) => new AwsError('ResourceNotFoundException', message, 404);
const quota = (message: string) => new AwsError('ServiceQuotaExceededException', message, 402);

export const codeartifactErrors = {
  validation,
  required: (member: string, where = member) =>
    validation(
      `1 validation error detected: Value null at '${where}' failed to satisfy constraint: Member must not be null`,
    ),
  pattern: (member: string, value: string, pattern: string) =>
    validation(
      `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${pattern}`,
    ),
  length: (member: string, value: string, min: number, max: number) =>
    validation(
      `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must have length between ${min} and ${max}, inclusive`,
    ),
  enumValue: (member: string, value: string, allowed: readonly string[]) =>
    validation(
      `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
    ),

  domainNotFound: (domain: string, owner: string) =>
    notFound(`Domain not found. Domain '${domain}' owned by account '${owner}' does not exist`),
  domainExists: (domain: string, owner: string) => conflict(`Domain '${domain}' already exists in account '${owner}'`),
  domainNotEmpty: () => conflict('Domain must contain 0 repositories before deletion'),
  domainLimit: (limit: number) =>
    quota(`Domain limit exceeded: an account can own at most ${limit} domains in a Region (adjustable quota).`),

  repositoryNotFound: (repository: string, domain: string, owner: string) =>
    notFound(
      `Repository not found. Repository '${repository}' in domain '${domain}' owned by account '${owner}' does not exist`,
    ),
  repositoryExists: (repository: string, domain: string) =>
    conflict(`Repository '${repository}' already exists in domain '${domain}'`),
  upstreamLimit: (count: number) =>
    validation(
      `1 validation error detected: Value at 'upstreams' failed to satisfy constraint: Member must have length less than or equal to 10 (got ${count})`,
    ),
  upstreamSelf: (repository: string) => validation(`Repository '${repository}' cannot be an upstream of itself.`),
  upstreamDuplicate: (upstream: string) => validation(`Upstream repository '${upstream}' is listed more than once.`),
  upstreamCycle: (repository: string, path: string[]) =>
    validation(
      `Adding these upstreams to '${repository}' would create a cycle: ${path.join(' -> ')}. Upstream relationships must not form a loop.`,
    ),

  externalConnectionLimit: (repository: string, existing: string) =>
    quota(
      `Repository '${repository}' already has the external connection '${existing}': a repository can have at most 1 external connection.`,
    ),
  externalConnectionExists: (repository: string, name: string) =>
    conflict(`Repository '${repository}' already has the external connection '${name}'`),
  unknownExternalConnection: (name: string, known: readonly string[]) =>
    validation(`Invalid external connection name '${name}'. Valid names: ${known.join(', ')}.`),
  externalConnectionNotFound: (repository: string, name: string) =>
    notFound(`External connection '${name}' not found on repository '${repository}'`),

  policyNotFound: (what: string) => notFound(`No permissions policy found for ${what}`),
  policyRevisionMismatch: (given: string, current: string | undefined) =>
    conflict(
      `Policy revision '${given}' does not match the current revision${current === undefined ? ' (there is no policy)' : ` '${current}'`}.`,
    ),
  invalidPolicy: (why: string) => validation(`Invalid policy document: ${why}`),

  packageNotFound: (name: string, repository: string) =>
    notFound(`Package '${name}' not found in repository '${repository}'`),
  packageVersionNotFound: (name: string, version: string, repository: string) =>
    notFound(`Package version '${name}' '${version}' not found in repository '${repository}'`),
  packageVersionExists: (name: string, version: string, repository: string) =>
    conflict(`Package version '${name}' '${version}' already exists in repository '${repository}'`),
  assetLimit: (limit: number) => quota(`A package version can have at most ${limit} assets.`),

  resourceNotFound: (arn: string) => notFound(`Resource '${arn}' not found`),
  tooManyTags: () => quota('A resource can have at most 50 tags.'),
  invalidToken: () => validation('The pagination token is not valid.'),
};

export const CODEARTIFACT_ERROR_EXPLANATIONS: Record<string, string> = {
  ValidationException:
    'The request was malformed: a name that breaks the naming rules, a missing parameter, a value outside its range, or a change the service refuses (such as an upstream cycle).',
  AccessDeniedException:
    'The caller is not allowed to do this: the repository or domain has a permissions policy that does not allow (or explicitly denies) this principal the action.',
  ResourceNotFoundException: 'The domain, repository, package, version or policy named does not exist.',
  ConflictException:
    'The request conflicts with the current state: the resource already exists, a domain still has repositories, a policy revision is out of date, or a package version already exists here or upstream.',
  ServiceQuotaExceededException:
    'A quota would be exceeded: 10 domains per account, 10 direct upstreams, 1 external connection per repository, 150 assets per version.',
};

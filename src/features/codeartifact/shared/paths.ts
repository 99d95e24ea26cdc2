/** Console paths of the Artifacts area; each name is encoded, a package's namespace travels as a query parameter. */
const e = encodeURIComponent;

export const codeartifactHome = () => '/codeartifact';
export const domainPath = (domain: string) => `/codeartifact/domains/${e(domain)}`;
export const repositoryPath = (domain: string, repository: string) =>
  `${domainPath(domain)}/repositories/${e(repository)}`;
export const packagePath = (p: {
  domain: string;
  repository: string;
  format: string;
  namespace?: string;
  package: string;
}) =>
  `${repositoryPath(p.domain, p.repository)}/packages/${e(p.format)}/${e(p.package)}${p.namespace ? `?namespace=${e(p.namespace)}` : ''}`;

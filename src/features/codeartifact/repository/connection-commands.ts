import type { PackageFormat } from '../../../api/codeartifact/wire-types';

export interface ConnectionCommand {
  label: string;
  command: string;
}

/** The `--tool` values `aws codeartifact login` knows, per format; other formats configure their client by hand. */
const LOGIN_TOOLS: Partial<Record<PackageFormat, string[]>> = {
  npm: ['npm'],
  pypi: ['pip', 'twine'],
  nuget: ['dotnet', 'nuget'],
  swift: ['swift'],
};

/**
 * What to run so a package manager uses the repository: `aws codeartifact login` where the CLI supports the
 * tool (it writes the endpoint and a 12-hour token into the tool's configuration), otherwise a token in
 * CODEARTIFACT_AUTH_TOKEN and the endpoint for the client's own settings.
 */
export function connectionCommands(
  format: PackageFormat,
  domain: string,
  owner: string,
  repository: string,
  endpoint: string,
): ConnectionCommand[] {
  const where = `--domain ${domain} --domain-owner ${owner} --repository ${repository}`;
  const tools = LOGIN_TOOLS[format];
  if (tools)
    return tools.map((tool) => ({
      label: `Configure ${tool}`,
      command: `aws codeartifact login --tool ${tool} ${where}`,
    }));
  return [
    {
      label: 'Get an authorization token',
      command: `export CODEARTIFACT_AUTH_TOKEN=$(aws codeartifact get-authorization-token --domain ${domain} --domain-owner ${owner} --query authorizationToken --output text)`,
    },
    { label: 'Repository endpoint for your client’s settings', command: endpoint },
  ];
}

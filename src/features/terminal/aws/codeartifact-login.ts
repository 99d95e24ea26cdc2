import { AwsApiError } from '../../../api/aws-call';
import type { CommandContext } from '../command';
import { parseOperationArgs } from './args';
import { EXIT, invalidChoice } from './errors';
import type { CliModel, CliService } from './model';
import type { ServiceCall } from './transport';

/**
 * `aws codeartifact login --tool npm|pip|twine`: fetches a token and the repository's endpoint, then writes the
 * tool's configuration where the CLI does (~/.npmrc, ~/.config/pip/pip.conf, ~/.pypirc).
 */

const TOOLS = ['npm', 'pip', 'twine'] as const;
type Tool = (typeof TOOLS)[number];

const LOGIN: CliService = {
  endpointPrefix: 'codeartifact',
  protocol: 'rest-json',
  operations: { Login: { input: 'LoginRequest' } },
  shapes: {
    LoginRequest: {
      type: 'structure',
      members: {
        tool: 'string',
        domain: 'string',
        domainOwner: 'string',
        repository: 'string',
        namespace: 'string',
        durationSeconds: 'number',
        dryRun: 'boolean',
      },
      required: ['tool', 'domain', 'repository'],
    },
  },
};

/** Python's `str()` of a UTC datetime, as the CLI prints the expiry: `2026-11-23 00:48:00+00:00`. */
const expiryText = (iso: string) => `${new Date(iso).toISOString().slice(0, 19).replace('T', ' ')}+00:00`;

/** What each tool's configuration says, as the CLI writes it. */
export function loginFiles(tool: Tool, endpoint: string, token: string, home: string): Record<string, string> {
  const url = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
  if (tool === 'npm') {
    const host = url.replace(/^https?:/, '');
    return { [`${home}/.npmrc`]: `registry=${url}\n${host}:_authToken=${token}\n` };
  }
  if (tool === 'pip') {
    const withAuth = url.replace(/^https:\/\//, `https://aws:${token}@`);
    return { [`${home}/.config/pip/pip.conf`]: `[global]\nindex-url = ${withAuth}simple/\n` };
  }
  return {
    [`${home}/.pypirc`]: `[distutils]\nindex-servers=\n\tcodeartifact\n\n[codeartifact]\nrepository: ${url}\nusername: aws\npassword: ${token}\n`,
  };
}

export function codeartifactLogin(model: CliModel, call: ServiceCall) {
  return async (words: string[], ctx: CommandContext): Promise<number> => {
    const { input } = parseOperationArgs(LOGIN, 'Login', words, (p) => ctx.fs.readText(ctx.resolve(p)));
    const tool = String(input.tool);
    if (!(TOOLS as readonly string[]).includes(tool)) throw invalidChoice('--tool', TOOLS);
    const service = model.services.codeartifact;
    if (!service) {
      ctx.io.err('\nCodeArtifact is not simulated in this build.\n');
      return EXIT.other;
    }
    const owner = input.domainOwner === undefined ? {} : { domainOwner: input.domainOwner };
    let operation = 'GetAuthorizationToken';
    try {
      const auth = (await call(service, operation, {
        domain: input.domain,
        ...owner,
        ...(input.durationSeconds !== undefined && { durationSeconds: input.durationSeconds }),
      })) as { authorizationToken: string; expiration: string | number };
      operation = 'GetRepositoryEndpoint';
      const { repositoryEndpoint } = (await call(service, operation, {
        domain: input.domain,
        ...owner,
        repository: input.repository,
        format: tool === 'npm' ? 'npm' : 'pypi',
      })) as { repositoryEndpoint: string };
      const home = ctx.env.HOME ?? '/home/ec2-user';
      const files = loginFiles(tool as Tool, repositoryEndpoint, auth.authorizationToken, home);
      if (input.dryRun === true) {
        for (const [path, text] of Object.entries(files)) ctx.io.out(`${path}:\n${text}`);
        return 0;
      }
      for (const [path, text] of Object.entries(files)) {
        ctx.fs.mkdir(path.slice(0, path.lastIndexOf('/')));
        ctx.fs.write(path, text);
      }
      const expiration =
        typeof auth.expiration === 'number' ? new Date(auth.expiration * 1000).toISOString() : auth.expiration;
      ctx.io.out(
        `Successfully configured ${tool} to use AWS CodeArtifact repository ${repositoryEndpoint}\nLogin expires in ${Math.round(Number(input.durationSeconds ?? 43200) / 3600)} hours at ${expiryText(expiration)}\n`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof AwsApiError)) throw error;
      ctx.io.err(`\nAn error occurred (${error.type}) when calling the ${operation} operation: ${error.message}\n`);
      return EXIT.service;
    }
  };
}

import { invalidChoice, usageError } from './errors';

/** The CLI's global options, which may stand anywhere on the command line. */
export interface GlobalOptions {
  output?: string;
  query?: string;
  region?: string;
  profile?: string;
  endpointUrl?: string;
  debug: boolean;
  version: boolean;
}

export const OUTPUT_FORMATS = ['json', 'text', 'table'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

type ValueOption = 'output' | 'query' | 'region' | 'profile' | 'endpointUrl';

const WITH_VALUE: Record<string, ValueOption | undefined> = {
  '--output': 'output',
  '--query': 'query',
  '--region': 'region',
  '--profile': 'profile',
  '--endpoint-url': 'endpointUrl',
  '--color': undefined,
  '--cli-read-timeout': undefined,
  '--cli-connect-timeout': undefined,
  '--ca-bundle': undefined,
  '--cli-binary-format': undefined,
};

/** Flags that change nothing here: there is no pager, no TLS and one page is the whole answer. */
const IGNORED_FLAGS = new Set([
  '--no-cli-pager',
  '--no-paginate',
  '--no-verify-ssl',
  '--no-sign-request',
  '--no-cli-auto-prompt',
]);

/** Takes the global options out of argv; what is left is `<command> <subcommand> [parameters]`. */
export function extractGlobals(argv: readonly string[]): { globals: GlobalOptions; rest: string[] } {
  const globals: GlobalOptions = { debug: false, version: false };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    const eq = word.indexOf('=');
    const name = eq > 0 ? word.slice(0, eq) : word;
    if (name in WITH_VALUE) {
      const value = eq > 0 ? word.slice(eq + 1) : argv[++i];
      if (value === undefined) throw usageError(`argument ${name}: expected one argument`);
      const key = WITH_VALUE[name];
      if (key) globals[key] = value;
      continue;
    }
    if (word === '--debug') globals.debug = true;
    else if (word === '--version') globals.version = true;
    else if (!IGNORED_FLAGS.has(word)) rest.push(word);
  }
  if (globals.output !== undefined && !(OUTPUT_FORMATS as readonly string[]).includes(globals.output))
    throw invalidChoice('--output', OUTPUT_FORMATS);
  return { globals, rest };
}

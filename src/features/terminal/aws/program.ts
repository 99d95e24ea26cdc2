import { search } from '@jmespath-community/jmespath';
import { AwsApiError } from '../../../api/aws-call';
import type { CommandContext, CompletionRequest, TerminalProgram } from '../command';
import { parseOperationArgs, skeletonOf, type JsonValue } from './args';
import { CliError, EXIT, invalidChoice, USAGE, usageError } from './errors';
import { extractGlobals, type GlobalOptions, type OutputFormat } from './globals';
import { awsHelp, CUSTOM_COMMANDS, operationHelp, serviceHelp, serviceNames } from './help';
import { findOperation, inputShape, kebab, type CliModel, type CliService } from './model';
import { cliTimestamps, formatJson, formatTable, formatText, wireTimestamps } from './output';
import type { ServiceCall } from './transport';

/** What the `aws` program needs from outside: the model, the service calls, and the commands that are not operations. */
export interface AwsDeps {
  model: CliModel;
  call: ServiceCall;
  /** `aws s3 ...`, `aws s3api ...`, `aws codeartifact login`: given the words after the service name. */
  custom: Record<string, (words: string[], ctx: CommandContext, out: Output) => Promise<number>>;
  /** Resource names for completion after an option (`--pipeline-name` → the account's pipelines). */
  resourceNames?: (option: string, words: readonly string[]) => Promise<string[]>;
}

/** How results are printed, by the global options and the environment. */
export interface Output {
  print(operation: string, result: unknown): void;
}

const IDEMPOTENCY_TOKENS = ['clientToken', 'clientRequestToken'];

export const VERSION = 'aws-cli/2.22.0 Python/3.12.6 Linux/6.1 exe/x86_64.amzn.2023 prompt/off (CI/CD Lab simulator)';

function outputFor(ctx: CommandContext, globals: GlobalOptions): Output {
  const format = (globals.output ?? ctx.env.AWS_DEFAULT_OUTPUT ?? 'json') as OutputFormat;
  return {
    print(operation, result) {
      let data = result as JsonValue;
      if (globals.query !== undefined) {
        try {
          data = search(data, globals.query) as JsonValue;
        } catch (error) {
          throw usageError(`argument --query: Bad value for --query ${globals.query}: ${(error as Error).message}`);
        }
      } else if (typeof data === 'object' && data !== null && !Array.isArray(data) && Object.keys(data).length === 0) {
        // The CLI prints nothing for an empty answer (DeletePipeline, StopDeployment, ...).
        return;
      }
      if (format === 'text') ctx.io.out(formatText(data));
      else if (format === 'table') ctx.io.out(formatTable(operation, data, ctx.columns ?? 80));
      else ctx.io.out(formatJson(data));
    },
  };
}

async function runOperation(
  deps: AwsDeps,
  ctx: CommandContext,
  globals: GlobalOptions,
  serviceName: string,
  service: CliService,
  words: string[],
): Promise<number> {
  const [opName, ...params] = words;
  if (opName === undefined) throw usageError('the following arguments are required: operation');
  if (opName === 'help') {
    ctx.io.out(serviceHelp(serviceName, service));
    return 0;
  }
  const custom = deps.custom[`${serviceName} ${opName}`];
  const operation = findOperation(service, opName);
  if (custom) return custom(params, ctx, outputFor(ctx, globals));
  if (!operation)
    throw invalidChoice(
      'operation',
      [
        ...Object.keys(service.operations).map(kebab),
        ...Object.keys(deps.custom)
          .filter((k) => k.startsWith(`${serviceName} `))
          .map((k) => k.slice(serviceName.length + 1)),
      ].sort(),
    );
  if (params[0] === 'help') {
    ctx.io.out(operationHelp(serviceName, service, operation));
    return 0;
  }
  const read = (path: string) => ctx.fs.readText(ctx.resolve(path));
  const args = parseOperationArgs(service, operation, params, read);
  const op = service.operations[operation];
  if (args.skeleton) {
    const ref = args.skeleton === 'output' ? op?.output : op?.input;
    ctx.io.out(formatJson(ref ? skeletonOf(service, ref) : {}));
    return 0;
  }
  // The CLI fills idempotency tokens itself, as the SDKs do.
  const members = inputShape(service, operation)?.members ?? {};
  const token = IDEMPOTENCY_TOKENS.find((m) => m in members && args.input[m] === undefined);
  const filled = token ? { ...args.input, [token]: crypto.randomUUID() } : args.input;
  const input = wireTimestamps(service, op?.input, filled) as Record<string, unknown>;
  if (globals.debug)
    ctx.io.err(
      `DEBUG - Making request for OperationModel(name=${operation}) with params: ${JSON.stringify({
        url_path: service.protocol === 'json' ? '/' : `(${service.endpointPrefix} route)`,
        method: 'POST',
        headers: service.targetPrefix ? { 'X-Amz-Target': `${service.targetPrefix}.${operation}` } : {},
        body: input,
      })}\n`,
    );
  let result: unknown;
  try {
    result = await deps.call(service, operation, input);
  } catch (error) {
    if (ctx.signal.aborted) return EXIT.interrupted;
    if (error instanceof AwsApiError) {
      ctx.io.err(`\nAn error occurred (${error.type}) when calling the ${operation} operation: ${error.message}\n`);
      return EXIT.service;
    }
    throw error;
  }
  if (ctx.signal.aborted) return EXIT.interrupted;
  if (globals.debug) ctx.io.err(`DEBUG - Response body:\n${JSON.stringify(result)}\n`);
  outputFor(ctx, globals).print(operation, cliTimestamps(service, op?.output, result));
  return 0;
}

export function createAwsProgram(deps: AwsDeps): TerminalProgram {
  const services = serviceNames(deps.model);
  return {
    summary: 'The AWS CLI against the simulated account (aws help)',
    async run(ctx) {
      try {
        const { globals, rest } = extractGlobals(ctx.argv.slice(1));
        if (globals.version) {
          ctx.io.out(`${VERSION}\n`);
          return 0;
        }
        if (globals.profile !== undefined)
          ctx.io.err(
            `Note: --profile ${globals.profile} is ignored: the terminal calls the simulated services as the identity the console acts as.\n`,
          );
        const [serviceName, ...words] = rest;
        if (serviceName === undefined) throw usageError('the following arguments are required: command');
        if (serviceName === 'help') {
          ctx.io.out(awsHelp(deps.model));
          return 0;
        }
        const service = deps.model.services[serviceName];
        if (!service) {
          const custom = CUSTOM_COMMANDS[serviceName];
          if (!custom) throw invalidChoice('command', services);
          const [sub, ...params] = words;
          if (sub === undefined) throw usageError('the following arguments are required: operation');
          if (sub === 'help') {
            ctx.io.out(
              `${serviceName.toUpperCase()}()\n\nAVAILABLE COMMANDS\n${custom.map((c) => `       o ${c}`).join('\n')}\n`,
            );
            return 0;
          }
          const handler = deps.custom[`${serviceName} ${sub}`];
          if (!handler) throw invalidChoice('operation', custom);
          return await handler(params, ctx, outputFor(ctx, globals));
        }
        return await runOperation(deps, ctx, globals, serviceName, service, words);
      } catch (error) {
        if (error instanceof CliError) {
          ctx.io.err(`${error.usage ? `${USAGE}\n` : ''}${error.message}\n`);
          return error.exitCode;
        }
        ctx.io.err(`\n${(error as Error).message}\n`);
        return EXIT.other;
      }
    },
    complete: (request) => completeAws(deps, request),
  };
}

const GLOBAL_OPTIONS = [
  '--debug',
  '--output',
  '--query',
  '--region',
  '--profile',
  '--no-cli-pager',
  '--cli-input-json',
];

async function completeAws(deps: AwsDeps, { words, partial }: CompletionRequest): Promise<string[]> {
  const positional = words.slice(1).filter((w) => !w.startsWith('-'));
  const previous = words[words.length - 1] ?? '';
  const matching = (list: readonly string[]) => list.filter((c) => c.startsWith(partial));
  if (previous === '--output') return matching(['json', 'table', 'text']);
  if (positional.length === 0) return matching(serviceNames(deps.model));
  const serviceName = positional[0] as string;
  const service = deps.model.services[serviceName];
  if (positional.length === 1 && !partial.startsWith('-')) {
    const custom = [
      ...(CUSTOM_COMMANDS[serviceName] ?? []),
      ...Object.keys(deps.custom)
        .filter((k) => k.startsWith(`${serviceName} `))
        .map((k) => k.slice(serviceName.length + 1)),
    ];
    return matching([...(service ? Object.keys(service.operations).map(kebab) : []), ...custom].sort());
  }
  if (previous.startsWith('--') && !partial.startsWith('-') && deps.resourceNames) {
    const names = await deps.resourceNames(previous, words);
    if (names.length > 0) return matching(names);
  }
  if (!service) return [];
  const operation = findOperation(service, positional[1] ?? '');
  if (!operation) return [];
  const input = service.shapes[service.operations[operation]?.input ?? ''];
  const members = input?.type === 'structure' ? Object.keys(input.members) : [];
  const used = new Set(words.filter((w) => w.startsWith('--')));
  return matching([...members.map((m) => `--${kebab(m)}`), ...GLOBAL_OPTIONS].filter((o) => !used.has(o)));
}

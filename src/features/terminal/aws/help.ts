import { kebab, shapeOf, type CliModel, type CliService, type CliShapeRef } from './model';

/** `aws help`, `aws <service> help` and `aws <service> <operation> help`, drawn from the model. */

/** The high-level commands that are not operations of a model. */
export const CUSTOM_COMMANDS: Record<string, string[]> = {
  s3: ['cp', 'ls'],
  s3api: ['get-object', 'list-buckets', 'list-objects-v2', 'put-object'],
};

export const serviceNames = (model: CliModel) =>
  [...Object.keys(model.services), ...Object.keys(CUSTOM_COMMANDS)].sort();

export const operationNames = (service: CliService) => Object.keys(service.operations).map(kebab).sort();

export function awsHelp(model: CliModel): string {
  return [
    'AWS()',
    '',
    'NAME',
    '       aws -',
    '',
    'DESCRIPTION',
    '       The  AWS  Command  Line  Interface is a unified tool to manage your AWS',
    '       services. This terminal runs it against the simulated account.',
    '',
    'SYNOPSIS',
    '          aws [options] <command> <subcommand> [parameters]',
    '',
    'GLOBAL OPTIONS',
    '       --debug (boolean) Turn on debug logging.',
    '       --output (string) json | text | table',
    '       --query (string) A JMESPath query to use in filtering the response data.',
    '       --region (string) The region to use.',
    "       --profile (string) Ignored: the terminal acts as the console's identity.",
    '       --no-cli-pager (boolean) Accepted; the terminal never pages.',
    '',
    'AVAILABLE SERVICES',
    ...serviceNames(model).map((s) => `       o ${s}`),
    '',
  ].join('\n');
}

export function serviceHelp(name: string, service: CliService): string {
  return [
    `${name.toUpperCase()}()`,
    '',
    'AVAILABLE COMMANDS',
    ...operationNames(service).map((op) => `       o ${op}`),
    '',
  ].join('\n');
}

const typeName = (service: CliService, ref: CliShapeRef): string => {
  if (ref === 'number') return 'integer';
  const shape = shapeOf(service, ref);
  if (!shape) return ref;
  return shape.type;
};

export function operationHelp(serviceName: string, service: CliService, operation: string): string {
  const input = shapeOf(service, service.operations[operation]?.input ?? '');
  const members = input?.type === 'structure' ? input : { members: {}, required: [] as string[] };
  const synopsis = Object.entries(members.members).map(([m, ref]) => {
    const option = ref === 'boolean' ? `--${kebab(m)} | --no-${kebab(m)}` : `--${kebab(m)} <value>`;
    return members.required.includes(m) ? option : `[${option}]`;
  });
  return [
    `${kebab(operation).toUpperCase()}()`,
    '',
    'NAME',
    `       ${kebab(operation)} -`,
    '',
    'SYNOPSIS',
    `            ${kebab(operation)}`,
    ...synopsis.map((s) => `          ${s}`),
    '          [--cli-input-json <value>]',
    '          [--generate-cli-skeleton <value>]',
    '',
    'OPTIONS',
    ...Object.entries(members.members).map(
      ([m, ref]) =>
        `       --${kebab(m)} (${typeName(service, ref)})${members.required.includes(m) ? ' [required]' : ''}`,
    ),
    '',
    `       See also: aws ${serviceName} help`,
    '',
  ].join('\n');
}

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { strFromU8 } from 'fflate';
import { findBucket, getObjectBytes, listKeys, putObject } from '../../../s3/public';
import { findSecret, selectSecretVersion } from '../../../secretsmanager/public';
import { parseParameterReference, selectVersion } from '../../../ssm/public';
import type { Io, Tool, ToolCall } from '../shell';
import { basename } from '../workspace';
import { codeartifactCli } from './codeartifact-cli';
import { duration, eprintln, option, println } from './util';

const CLI_VERSION =
  'aws-cli/2.22.35 Python/3.12.6 Linux/5.10.234-225.910.amzn2.x86_64 exec-env/AWS_ECS_EC2 exe/x86_64.ubuntu.22';

const ECR_OPERATIONS = [
  'batch-check-layer-availability',
  'batch-delete-image',
  'batch-get-image',
  'complete-layer-upload',
  'create-repository',
  'delete-repository',
  'describe-images',
  'describe-repositories',
  'get-authorization-token',
  'get-login-password',
  'initiate-layer-upload',
  'list-images',
  'put-image',
  'put-lifecycle-policy',
  'tag-resource',
  'upload-layer-part',
  'wait',
];

/** AWS CLI v2's answer to a subcommand it does not have (such as v1's `ecr get-login`). */
function invalidChoice(io: Io, service: string, choices: readonly string[]): number {
  eprintln(io, '');
  eprintln(io, 'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]');
  eprintln(io, 'To see help text, you can run:');
  eprintln(io, '');
  eprintln(io, '  aws help');
  eprintln(io, '  aws <command> help');
  eprintln(io, '  aws <command> <subcommand> help');
  eprintln(io, '');
  eprintln(io, 'aws: error: argument operation: Invalid choice, valid choices are:');
  eprintln(io, '');
  for (let i = 0; i < choices.length; i += 2)
    eprintln(io, `${(choices[i] as string).padEnd(40)} | ${choices[i + 1] ?? ''}`);
  void service;
  return 252;
}

export function clientError(io: Io, code: string, operation: string, message: string, status = 254): number {
  eprintln(io, '');
  eprintln(io, `An error occurred (${code}) when calling the ${operation} operation: ${message}`);
  return status;
}

/** Prints a result as the CLI would: JSON, or `--output text` of a `--query` path. */
export function output(call: ToolCall, value: unknown): number {
  const query = option(call.argv, '--query');
  let result = value;
  if (query) {
    for (const part of query.replace(/^['"]|['"]$/g, '').split('.')) {
      const m = /^(\w+)(?:\[(\d+|\*)\])?$/.exec(part);
      if (!m || result === null || typeof result !== 'object') break;
      result = (result as Record<string, unknown>)[m[1] as string];
      if (m[2] !== undefined && Array.isArray(result)) result = m[2] === '*' ? result : result[Number(m[2])];
    }
  }
  const format = option(call.argv, '--output') ?? 'json';
  if (format === 'text')
    println(
      call.io,
      Array.isArray(result)
        ? result.join('\t')
        : typeof result === 'object'
          ? JSON.stringify(result)
          : String(result ?? 'None'),
    );
  else println(call.io, JSON.stringify(result ?? null, null, 4));
  return 0;
}

const s3Url = (url: string) => {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url);
  return m ? { bucket: m[1] as string, key: m[2] as string } : undefined;
};

function s3(call: ToolCall, sub: string, args: string[]): number {
  const { io, shell } = call;
  const world = shell.host.world;
  const positional = args.filter(
    (a, i) =>
      !a.startsWith('--') &&
      ![
        '--region',
        '--acl',
        '--exclude',
        '--include',
        '--profile',
        '--content-type',
        '--cache-control',
        '--sse',
        '--storage-class',
      ].includes(args[i - 1] ?? ''),
  );
  const recursive = args.includes('--recursive');
  shell.elapse(duration(call, 400, 1500));
  if (sub === 'ls') {
    const target = positional[0] ? s3Url(positional[0]) : undefined;
    if (!target) {
      for (const name of Object.keys(world.account.s3.buckets).sort()) println(io, `2026-01-05 09:00:00 ${name}`);
      return 0;
    }
    if (!findBucket(world, target.bucket))
      return clientError(io, 'NoSuchBucket', 'ListObjectsV2', 'The specified bucket does not exist', 1);
    for (const key of listKeys(world, target.bucket, target.key))
      println(
        io,
        `2026-01-05 09:00:00 ${String(getObjectBytes(world, target.bucket, key)?.length ?? 0).padStart(10)} ${key}`,
      );
    return 0;
  }
  if (sub === 'mb') {
    const target = s3Url(positional[0] ?? '');
    if (!target) return 255;
    println(io, `make_bucket: ${target.bucket}`);
    return 0;
  }
  if (sub === 'rm') return 0;
  const [from = '', to = ''] = positional;
  const src = s3Url(from);
  const dst = s3Url(to);
  if (!src && dst) {
    const path = shell.resolve(from);
    const files = shell.fs.isDir(path)
      ? recursive || sub === 'sync'
        ? shell.fs.filesUnder(path).map((rel) => ({ path: `${path}/${rel}`, rel }))
        : []
      : shell.fs.isFile(path)
        ? [{ path, rel: basename(path) }]
        : undefined;
    if (files === undefined || (shell.fs.isDir(path) && !recursive && sub !== 'sync')) {
      eprintln(io, `The user-provided path ${from} does not exist.`);
      return 255;
    }
    if (!findBucket(world, dst.bucket)) {
      const first = files[0];
      eprintln(
        io,
        `upload failed: ${first ? from : from} to ${to} An error occurred (NoSuchBucket) when calling the PutObject operation: The specified bucket does not exist`,
      );
      return 1;
    }
    for (const f of files) {
      const key = shell.fs.isDir(path)
        ? `${dst.key.replace(/\/?$/, dst.key ? '/' : '')}${f.rel}`
        : dst.key === '' || dst.key.endsWith('/')
          ? `${dst.key}${f.rel}`
          : dst.key;
      putObject(world, dst.bucket, key, shell.fs.read(f.path) ?? '', shell.now());
      println(
        io,
        `upload: ${shell.fs.isDir(path) ? `${from.replace(/\/$/, '')}/${f.rel}` : from} to s3://${dst.bucket}/${key}`,
      );
    }
    return 0;
  }
  if (src && !dst) {
    if (!findBucket(world, src.bucket))
      return clientError(io, 'NoSuchBucket', 'ListObjectsV2', 'The specified bucket does not exist', 1);
    const keys =
      recursive || sub === 'sync'
        ? listKeys(world, src.bucket, src.key)
        : getObjectBytes(world, src.bucket, src.key)
          ? [src.key]
          : [];
    if (keys.length === 0 && sub === 'cp') {
      eprintln(
        io,
        `fatal error: An error occurred (404) when calling the HeadObject operation: Key "${src.key}" does not exist`,
      );
      return 1;
    }
    for (const key of keys) {
      const rel = recursive || sub === 'sync' ? key.slice(src.key.length).replace(/^\//, '') : basename(key);
      const target =
        recursive || sub === 'sync' || shell.fs.isDir(shell.resolve(to)) || to.endsWith('/')
          ? `${to.replace(/\/$/, '')}/${rel}`
          : to;
      shell.fs.write(shell.resolve(target), strFromU8(getObjectBytes(world, src.bucket, key) ?? new Uint8Array()));
      println(io, `download: s3://${src.bucket}/${key} to ${target}`);
    }
    return 0;
  }
  if (src && dst) {
    for (const key of recursive ? listKeys(world, src.bucket, src.key) : [src.key]) {
      const bytes = getObjectBytes(world, src.bucket, key);
      if (bytes && findBucket(world, dst.bucket))
        putObject(
          world,
          dst.bucket,
          recursive ? `${dst.key}${key.slice(src.key.length)}` : dst.key,
          bytes,
          shell.now(),
        );
      println(io, `copy: s3://${src.bucket}/${key} to ${to}`);
    }
    return 0;
  }
  eprintln(io, `usage: aws s3 ${sub} <LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>`);
  return 252;
}

function cloudformation(call: ToolCall, sub: string, args: string[]): number {
  const { io, shell } = call;
  const template = option(args, '--template-file');
  if (sub === 'package' || sub === 'deploy') {
    if (!template || !shell.fs.isFile(shell.resolve(template))) {
      eprintln(io, '');
      eprintln(io, `Invalid template path ${template ?? ''}`);
      return 255;
    }
  }
  if (sub === 'package') {
    const bucket = option(args, '--s3-bucket');
    if (bucket && !findBucket(shell.host.world, bucket))
      return clientError(io, 'NoSuchBucket', 'PutObject', 'The specified bucket does not exist', 255);
    const text = shell.fs.read(shell.resolve(template as string)) ?? '';
    const digest = bytesToHex(sha256(utf8ToBytes(text)));
    if (bucket)
      putObject(
        shell.host.world,
        bucket,
        `${option(args, '--s3-prefix') ? `${option(args, '--s3-prefix')}/` : ''}${digest}`,
        text,
        shell.now(),
      );
    const packaged = text.replace(
      /(CodeUri|ContentUri|Code):\s*(\.\/?[\w./-]*|[\w-]+\/)\s*$/gm,
      `$1: s3://${bucket ?? 'bucket'}/${digest}`,
    );
    shell.elapse(duration(call, 1500, 5000));
    const out = option(args, '--output-template-file');
    if (out) {
      shell.fs.write(shell.resolve(out), packaged);
      println(io, '');
      println(io, `Successfully packaged artifacts and wrote output template to file ${out}.`);
      println(io, 'Execute the following command to deploy the packaged template');
      println(io, `aws cloudformation deploy --template-file ${shell.resolve(out)} --stack-name <YOUR STACK NAME>`);
    } else println(io, packaged);
    return 0;
  }
  if (sub === 'deploy') {
    const stack = option(args, '--stack-name') ?? 'stack';
    println(io, '');
    println(io, 'Waiting for changeset to be created..');
    shell.elapse(duration(call, 5000, 15000));
    println(io, 'Waiting for stack create/update to complete');
    shell.elapse(duration(call, 20000, 90000));
    println(io, `Successfully created/updated stack - ${stack}`);
    return 0;
  }
  if (sub === 'validate-template') return output(call, { Parameters: [], Description: 'Validated by the simulator' });
  shell.elapse(duration(call, 500, 2000));
  return output(call, {});
}

const aws: Tool = (call) => {
  const { argv, io, shell } = call;
  const args = argv.slice(1);
  if (args.includes('--version')) {
    println(io, CLI_VERSION);
    return 0;
  }
  const [service = '', sub = ''] = args.filter(
    (a, i) =>
      !a.startsWith('--') &&
      !['--region', '--profile', '--output', '--query', '--endpoint-url'].includes(args[i - 1] ?? ''),
  );
  const rest = args.slice(args.indexOf(sub) + 1);
  const world = shell.host.world;
  const { accountId, region } = world.account;
  switch (service) {
    case 's3':
      return s3(call, sub, rest);
    case 'ecr':
      if (sub === 'get-login') return invalidChoice(io, 'ecr', ECR_OPERATIONS);
      if (sub === 'get-login-password') {
        shell.elapse(duration(call, 300, 900));
        println(
          io,
          `eyJwYXlsb2FkIjoi${bytesToHex(sha256(utf8ToBytes(`${accountId}:${shell.host.build.id}`))).slice(0, 48)}IiwidmVyc2lvbiI6IjIiLCJ0eXBlIjoiREFUQV9LRVkifQ==`,
        );
        return 0;
      }
      if (!ECR_OPERATIONS.includes(sub)) return invalidChoice(io, 'ecr', ECR_OPERATIONS);
      shell.elapse(duration(call, 300, 900));
      return output(call, sub === 'describe-repositories' ? { repositories: [] } : {});
    case 'sts':
      if (sub === 'get-caller-identity') {
        const role = shell.host.build.serviceRole.split('/').pop() ?? 'codebuild-role';
        return output(call, {
          UserId: `AROA${accountId}EXAMPLE:AWSCodeBuild-${shell.host.build.id.split(':')[1] ?? ''}`,
          Account: accountId,
          Arn: `arn:aws:sts::${accountId}:assumed-role/${role}/AWSCodeBuild-${shell.host.build.id.split(':')[1] ?? ''}`,
        });
      }
      return output(call, {});
    case 'ssm': {
      shell.elapse(duration(call, 300, 900));
      if (sub === 'get-parameter') {
        const { name, selector } = parseParameterReference(option(rest, '--name') ?? '');
        const parameter = world.account.ssm.parameters[name];
        const version = parameter && selectVersion(parameter, selector);
        if (!parameter || !version) return clientError(io, 'ParameterNotFound', 'GetParameter', '');
        const decrypt = rest.includes('--with-decryption');
        return output(call, {
          Parameter: {
            Name: name,
            Type: version.type,
            Value: version.type === 'SecureString' && !decrypt ? 'AQICAH…' : version.value,
            Version: version.version,
            ARN: `arn:aws:ssm:${region}:${accountId}:parameter${name.startsWith('/') ? '' : '/'}${name}`,
            DataType: 'text',
          },
        });
      }
      if (sub === 'put-parameter') return output(call, { Version: 1, Tier: 'Standard' });
      return output(call, {});
    }
    case 'secretsmanager': {
      shell.elapse(duration(call, 300, 900));
      if (sub === 'get-secret-value') {
        const secret = findSecret(world, option(rest, '--secret-id') ?? '');
        if (!secret || secret.deletionDate !== undefined)
          return clientError(
            io,
            'ResourceNotFoundException',
            'GetSecretValue',
            "Secrets Manager can't find the specified secret.",
          );
        const version = selectSecretVersion(secret, option(rest, '--version-id'), option(rest, '--version-stage'));
        if (!version)
          return clientError(
            io,
            'ResourceNotFoundException',
            'GetSecretValue',
            "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT",
          );
        return output(call, {
          ARN: secret.arn,
          Name: secret.name,
          VersionId: version.versionId,
          SecretString: version.secretString,
          VersionStages: version.stages,
        });
      }
      return output(call, {});
    }
    case 'cloudformation':
      return cloudformation(call, sub, rest);
    case 'codeartifact':
      return codeartifactCli(call, sub, rest);
    case 'configure':
      if (sub === 'get') println(io, option(rest, '--region') ?? region);
      return 0;
    case '':
      return invalidChoice(io, '', ['s3', 'ecr', 'sts', 'ssm']);
    default:
      shell.elapse(duration(call, 500, 3000));
      eprintln(io, `cicdlab: simulated 'aws ${service} ${sub}' (not modelled): exit status 0`);
      return 0;
  }
};

const sam: Tool = (call) => {
  const { argv, io, shell } = call;
  const sub = argv[1] ?? '';
  if (sub === '--version') {
    println(io, 'SAM CLI, version 1.132.0');
    return 0;
  }
  const templateName =
    option(argv, '--template', '-t', '--template-file') ??
    ['template.yaml', 'template.yml'].find((f) => shell.fs.isFile(shell.resolve(f)));
  if (
    (sub === 'build' || sub === 'package' || sub === 'validate') &&
    (!templateName || !shell.fs.isFile(shell.resolve(templateName)))
  ) {
    eprintln(io, `Error: Template file not found at ${shell.resolve(templateName ?? 'template.yml')}`);
    return 1;
  }
  if (sub === 'build') {
    shell.elapse(duration(call, 8000, 30000));
    shell.fs.write(
      shell.resolve('.aws-sam/build/template.yaml'),
      shell.fs.read(shell.resolve(templateName as string)) ?? '',
    );
    println(io, '');
    println(io, 'Build Succeeded');
    println(io, '');
    println(io, 'Built Artifacts  : .aws-sam/build');
    println(io, 'Built Template   : .aws-sam/build/template.yaml');
    return 0;
  }
  if (sub === 'package') {
    const out = option(argv, '--output-template-file');
    const bucket = option(argv, '--s3-bucket');
    if (bucket && !findBucket(shell.host.world, bucket))
      return clientError(io, 'NoSuchBucket', 'PutObject', 'The specified bucket does not exist', 1);
    shell.elapse(duration(call, 3000, 10000));
    const source = shell.fs.isFile(shell.resolve('.aws-sam/build/template.yaml'))
      ? '.aws-sam/build/template.yaml'
      : (templateName as string);
    if (out) shell.fs.write(shell.resolve(out), shell.fs.read(shell.resolve(source)) ?? '');
    println(io, `Successfully packaged artifacts and wrote output template to file ${out ?? 'packaged.yaml'}.`);
    return 0;
  }
  if (sub === 'deploy') {
    shell.elapse(duration(call, 30000, 120000));
    println(io, '');
    println(
      io,
      `Successfully created/updated stack - ${option(argv, '--stack-name') ?? 'sam-app'} in ${shell.host.world.account.region}`,
    );
    return 0;
  }
  shell.elapse(duration(call, 1000, 5000));
  return 0;
};

export const AWS_TOOLS: Record<string, Tool> = { aws, sam };

import { describe, expect, it } from 'vitest';
import { AwsApiError } from '../../../api/aws-call';
import type { CommandContext } from '../command';
import { createMemoryFs, ensureDirectory } from '../workspace/fs';
import { CLI_MODEL } from './model';
import { createAwsProgram } from './program';
import type { ServiceCall } from './transport';

const calls: { operation: string; input: Record<string, unknown> }[] = [];
const call: ServiceCall = async (_service, operation, input) => {
  calls.push({ operation, input });
  if (operation === 'StartPipelineExecution' && input.name !== 'demo-pipeline')
    throw new AwsApiError(
      'PipelineNotFoundException',
      `Account '123456789012' does not have a pipeline with name '${String(input.name)}'`,
      400,
    );
  if (operation === 'ListPipelines')
    return {
      pipelines: [
        { name: 'demo-fn-pipeline', version: 1 },
        { name: 'demo-pipeline', version: 2 },
      ],
    };
  if (operation === 'DeletePipeline') return {};
  return { pipelineExecutionId: 'e-1' };
};

const aws = createAwsProgram({
  model: CLI_MODEL,
  call,
  custom: {},
  resourceNames: async (option) => (option === '--name' ? ['demo-fn-pipeline', 'demo-pipeline'] : []),
});

async function run(line: string, env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const fs = createMemoryFs();
  ensureDirectory(fs, '/home/ec2-user/environment');
  const ctx: CommandContext = {
    argv: line.split(' '),
    stdin: '',
    io: { out: (t) => (out += t), err: (t) => (err += t) },
    fs,
    env,
    cwd: '/home/ec2-user/environment',
    setCwd: () => undefined,
    resolve: (p) => (p.startsWith('/') ? p : `/home/ec2-user/environment/${p}`),
    signal: new AbortController().signal,
  };
  const status = await aws.run(ctx);
  return { status, out, err };
}

describe('the aws program', () => {
  it('calls the operation and prints its answer as JSON', async () => {
    const result = await run('aws codepipeline start-pipeline-execution --name demo-pipeline');
    expect(result).toEqual({ status: 0, out: '{\n    "pipelineExecutionId": "e-1"\n}\n', err: '' });
    expect(calls.at(-1)).toEqual({
      operation: 'StartPipelineExecution',
      input: { name: 'demo-pipeline', clientRequestToken: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown },
    });
  });

  it("prints a service's error as the CLI does and exits 254", async () => {
    expect(await run('aws codepipeline start-pipeline-execution --name shop-web')).toEqual({
      status: 254,
      out: '',
      err: "\nAn error occurred (PipelineNotFoundException) when calling the StartPipelineExecution operation: Account '123456789012' does not have a pipeline with name 'shop-web'\n",
    });
  });

  it('refuses an unknown service or operation with the valid choices, exit 252', async () => {
    const service = await run('aws codepipelin list-pipelines');
    expect(service.status).toBe(252);
    expect(service.err).toContain('aws: error: argument command: Invalid choice, valid choices are:\n\n');
    expect(service.err).toContain('codepipeline');
    const operation = await run('aws codepipeline list-pipeline');
    expect(operation.err).toMatch(/^usage: aws \[options\]/);
    expect(operation.err).toContain('aws: error: argument operation: Invalid choice, valid choices are:\n\n');
    expect(operation.err).toContain('list-pipelines');
  });

  it('applies --query and --output, and AWS_DEFAULT_OUTPUT when --output is not given', async () => {
    expect((await run('aws codepipeline list-pipelines --query pipelines[].name --output text')).out).toBe(
      'demo-fn-pipeline\tdemo-pipeline\n',
    );
    expect((await run('aws codepipeline list-pipelines --query pipelines[0].version', {})).out).toBe('1\n');
    expect((await run('aws codepipeline list-pipelines', { AWS_DEFAULT_OUTPUT: 'text' })).out).toBe(
      'PIPELINES\tdemo-fn-pipeline\t1\nPIPELINES\tdemo-pipeline\t2\n',
    );
    expect((await run('aws codepipeline list-pipelines --output yaml')).err).toContain(
      'aws: error: argument --output: Invalid choice, valid choices are:\n\njson                                     | text\ntable',
    );
  });

  it('prints nothing for an empty answer', async () => {
    expect(await run('aws codepipeline delete-pipeline --name demo-pipeline')).toEqual({ status: 0, out: '', err: '' });
  });

  it('prints the input skeleton without calling the service', async () => {
    const before = calls.length;
    const result = await run('aws codepipeline start-pipeline-execution --generate-cli-skeleton');
    expect(JSON.parse(result.out)).toMatchObject({ name: '', variables: [{ name: '', value: '' }] });
    expect(calls.length).toBe(before);
  });

  it('completes services, operations, parameters and resource names', async () => {
    const complete = (words: string[], partial: string) =>
      aws.complete!({ words, partial, fs: createMemoryFs(), cwd: '/' });
    expect(await complete(['aws'], 'codepi')).toEqual(['codepipeline', 'codepipeline-simulator']);
    expect(await complete(['aws', 'codepipeline'], 'start-')).toEqual(['start-pipeline-execution']);
    expect(await complete(['aws', 'codepipeline', 'start-pipeline-execution'], '--var')).toEqual(['--variables']);
    expect(await complete(['aws', 'codepipeline', 'start-pipeline-execution', '--name'], 'demo-f')).toEqual([
      'demo-fn-pipeline',
    ]);
  });
});

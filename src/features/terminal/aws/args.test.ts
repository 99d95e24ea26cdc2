import { describe, expect, it } from 'vitest';
import { parseOperationArgs } from './args';
import { CliError } from './errors';
import { CLI_MODEL } from './model';
import { parseShorthand } from './shorthand';

const codepipeline = CLI_MODEL.services.codepipeline!;
const codebuild = CLI_MODEL.services.codebuild!;
const deploy = CLI_MODEL.services.deploy!;
const files: Record<string, string> = {
  'input.json': '{"name": "demo-pipeline", "clientRequestToken": "t-1"}',
  'vars.json': '[{"name": "env", "value": "prod"}]',
};
const read = (path: string) => files[path];

const parse = (service = codepipeline, operation: string, words: string[]) =>
  parseOperationArgs(service, operation, words, read).input;

const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode, usage: error.usage };
    throw error;
  }
  throw new Error('expected a CliError');
};

describe('aws arguments', () => {
  it('maps --kebab-case options to the members and reads strings', () => {
    expect(parse(codepipeline, 'StartPipelineExecution', ['--name', 'demo-pipeline'])).toEqual({
      name: 'demo-pipeline',
    });
    expect(parse(codepipeline, 'GetPipelineState', ['--name=demo-pipeline'])).toEqual({ name: 'demo-pipeline' });
  });

  it('reads integers, and --x / --no-x booleans', () => {
    expect(parse(codepipeline, 'ListPipelines', ['--max-results', '5'])).toEqual({ maxResults: 5 });
    expect(
      parse(deploy, 'ListApplicationRevisions', ['--application-name', 'a', '--deployed', 'include']),
    ).toMatchObject({
      applicationName: 'a',
    });
    expect(parse(codebuild, 'StartBuild', ['--project-name', 'p', '--no-privileged-mode-override'])).toEqual({
      projectName: 'p',
      privilegedModeOverride: false,
    });
    expect(failure(() => parse(codepipeline, 'ListPipelines', ['--max-results', 'ten']))).toEqual({
      message: "Error parsing parameter '--max-results': invalid literal for int() with base 10: 'ten'",
      exitCode: 252,
      usage: false,
    });
  });

  it('reads a list of scalars from the words after the option', () => {
    expect(parse(codebuild, 'BatchGetProjects', ['--names', 'a', 'b'])).toEqual({ names: ['a', 'b'] });
  });

  it('reads lists of structures in shorthand, one structure a word, and as JSON', () => {
    const shorthand = parse(codepipeline, 'StartPipelineExecution', [
      '--name',
      'p',
      '--variables',
      'name=env,value=prod',
      'name=region,value=us-east-1',
    ]);
    expect(shorthand.variables).toEqual([
      { name: 'env', value: 'prod' },
      { name: 'region', value: 'us-east-1' },
    ]);
    const json = parse(codepipeline, 'StartPipelineExecution', [
      '--name',
      'p',
      '--variables',
      '[{"name":"env","value":"prod"}]',
    ]);
    expect(json.variables).toEqual([{ name: 'env', value: 'prod' }]);
  });

  it('reads file:// values from the terminal files', () => {
    expect(
      parse(codepipeline, 'StartPipelineExecution', ['--name', 'p', '--variables', 'file://vars.json']).variables,
    ).toEqual([{ name: 'env', value: 'prod' }]);
    expect(failure(() => parse(codepipeline, 'StartPipelineExecution', ['--name', 'file://missing.txt'])).message).toBe(
      "Error parsing parameter '--name': Unable to load paramfile file://missing.txt: [Errno 2] No such file or directory: 'missing.txt'",
    );
  });

  it('merges --cli-input-json under the options given on the command line', () => {
    expect(parse(codepipeline, 'StartPipelineExecution', ['--cli-input-json', 'file://input.json'])).toEqual({
      name: 'demo-pipeline',
      clientRequestToken: 't-1',
    });
    expect(
      parse(codepipeline, 'StartPipelineExecution', ['--cli-input-json', 'file://input.json', '--name', 'other']).name,
    ).toBe('other');
    expect(
      failure(() => parse(codepipeline, 'StartPipelineExecution', ['--cli-input-json', '{"nme": "x"}'])).message,
    ).toBe(
      '\nParameter validation failed:\nMissing required parameter in input: "name"\nUnknown parameter in input: "nme", must be one of: name, variables, clientRequestToken, sourceRevisions',
    );
  });

  it('reports missing required options as argparse does, with the usage', () => {
    expect(failure(() => parse(codepipeline, 'StartPipelineExecution', []))).toEqual({
      message: 'aws: error: the following arguments are required: --name',
      exitCode: 252,
      usage: true,
    });
  });

  it('reports unknown options after the required ones', () => {
    expect(failure(() => parse(codepipeline, 'GetPipeline', ['--name', 'p', '--foo', 'bar']))).toEqual({
      message: 'Unknown options: --foo, bar',
      exitCode: 252,
      usage: true,
    });
  });

  it('reports an option without its value', () => {
    expect(failure(() => parse(codepipeline, 'GetPipeline', ['--name'])).message).toBe(
      'aws: error: argument --name: expected one argument',
    );
  });

  it("checks shorthand keys against the model, as botocore's validation does", () => {
    expect(
      failure(() =>
        parse(codepipeline, 'StartPipelineExecution', ['--name', 'p', '--variables', 'Name=env,Value=prod']),
      ).message,
    ).toBe(
      '\nParameter validation failed:\nMissing required parameter in variables[0]: "name"\nMissing required parameter in variables[0]: "value"\nUnknown parameter in variables[0]: "Name", must be one of: name, value\nUnknown parameter in variables[0]: "Value", must be one of: name, value',
    );
  });

  it('reports bad shorthand with the caret under the place', () => {
    expect(failure(() => parse(codepipeline, 'TagResource', ['--resource-arn', 'arn', '--tags', 'key'])).message).toBe(
      "Error parsing parameter '--tags': Expected: '=', received: 'EOF' for input:\nkey\n   ^",
    );
  });
});

describe('shorthand syntax', () => {
  it('reads key=value pairs, explicit lists, nested structures and quotes', () => {
    expect(parseShorthand('a=1,b=[x,y],c={d=2,e="f,g"}')).toEqual({ a: '1', b: ['x', 'y'], c: { d: '2', e: 'f,g' } });
  });

  it('reads a bare comma list after a key as a list', () => {
    expect(parseShorthand('Values=a,b,c,Name=n')).toEqual({ Values: ['a', 'b', 'c'], Name: 'n' });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBuildspec } from './parse-buildspec';

/** shared/ sits beside the repository (as in CI): src/engine/specs/buildspec → ../../../../../shared. */
const corpus = new URL('../../../../../shared/corpus/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, corpus), 'utf8');

const manifest = read('MANIFEST.tsv')
  .split('\n')
  .slice(1)
  .filter((row) => row.trim())
  .map((row) => {
    const [file = '', , , , , notable = ''] = row.split('\t');
    return { file, notable };
  });

const found = (text: string) =>
  parseBuildspec(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);

/**
 * What a reader of each valid buildspec would agree with: nothing, or the warnings and hints below. Files not
 * listed must produce no diagnostic at all.
 */
const VALID_FILE_FINDINGS: Record<string, string[]> = {
  // env.compute-type is only documented inside batch task env (MANIFEST: "undocumented top-level env.compute-type").
  'amplify-cli-base-build-graph.yml': ['4:3 warning wrong-place'],
  'codebuild-samples-docker-ecr-legacy-login.yml': ['11:11 warning deprecated-ecr-get-login'],
  'fargate-workshop-docker-secondary-artifacts.yml': [
    '14:11 warning deprecated-ecr-get-login',
    // Only secondary artifacts: the reference says artifacts/files is still required.
    '41:1 warning missing-files',
  ],
  'modern-app-workshop-ecs-imagedefinitions.yml': [
    '16:11 warning deprecated-ecr-get-login',
    // `files: imagedefinitions.json`, a single string instead of a list.
    '40:10 warning not-a-list',
  ],
  'nested-cfn-validate-resources-v0.1.yml': ['1:10 info legacy-version'],
  // Long commands written as multi-line plain scalars, which YAML folds into one line.
  'sam-pipeline-build-package-multiline-plain.yml': ['16:9 info folded-command', '23:9 info folded-command'],
  'sam-pipeline-feature-branch-deploy.yml': ['16:9 info folded-command'],
};

describe('the buildspec corpus', () => {
  const valid = manifest.filter((row) => row.file.startsWith('buildspec/'));

  it('lists the valid buildspecs in the MANIFEST', () => {
    expect(valid.length).toBeGreaterThanOrEqual(39);
  });

  it.each(valid.map((row) => [row.file.slice('buildspec/'.length), row.notable]))(
    '%s parses without errors',
    (name) => {
      const result = parseBuildspec(read(`buildspec/${name}`));
      expect(result.yamlFileError).toBeUndefined();
      expect(result.buildspec).toBeDefined();
      expect(found(read(`buildspec/${name}`))).toEqual(VALID_FILE_FINDINGS[name] ?? []);
    },
  );

  it('keeps YAML scalars as CodeBuild sees them (unquoted numbers and booleans in env)', () => {
    const spec = parseBuildspec(read('buildspec/s2n-tls-generalbatch-build-list.yml')).buildspec!;
    const tasks = spec.batch!.buildList!;
    expect(tasks.length).toBeGreaterThan(10);
    const variables = tasks.flatMap((t) => Object.entries(t.env?.variables ?? {}));
    expect(variables).toContainEqual(['SAW', 'true']);
    expect(variables).toContainEqual(['GCC_VERSION', '9']);
  });

  it('reads phases written out of order, finally blocks and secondary artifacts', () => {
    const order = parseBuildspec(read('buildspec/ecs-bg-app-maven-phase-order.yml')).buildspec!;
    // Written build first, then pre_build: the normalised phases come in run order.
    expect(Object.keys(order.phases)).toEqual(['pre_build', 'build']);
    expect(order.phases.build!.line).toBe(10);
    expect(order.phases.pre_build!.line).toBe(17);
    const vscode = parseBuildspec(read('buildspec/toolkit-vscode-e2e-run-as-finally.yml')).buildspec!;
    expect(vscode.runAs).toBe('codebuild-user');
    expect(vscode.phases.build!.finally.length).toBeGreaterThan(0);
    const jetbrains = parseBuildspec(read('buildspec/toolkit-jetbrains-secondary-artifacts-reports.yml')).buildspec!;
    expect(Object.keys(jetbrains.artifacts!.secondaryArtifacts)).toEqual(['plugin']);
  });
});

describe('the edge buildspecs', () => {
  it('amplify 88 KB generated build graph: only the undocumented top-level env.compute-type', () => {
    const text = read('edge/amplify-cli-e2e-workflow-generated-88kb.yml');
    const result = parseBuildspec(text);
    expect(found(text)).toEqual(['5:3 warning wrong-place']);
    expect(result.diagnostics[0]!.message).toContain('`compute-type` is not allowed in `env`');
    const spec = result.buildspec!;
    expect(spec.env.shell).toBe('bash');
    expect(spec.batch!.fastFail).toBe(false);
    const graph = spec.batch!.buildGraph!;
    expect(graph.length).toBeGreaterThan(100);
    expect(graph.find((t) => t.identifier === 'build_windows')!.env).toMatchObject({
      type: 'WINDOWS_SERVER_2022_CONTAINER',
      image: '$WINDOWS_IMAGE_2019',
    });
    expect(graph.find((t) => t.identifier === 'test')!.dependOn).toEqual(['build_linux']);
  });

  it('flow-mapping placeholders: both env values are mappings, so CodeBuild refuses the file', () => {
    const text = read('edge/buildspec-flow-mapping-placeholder.yml');
    const result = parseBuildspec(text);
    expect(found(text)).toEqual(['5:20 error env-value-not-a-string', '6:23 error env-value-not-a-string']);
    expect(result.diagnostics[0]!.message).toContain("S3_BUCKET: '{-INSERT BUCKET NAME FOR STATIC WEBSITE HERE-}'");
    expect(result.buildspec).toBeUndefined();
    expect(result.yamlFileError).toBe(
      'YAML_FILE_ERROR: Expected Variables[S3_BUCKET] to be of string type: found subkeys instead at line 5',
    );
  });

  it('no phases: usable, with a hint that the build runs no command', () => {
    const text = read('edge/buildspec-no-phases.yml');
    const result = parseBuildspec(text);
    expect(found(text)).toEqual(['1:1 info no-phases']);
    expect(result.buildspec!.phases).toEqual({});
    expect(result.buildspec!.artifacts!.files).toEqual(['buildspecs/*.yml']);
    expect(result.buildspec!.env.exportedVariables).toEqual(['CODEBUILD_BUILD_ID']);
    expect(result.buildspec!.env.gitCredentialHelper).toBe(true);
  });

  it('null commands and a multi-line plain command: usable, with a warning and a hint', () => {
    const text = read('edge/buildspec-null-commands-multiline-plain-scalar.yml');
    const result = parseBuildspec(text);
    expect(found(text)).toEqual(['34:9 info folded-command', '112:5 warning empty-commands']);
    const spec = result.buildspec!;
    expect(spec.phases.post_build!.commands).toEqual([]);
    const folded = spec.phases.install!.commands.find((c) => c.line === 34)!;
    expect(folded.text).toBe(
      'case $(uname -m) in x86_64) architecture="amd64" ;; aarch64) architecture="arm64" ;; esac',
    );
    expect(spec.phases.install!.commands[0]!.text).toContain('case $ID:$VERSION_ID in\n');
    expect(spec.artifacts!.name).toBe('$CODEBUILD_RESOLVED_SOURCE_VERSION');
  });

  it('version 0.1 with a string install.commands: refused, pointing at the string', () => {
    const text = read('edge/buildspec-v0.1-legacy-env-scalar-commands.yml');
    const result = parseBuildspec(text);
    expect(found(text)).toEqual(['1:10 info legacy-version', '22:7 error commands-not-a-list']);
    expect(result.buildspec).toBeUndefined();
    expect(result.yamlFileError).toBe(
      'YAML_FILE_ERROR: Expected Commands to be of array type: found string instead at line 22',
    );
  });
});

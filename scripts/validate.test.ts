import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test/temp-dir';

const root = new URL('..', import.meta.url).pathname;
const corpus = '../shared/corpus';

interface Output {
  files: {
    file: string;
    kind: string;
    diagnostics: { line: number; column: number; severity: string; code: string; message: string }[];
  }[];
}

/** Runs `npm run validate`'s script; resolves with its exit code and parsed stdout even when it exits non-zero. */
function validate(...args: string[]): Promise<{ code: number; output: Output; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile('npx', ['tsx', 'scripts/validate.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
      try {
        resolve({ code, output: stdout ? (JSON.parse(stdout) as Output) : { files: [] }, stderr });
      } catch (e) {
        reject(new Error(`stdout is not one JSON object: ${stdout}\n${String(e)}`));
      }
    });
  });
}

const summary = (output: Output) =>
  output.files.map((f) => ({
    kind: f.kind,
    found: f.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`),
  }));

describe('npm run validate', () => {
  it('exits 0 for valid buildspecs, reporting warnings and hints', async () => {
    const { code, output } = await validate(
      `${corpus}/buildspec/codebuild-samples-build-with-cache.yml`,
      `${corpus}/edge/buildspec-no-phases.yml`,
    );
    expect(code).toBe(0);
    expect(summary(output)).toEqual([
      { kind: 'buildspec', found: [] },
      { kind: 'buildspec', found: ['1:1 info no-phases'] },
    ]);
    expect(Object.keys(output.files[1]!.diagnostics[0]!)).toEqual(['line', 'column', 'severity', 'code', 'message']);
  }, 30_000);

  it('exits 1 when a file has an error, detecting the kind from the content', async () => {
    const dir = tempDir('validate-');
    const file = join(dir, 'ci.yml');
    writeFileSync(file, 'version: 0.2\nphases:\n  build:\n    commands:\n      - echo "Hello: world"\n');
    const { code, output } = await validate(file, `${corpus}/edge/buildspec-v0.1-legacy-env-scalar-commands.yml`);
    expect(code).toBe(1);
    expect(summary(output)).toEqual([
      { kind: 'buildspec', found: ['5:9 error command-not-a-string'] },
      { kind: 'buildspec', found: ['1:10 info legacy-version', '22:7 error commands-not-a-list'] },
    ]);
    expect(output.files[0]!.file).toBe(file);
    expect(output.files[0]!.diagnostics[0]!.message).toContain('quotes');
  }, 30_000);

  it('checks appspec files by name or content, and pipeline templates', async () => {
    const dir = tempDir('validate-');
    const byContent = join(dir, 'deploy.yml');
    writeFileSync(byContent, 'version: 0.0\nos: linux\nhooks:\n  Install:\n    - location: scripts/install.sh\n');
    const { code, output } = await validate(
      `${corpus}/edge/appspec-ec2-custom-event-hook.yml`,
      `${corpus}/appspec-lambda/appspec-assistant-lambda-template-advanced.json`,
      byContent,
      `${corpus}/edge/pipeline-cfn-lint-bad-source-in-second-stage.yaml`,
    );
    expect(code).toBe(1);
    expect(summary(output)).toEqual([
      { kind: 'appspec', found: ['22:5 warning custom-event'] },
      { kind: 'appspec', found: [] },
      { kind: 'appspec', found: ['4:3 error reserved-event'] },
      { kind: 'pipeline', found: ['34:27 error source-not-first'] },
    ]);
    expect(output.files[2]!.diagnostics[0]!.message).toContain('cannot have scripts');
    expect(output.files[3]!.diagnostics[0]!.message).toMatch(/^InvalidStructureException: /);
  }, 30_000);

  it('checks a file as an appspec when told --kind appspec', async () => {
    const dir = tempDir('validate-');
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'version: 0.0\nos: linux\n');
    const plain = await validate(file);
    expect(summary(plain.output)).toEqual([{ kind: 'unknown', found: ['1:1 info unknown-kind'] }]);
    const forced = await validate(file, '--kind', 'appspec');
    expect(forced.code).toBe(0);
    expect(summary(forced.output)).toEqual([{ kind: 'appspec', found: [] }]);
  }, 30_000);

  it('exits 2 when a file cannot be read, still reporting the others', async () => {
    const dir = tempDir('validate-');
    const missing = join(dir, 'missing-buildspec.yml');
    const { code, output } = await validate(missing, `${corpus}/edge/buildspec-flow-mapping-placeholder.yml`);
    expect(code).toBe(2);
    expect(summary(output)).toEqual([
      { kind: 'unknown', found: ['1:1 error file-unreadable'] },
      { kind: 'buildspec', found: ['5:20 error env-value-not-a-string', '6:23 error env-value-not-a-string'] },
    ]);
  }, 30_000);

  it('takes --kind over the file name, and refuses an unknown kind', async () => {
    const dir = tempDir('validate-');
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'version: 0.2\nphase:\n  build: {}\n');
    const forced = await validate(file, '--kind', 'buildspec');
    expect(forced.code).toBe(0);
    expect(summary(forced.output)).toEqual([
      { kind: 'buildspec', found: ['1:1 info no-phases', '2:1 warning unknown-key'] },
    ]);
    expect(forced.output.files[0]!.diagnostics[1]!.message).toContain('Did you mean `phases`?');
    const unknown = await validate(file);
    expect(summary(unknown.output)).toEqual([{ kind: 'unknown', found: ['1:1 info unknown-kind'] }]);
    const wrong = await validate(file, '--kind', 'dockerfile');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('expected one of buildspec, appspec, pipeline');
  }, 30_000);

  it('checks pipeline JSON found by content or --kind, at the line of the offending field', async () => {
    const dir = tempDir('validate-');
    const bare = join(dir, 'release.json');
    writeFileSync(
      bare,
      JSON.stringify(
        {
          name: 'release',
          roleArn: 'arn:aws:iam::111122223333:role/pipeline',
          artifactStore: { type: 'S3', location: 'artifacts-bucket' },
          stages: [
            {
              name: 'Source',
              actions: [
                {
                  name: 'Source',
                  actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' },
                  configuration: { S3Bucket: 'in', S3ObjectKey: 'app.zip' },
                  outputArtifacts: [{ name: 'App' }],
                },
              ],
            },
          ],
        },
        null,
        2,
      ),
    );
    const unnamed = join(dir, 'declaration.txt');
    writeFileSync(unnamed, '{"pipeline": {"name": "x", "roleArn": "r", "stages": []}}');
    const { code, output } = await validate(
      `${corpus}/pipeline-json/stepfunctions-lambda-invoke-get-pipeline.json`,
      bare,
    );
    expect(code).toBe(1);
    expect(summary(output)).toEqual([
      { kind: 'pipeline', found: [] },
      { kind: 'pipeline', found: ['8:13 error too-few-stages'] },
    ]);
    expect(output.files[1]!.diagnostics[0]!.message).toMatch(/^InvalidStructureException: /);
    const forced = await validate(unnamed, '--kind', 'pipeline');
    expect(summary(forced.output)).toEqual([
      { kind: 'pipeline', found: ['1:14 error missing-artifact-store', '1:54 error too-few-stages'] },
    ]);
  }, 30_000);

  it('checks every pipeline of a CloudFormation template at its template line, or the one --logical-id names', async () => {
    const dir = tempDir('validate-');
    const file = join(dir, 'pipelines.yml');
    writeFileSync(
      file,
      [
        'Resources:',
        '  Good:',
        '    Type: AWS::CodePipeline::Pipeline',
        '    Properties:',
        '      RoleArn: !GetAtt Role.Arn',
        '      ArtifactStore: {Type: S3, Location: !Ref Bucket}',
        '      Stages:',
        '        - Name: Source',
        '          Actions:',
        '            - Name: Source',
        '              ActionTypeId: {Category: Source, Owner: AWS, Provider: S3, Version: 1}',
        '              Configuration: {S3Bucket: !Ref Bucket, S3ObjectKey: app.zip}',
        '              OutputArtifacts: [{Name: App}]',
        '        - Name: Deploy',
        '          Actions:',
        '            - Name: Deploy',
        '              ActionTypeId: {Category: Deploy, Owner: AWS, Provider: CodeDeploy, Version: 1}',
        '              Configuration: {ApplicationName: app, DeploymentGroupName: prod}',
        '              InputArtifacts: [{Name: App}]',
        '  Bad:',
        '    Type: AWS::CodePipeline::Pipeline',
        '    Properties:',
        '      RoleArn: !GetAtt Role.Arn',
        '      ArtifactStore: {Type: S3, Location: !Ref Bucket}',
        '      Stage: []',
        '',
      ].join('\n'),
    );
    const all = await validate(file);
    expect(all.code).toBe(1);
    expect(summary(all.output)).toEqual([
      { kind: 'pipeline', found: ['23:7 error missing-field', '25:7 error unsupported-property'] },
    ]);
    expect(all.output.files[0]!.diagnostics[1]!.message).toContain('Encountered unsupported property Stage');
    const good = await validate(file, '--logical-id', 'Good');
    expect(good.code).toBe(0);
    expect(summary(good.output)).toEqual([{ kind: 'pipeline', found: [] }]);
    const corpusTemplate = await validate(`${corpus}/pipeline-cfn/cfn-templates-static-website-pipeline.json`);
    expect(summary(corpusTemplate.output)).toEqual([{ kind: 'pipeline', found: [] }]);
  }, 30_000);
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFormatOf, MAX_IMPORT_BYTES, readImport, sizeProblem } from './import-file';

const corpus = (path: string) => readFileSync(new URL(`../../../../../shared/corpus/${path}`, import.meta.url), 'utf8');

const createPipelineJson = JSON.stringify(
  {
    pipeline: {
      name: '<img src=x onerror=alert(1)>',
      roleArn: 'arn:aws:iam::111122223333:role/pipeline',
      artifactStore: { type: 'S3', location: 'artifacts-bucket' },
      stages: [
        {
          name: 'Source',
          actions: [
            {
              name: 'Source',
              actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeCommit', version: '1' },
              configuration: { RepositoryName: 'web', BranchName: 'main' },
              outputArtifacts: [{ name: 'SourceOutput' }],
            },
          ],
        },
        {
          name: 'Build',
          actions: [
            {
              name: 'Build',
              actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
              configuration: { ProjectName: 'web-build' },
              inputArtifacts: [{ name: 'SourceOutput' }],
            },
          ],
        },
      ],
    },
  },
  null,
  2,
);

describe('importFormatOf', () => {
  it('tells pipeline JSON from CloudFormation templates in YAML or JSON', () => {
    expect(importFormatOf(createPipelineJson)).toBe('json');
    expect(importFormatOf('AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n')).toBe('cloudformation');
    expect(importFormatOf('{ "Resources": { } }')).toBe('cloudformation');
    expect(importFormatOf('{ "pipeline": { "name": ')).toBe('json');
  });
});

describe('readImport', () => {
  it('offers the pipeline of a create-pipeline file, its name kept as written', () => {
    const reading = readImport(createPipelineJson);
    expect(reading.format).toBe('json');
    expect(reading.candidates).toHaveLength(1);
    expect(reading.candidates[0]?.name).toBe('<img src=x onerror=alert(1)>');
    expect(reading.candidates[0]?.declaration?.stages.map((s) => s.name)).toEqual(['Source', 'Build']);
  });

  it('offers each pipeline of a template with several, by logical ID', () => {
    const reading = readImport(corpus('pipeline-cfn/cfn-templates-codebuild-approval-pipeline.yml'));
    expect(reading.format).toBe('cloudformation');
    expect(reading.candidates.length).toBeGreaterThan(0);
    expect(reading.candidates.every((c) => c.logicalId)).toBe(true);
  });

  it('reads the pipeline JSON corpus', () => {
    const reading = readImport(corpus('pipeline-json/stepfunctions-lambda-invoke-get-pipeline.json'));
    expect(reading.refused).toBeUndefined();
    expect(reading.candidates[0]?.declaration).toBeDefined();
  });

  it('refuses a malformed template and says at which line', () => {
    const reading = readImport('Resources:\n  Pipeline:\n    Type: AWS::CodePipeline::Pipeline\n    Properties: [\n');
    expect(reading.candidates).toEqual([]);
    expect(reading.refused).toMatch(/cannot be read/);
    expect(reading.diagnostics[0]?.severity).toBe('error');
    expect(reading.diagnostics[0]?.line).toBeGreaterThanOrEqual(4);
  });

  it('refuses broken JSON with the line of the break', () => {
    const broken = createPipelineJson.replace('"Build",\n', '"Build"\n');
    const reading = readImport(broken);
    expect(reading.candidates).toEqual([]);
    const line = broken.split('\n').findIndex((l) => l.includes('"Build"') && !l.includes(',')) + 1;
    expect(reading.diagnostics[0]?.line).toBe(line + 1);
  });

  it('says why a template without a pipeline has nothing to import', () => {
    const reading = readImport('Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n');
    expect(reading.refused).toBe('The template has no AWS::CodePipeline::Pipeline resource.');
  });
});

describe('sizeProblem', () => {
  it('refuses files over 1 MB with their size', () => {
    expect(sizeProblem(MAX_IMPORT_BYTES)).toBeUndefined();
    expect(sizeProblem(1.5 * 1024 * 1024)).toBe(
      'The file is 1.5 MB; pipeline files up to 1 MB can be imported. Is it the right file?',
    );
  });
});

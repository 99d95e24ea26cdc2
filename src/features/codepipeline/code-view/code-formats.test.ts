import { describe, expect, it } from 'vitest';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { carried, readCode, sameDeclaration, shapeProblem, withUncarried, writeCode } from './code-formats';

const declaration: PipelineDeclaration = {
  name: 'web',
  roleArn: 'arn:aws:iam::111122223333:role/pipeline',
  artifactStore: { type: 'S3', location: 'web-artifacts' },
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'Source',
          actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeCommit', version: '1' },
          configuration: { RepositoryName: 'web-app', BranchName: 'main' },
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
  version: 3,
};

const renameBuild = (d: PipelineDeclaration, name: string): PipelineDeclaration => ({
  ...d,
  stages: [d.stages[0]!, { ...d.stages[1]!, name }],
});

describe('the CloudFormation tab', () => {
  it('keeps the comments a user wrote when the graph renames a stage', () => {
    const template = writeCode('cloudformation', declaration).replace(
      /^(\s+)- Name: Build$/m,
      '$1# compiles and tests the app\n$1- Name: Build',
    );
    const rewritten = writeCode('cloudformation', renameBuild(declaration, 'Compile'), { previousText: template });
    expect(rewritten).toContain('# compiles and tests the app');
    expect(rewritten).toMatch(/- Name: Compile$/m);
    expect(readCode('cloudformation', rewritten).declaration?.stages[1]?.name).toBe('Compile');
  });

  it('reads an edited template into a declaration that differs from the draft only where the text changed', () => {
    const text = writeCode('cloudformation', declaration).replace('ProjectName: web-build', 'ProjectName: web-test');
    const read = readCode('cloudformation', text).declaration!;
    expect(sameDeclaration(read, carried('cloudformation', declaration))).toBe(false);
    const applied = withUncarried('cloudformation', declaration, read);
    expect(applied.stages[1]?.actions[0]?.configuration).toEqual({ ProjectName: 'web-test' });
    // A template has no property for the version; the draft's is kept, not dropped.
    expect(applied.version).toBe(3);
  });

  it('finds nothing changed in the template written from the draft', () => {
    const read = readCode('cloudformation', writeCode('cloudformation', declaration)).declaration!;
    expect(sameDeclaration(read, carried('cloudformation', declaration))).toBe(true);
  });

  it('marks a YAML error at its line and holds no declaration', () => {
    const text = writeCode('cloudformation', declaration).replace('Stages:', 'Stages: [');
    const reading = readCode('cloudformation', text);
    expect(reading.declaration).toBeUndefined();
    expect(reading.blocked).toMatch(/fix the errors/);
    const line = text.split('\n').findIndex((l) => l.includes('Stages: [')) + 1;
    expect(reading.diagnostics[0]?.line).toBeGreaterThanOrEqual(line);
  });
});

describe('the JSON tab', () => {
  it('keeps the key order of the text it showed when the graph changes a value', () => {
    const text = `{\n  "pipeline": ${JSON.stringify({ stages: declaration.stages, name: 'web', roleArn: declaration.roleArn, artifactStore: declaration.artifactStore, version: 3 }, null, 2).replace(/\n/g, '\n  ')},\n  "metadata": { "pipelineArn": "arn:aws:codepipeline:us-east-1:111122223333:web" }\n}\n`;
    const rewritten = writeCode('json', renameBuild(declaration, 'Compile'), { previousText: text });
    expect(rewritten.indexOf('"stages"')).toBeLessThan(rewritten.indexOf('"roleArn"'));
    expect(rewritten).toContain('"metadata"');
    expect(readCode('json', rewritten).declaration?.stages[1]?.name).toBe('Compile');
  });

  it('will not draw a declaration whose stages are not a list', () => {
    const reading = readCode('json', '{ "pipeline": { "name": "web", "roleArn": "r", "stages": "Source" } }');
    expect(reading.declaration).toBeUndefined();
    expect(reading.blocked).toBe('`stages` is not a list. Fix it so the designer can draw the pipeline.');
  });
});

describe('shapeProblem', () => {
  it('names the action the designer cannot draw', () => {
    expect(shapeProblem({ stages: [{ name: 'Deploy', actions: ['!If [IsProd, {}, {}]'] }] })).toBe(
      'Action 1 of stage `Deploy` is not an object.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { PipelineDeclaration } from './types';
import { validateDeclaration } from './validate-declaration';

const declaration = (): PipelineDeclaration => ({
  name: 'demo',
  roleArn: 'arn:aws:iam::123456789012:role/pipeline',
  artifactStore: { type: 'S3', location: 'codepipeline-us-east-1-123456789012' },
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'Source',
          actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeCommit', version: '1' },
          configuration: { RepositoryName: 'demo', BranchName: 'main' },
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
          configuration: { ProjectName: 'demo' },
          inputArtifacts: [{ name: 'SourceOutput' }],
        },
      ],
    },
  ],
});

describe('validateDeclaration', () => {
  it('accepts a valid declaration', () => {
    expect(validateDeclaration(declaration()).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('places a finding at the path of the field it is about', () => {
    const d = declaration();
    d.stages[1]!.actions[0]!.inputArtifacts = [{ name: 'Nothing' }];
    const errors = validateDeclaration(d).filter((x) => x.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path.slice(0, 5)).toEqual(['stages', 1, 'actions', 0, 'inputArtifacts']);
    expect(errors[0]!.message).toMatch(/^InvalidActionDeclarationException|^InvalidStructureException/);
  });
});

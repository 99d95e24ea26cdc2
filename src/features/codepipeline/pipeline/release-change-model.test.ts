import { describe, expect, it } from 'vitest';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { releaseChangeInput, sourceChoices } from './release-change-model';

const declaration: PipelineDeclaration = {
  name: 'demo-pipeline',
  roleArn: 'arn:aws:iam::123456789012:role/pipeline',
  pipelineType: 'V2',
  variables: [
    { name: 'Environment', defaultValue: 'staging' },
    { name: 'Canary', defaultValue: '10' },
  ],
  stages: [
    {
      name: 'Source',
      actions: [
        { name: 'App', actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeCommit', version: '1' } },
        { name: 'Config', actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' } },
      ],
    },
    {
      name: 'Build',
      actions: [
        { name: 'Build', actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' } },
      ],
    },
  ],
};

describe('release change', () => {
  it('offers each source action with the revision type its provider takes', () => {
    expect(sourceChoices(declaration).map((c) => [c.action.name, c.revisionType])).toEqual([
      ['App', 'COMMIT_ID'],
      ['Config', 'S3_OBJECT_VERSION_ID'],
    ]);
  });

  it('sends only the chosen revisions and the variables that differ from their default', () => {
    expect(
      releaseChangeInput(declaration, {
        revisions: { App: ' 3f2a9c1d0b7e4f5a6c8d9e0f1a2b3c4d5e6f7a8b ', Config: '' },
        variables: { Environment: 'production', Canary: '10' },
      }),
    ).toEqual({
      sourceRevisions: [
        { actionName: 'App', revisionType: 'COMMIT_ID', revisionValue: '3f2a9c1d0b7e4f5a6c8d9e0f1a2b3c4d5e6f7a8b' },
      ],
      variables: [{ name: 'Environment', value: 'production' }],
    });
  });

  it('starts from each source latest revision when nothing is chosen', () => {
    expect(releaseChangeInput(declaration, { revisions: {}, variables: {} })).toEqual({});
  });
});

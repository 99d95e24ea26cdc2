import { describe, expect, it } from 'vitest';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { followDraft, isEdited } from './code-store';

const base: PipelineDeclaration = {
  name: 'web',
  roleArn: 'arn:aws:iam::111122223333:role/pipeline',
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
  ],
};
const renamed: PipelineDeclaration = { ...base, stages: [{ ...base.stages[0]!, name: 'Checkout' }] };
const options = { logicalId: 'Pipeline', fresh: false };

describe('followDraft', () => {
  it('writes the draft when the tab has no text yet', () => {
    const document = followDraft('json', undefined, base, options);
    expect(document.declaration).toBe(base);
    expect(document.text).toContain('"name": "Source"');
    expect(isEdited(document)).toBe(false);
  });

  it('rewrites text that is in step when the graph changes the pipeline', () => {
    const before = followDraft('json', undefined, base, options);
    const after = followDraft('json', before, renamed, options);
    expect(after.text).toContain('"name": "Checkout"');
    expect(after.declaration).toBe(renamed);
  });

  it('keeps text with edits not applied yet, whatever the graph does', () => {
    const before = followDraft('json', undefined, base, options);
    const typing = { ...before, text: before.text.replace('"web"', '"web-') };
    expect(followDraft('json', typing, renamed, options)).toBe(typing);
  });

  it('starts over when another pipeline is loaded', () => {
    const before = followDraft('json', undefined, base, options);
    const typing = { ...before, text: 'not json' };
    const loaded = followDraft('json', typing, renamed, { ...options, fresh: true });
    expect(loaded.text).toContain('"name": "Checkout"');
    expect(isEdited(loaded)).toBe(false);
  });
});

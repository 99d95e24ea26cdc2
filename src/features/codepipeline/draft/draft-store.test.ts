import { beforeEach, describe, expect, it } from 'vitest';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { useDraftStore } from './draft-store';

const store = () => useDraftStore.getState();
const named = (name: string): PipelineDeclaration => ({ name, roleArn: 'r', stages: [] });

beforeEach(() => store().load(named('a')));

describe('draft store', () => {
  it('undoes and redoes edits by their labels', () => {
    store().apply(named('b'), 'rename pipeline');
    expect(store().past.at(-1)?.label).toBe('rename pipeline');
    store().undo();
    expect(store().declaration?.name).toBe('a');
    expect(store().future[0]?.label).toBe('rename pipeline');
    store().redo();
    expect(store().declaration?.name).toBe('b');
  });

  it('makes one undo step of the keystrokes of one field', () => {
    store().apply(named('ab'), 'rename pipeline', 'pipeline:name');
    store().apply(named('abc'), 'rename pipeline', 'pipeline:name');
    store().apply(named('abcd'), 'rename pipeline', 'pipeline:name');
    expect(store().past).toHaveLength(1);
    store().undo();
    expect(store().declaration?.name).toBe('a');
  });

  it('knows which pipeline it edits; an import leaves the name out', () => {
    store().load(named('x'), 'x');
    expect(store().pipelineName).toBe('x');
    store().load(named('imported'));
    expect(store().pipelineName).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePipeline } from './parse-pipeline';
import { pipelineToJson } from './pipeline-json';
import type { PipelineDeclaration } from './types';

const corpus = new URL('../../../../../shared/corpus/pipeline-json/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, corpus), 'utf8');

describe('pipelineToJson', () => {
  it('gives back the imported text when nothing changed', () => {
    for (const file of ['jfrog-custom-action-3-stage.json', 'stepfunctions-lambda-invoke-get-pipeline.json']) {
      const text = read(file);
      const declaration = parsePipeline(text).declaration as PipelineDeclaration;
      expect(pipelineToJson(declaration, text)).toBe(text);
    }
  });

  it('rewrites only the changed fields, keeping key order, the wrapper and unmodelled fields', () => {
    const text = read('stepfunctions-lambda-invoke-get-pipeline.json');
    const declaration = parsePipeline(text).declaration as PipelineDeclaration;
    const changed = structuredClone(declaration);
    changed.stages[0]!.actions[0]!.configuration!.BranchName = 'release';
    changed.executionMode = 'QUEUED';
    const out = pipelineToJson(changed, text);
    expect(parsePipeline(out).declaration).toEqual(changed);
    const lines = (t: string) => t.split('\n');
    const diff = lines(out).filter((line, i) => line !== lines(text)[i]);
    expect(diff.some((l) => l.includes('"release"'))).toBe(true);
    // Key order kept: `name` and `version` stay last, where this file has them; the new field follows.
    expect(Object.keys(JSON.parse(out).pipeline as object).slice(-3)).toEqual(['name', 'version', 'executionMode']);
  });

  it('writes a get-pipeline file when there is no original', () => {
    const declaration = parsePipeline(read('jfrog-custom-action-3-stage.json')).declaration as PipelineDeclaration;
    expect(JSON.parse(pipelineToJson(declaration))).toEqual({ pipeline: declaration });
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePipeline } from './parse-pipeline';

/** shared/ sits beside the repository (as in CI): src/engine/specs/pipeline → ../../../../../shared. */
const corpus = new URL('../../../../../shared/corpus/pipeline-json/', import.meta.url);

/** Every file in the corpus, with what a reader of the AWS rules would agree it holds (empty: nothing to say). */
const EXPECTED: Record<string, string[]> = {
  // A template from the JFrog blog: the name is a placeholder to fill in, and `<`, `>` are not allowed in
  // pipeline names, so CreatePipeline refuses the file as it stands.
  'jfrog-custom-action-3-stage.json': ['97:17 error invalid-name'],
  'modern-app-workshop-ecs-create-pipeline.json': [],
  'stepfunctions-lambda-invoke-get-pipeline.json': [],
};

describe('pipeline JSON corpus', () => {
  it('covers every file in the corpus', () => {
    expect(readdirSync(corpus).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const result = parsePipeline(readFileSync(new URL(file, corpus), 'utf8'));
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual(expected);
    expect(result.declaration).toBeDefined();
  });
});

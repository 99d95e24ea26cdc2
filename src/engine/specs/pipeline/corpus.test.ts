import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePipeline } from './parse-pipeline';

/** shared/ sits beside the repository (as in CI): src/engine/specs/pipeline → ../../../../../shared. */
const corpus = new URL('../../../../../shared/corpus/pipeline-json/', import.meta.url);

/** Every file in the corpus, with what a reader of the AWS rules would agree it holds (empty: nothing to say). */
const EXPECTED: Record<string, string[]> = {
  // A template from the JFrog blog: the pipeline name and the bucket hold placeholders to fill in, and `<`, `>`
  // are allowed in neither, so CreatePipeline refuses the file as it stands.
  'jfrog-custom-action-3-stage.json': ['95:25 error invalid-store-location', '97:17 error invalid-name'],
  // The workshop's bucket is a placeholder (`REPLACE_ME_ARTIFACTS_BUCKET_NAME`) the reader replaces; S3 bucket
  // names have no `_`, so the file is refused until then.
  'modern-app-workshop-ecs-create-pipeline.json': ['88:21 error invalid-store-location'],
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

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pipelineToCloudFormation } from './cloudformation/export';
import { parseCloudFormationPipelines } from './cloudformation/parse-template';
import { updateCloudFormationTemplate } from './cloudformation/update-template';
import { parsePipeline } from './parse-pipeline';
import { pipelineToJson } from './pipeline-json';
import type { PipelineDeclaration } from './types';

/** shared/ sits beside the repository (as in CI): src/engine/specs/pipeline → ../../../../../shared. */
const shared = new URL('../../../../../shared/corpus/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, shared), 'utf8');
const summary = (diagnostics: { line: number; column: number; severity: string; code: string }[]) =>
  diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);

/** Every JSON file, with what a reader of the AWS rules would agree it holds (empty: nothing to say). */
const JSON_FILES: Record<string, string[]> = {
  // A template from the JFrog blog: the pipeline name and the bucket hold placeholders to fill in, and `<`, `>`
  // are allowed in neither, so CreatePipeline refuses the file as it stands.
  'jfrog-custom-action-3-stage.json': ['95:25 error invalid-store-location', '97:17 error invalid-name'],
  // The workshop's bucket is a placeholder (`REPLACE_ME_ARTIFACTS_BUCKET_NAME`) the reader replaces; S3 bucket
  // names have no `_`, so the file is refused until then.
  'modern-app-workshop-ecs-create-pipeline.json': ['88:21 error invalid-store-location'],
  'stepfunctions-lambda-invoke-get-pipeline.json': [],
};

/** Every CloudFormation template: its pipeline resources and its findings. */
const TEMPLATES: Record<string, { pipelines: string[]; found: string[] }> = {
  'pipeline-cfn/cfn-lint-good-codepipeline-conditional-action.yaml': { pipelines: ['TestPipeline'], found: [] },
  'pipeline-cfn/cfn-templates-codebuild-approval-pipeline.yml': { pipelines: ['Pipeline'], found: [] },
  'pipeline-cfn/cfn-templates-codestar-custom-pipeline.yml': { pipelines: ['Pipeline'], found: [] },
  'pipeline-cfn/cfn-templates-static-website-pipeline.json': { pipelines: ['CodePipeline'], found: [] },
  'pipeline-cfn/codebuild-samples-continuous-deployment.yml': { pipelines: ['ReleasePipeline'], found: [] },
  'pipeline-cfn/cross-region-codedeploy-pipeline.yaml': { pipelines: ['MultiRegionPipeline'], found: [] },
  'pipeline-cfn/ecs-bg-codedeploytoecs-variables-pipeline.yml': { pipelines: ['rAppPipeline'], found: [] },
  'pipeline-cfn/ecs-blue-green-getparam-approval-lambda.yaml': { pipelines: ['Pipeline'], found: [] },
  'pipeline-cfn/ecs-refarch-github-codebuild-ecs.yaml': { pipelines: ['Pipeline'], found: [] },
  // Custom action types only: nothing to check, which is not an error.
  'pipeline-cfn/jenkins-custom-action-types.json': { pipelines: [], found: ['3:16 info no-pipeline'] },
  'pipeline-cfn/jenkins-custom-actions-pipeline.json': { pipelines: ['pipeline'], found: [] },
  // Its IAM policy is a quoted string whose closing line sits at the key's column: CloudFormation reads it.
  'pipeline-cfn/jfrog-custom-action-type-and-pipeline.yml': { pipelines: ['Pipeline'], found: [] },
  'pipeline-cfn/nested-cfn-approval-pipeline.yml': { pipelines: ['DeployPipeline'], found: [] },
  'pipeline-cfn/quickstart-beanstalk-bluegreen-pipeline.yml': { pipelines: ['BlueGreenCICDPipeline'], found: [] },
  'pipeline-cfn/refarch-cross-account-pipeline.yaml': { pipelines: ['Pipeline'], found: [] },
  'pipeline-cfn/time-windows-approval-codedeploy.yml': { pipelines: ['Pipeline'], found: [] },
  // cfn-lint's "bad" fixture: source actions in the second stage.
  'edge/pipeline-cfn-lint-bad-source-in-second-stage.yaml': {
    pipelines: ['TestPipeline'],
    found: ['34:27 error source-not-first'],
  },
  // `sam pipeline init`'s template before cookiecutter renders it: not YAML yet.
  'edge/sam-pipeline-init-codepipeline-cookiecutter.yaml': { pipelines: [], found: ['1:2 error yaml-syntax'] },
};

describe('pipeline corpus', () => {
  it('covers every pipeline file in the corpus', () => {
    expect(readdirSync(new URL('pipeline-json/', shared)).sort()).toEqual(Object.keys(JSON_FILES).sort());
    const templates = [
      ...readdirSync(new URL('pipeline-cfn/', shared)).map((f) => `pipeline-cfn/${f}`),
      ...readdirSync(new URL('edge/', shared))
        .filter((f) => f.includes('pipeline'))
        .map((f) => `edge/${f}`),
    ];
    expect(templates.sort()).toEqual(Object.keys(TEMPLATES).sort());
  });

  describe.each(Object.entries(JSON_FILES))('%s', (file, expected) => {
    const text = read(`pipeline-json/${file}`);
    const result = parsePipeline(text);

    it('validates with errors only where the file is really invalid', () => {
      expect(summary(result.diagnostics)).toEqual(expected);
    });

    it('exports to JSON and CloudFormation and imports back to the same declaration', () => {
      const declaration = result.declaration as PipelineDeclaration;
      expect(pipelineToJson(declaration, text)).toBe(text);
      expect(parsePipeline(pipelineToJson(declaration)).declaration).toEqual(declaration);
      const template = parseCloudFormationPipelines(pipelineToCloudFormation(declaration));
      // `version` is the pipeline's revision, which CloudFormation has no property for.
      const { version: _version, ...rest } = declaration;
      expect(template.pipelines[0]!.declaration).toEqual(rest);
      // The same findings, at the template's lines.
      const codes = (list: { code: string }[]) => list.map((d) => d.code).sort();
      expect(codes(template.diagnostics)).toEqual(codes(result.diagnostics));
    });
  });

  describe.each(Object.entries(TEMPLATES))('%s', (file, expected) => {
    const text = read(file);
    const result = parseCloudFormationPipelines(text);

    it('imports its pipelines and validates with errors only where the file is really invalid', () => {
      expect(result.pipelines.map((p) => p.logicalId)).toEqual(expected.pipelines);
      expect(summary(result.diagnostics)).toEqual(expected.found);
    });

    // A file without a pipeline (custom action types, an unrendered cookiecutter template) has no round trip.
    if (expected.pipelines.length === 0) return;
    it('exports and imports back to the same declaration', () => {
      for (const pipeline of result.pipelines) {
        const { logicalId, declaration, templateProperties } = pipeline;
        expect(updateCloudFormationTemplate(text, logicalId, declaration, templateProperties)).toBe(text);
        const exported = parseCloudFormationPipelines(
          pipelineToCloudFormation(declaration, { logicalId, templateProperties }),
        );
        expect(exported.pipelines[0]!.declaration).toEqual(declaration);
        expect(exported.pipelines[0]!.templateProperties).toEqual(templateProperties);
        expect(summary(exported.diagnostics).map((d) => d.split(' ').slice(1).join(' '))).toEqual(
          expected.found.map((d) => d.split(' ').slice(1).join(' ')),
        );
      }
    });
  });
});

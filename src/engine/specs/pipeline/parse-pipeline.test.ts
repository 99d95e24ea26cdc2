import { describe, expect, it } from 'vitest';
import { parsePipeline } from './parse-pipeline';

/** A valid V2 pipeline; tests replace one line of it. Line numbers below refer to this text. */
const VALID = `{
  "pipeline": {
    "name": "release",
    "roleArn": "arn:aws:iam::111122223333:role/pipeline",
    "artifactStore": { "type": "S3", "location": "artifacts-bucket" },
    "pipelineType": "V2",
    "stages": [
      {
        "name": "Source",
        "actions": [
          {
            "name": "Source",
            "actionTypeId": { "category": "Source", "owner": "AWS", "provider": "CodeCommit", "version": "1" },
            "configuration": { "RepositoryName": "app", "BranchName": "main" },
            "outputArtifacts": [{ "name": "SourceOutput" }]
          }
        ]
      },
      {
        "name": "Build",
        "actions": [
          {
            "name": "Build",
            "actionTypeId": { "category": "Build", "owner": "AWS", "provider": "CodeBuild", "version": "1" },
            "runOrder": 1,
            "configuration": { "ProjectName": "app-build" },
            "inputArtifacts": [{ "name": "SourceOutput" }],
            "outputArtifacts": [{ "name": "BuildOutput" }]
          },
          {
            "name": "Deploy",
            "actionTypeId": { "category": "Deploy", "owner": "AWS", "provider": "CodeDeploy", "version": "1" },
            "runOrder": 2,
            "configuration": { "ApplicationName": "app", "DeploymentGroupName": "prod" },
            "inputArtifacts": [{ "name": "BuildOutput" }]
          }
        ]
      }
    ]
  },
  "metadata": { "pipelineArn": "arn:aws:codepipeline:us-east-1:111122223333:release" }
}`;

/** VALID with `from` (which must occur once) replaced by `to`. */
function edit(from: string, to: string, text = VALID): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

const found = (text: string) =>
  parsePipeline(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);

describe('parsePipeline', () => {
  it('accepts a valid get-pipeline file and returns its declaration', () => {
    const result = parsePipeline(VALID);
    expect(result.diagnostics).toEqual([]);
    expect(result.declaration?.name).toBe('release');
  });

  it('accepts a bare declaration and a create-pipeline input with tags', () => {
    const declaration = JSON.stringify((JSON.parse(VALID) as { pipeline: unknown }).pipeline, null, 2);
    expect(found(declaration)).toEqual([]);
    expect(found(edit('"metadata"', '"tags": [], "metadata"'))).toEqual([]);
  });

  it('reports JSON syntax errors the way the CLI refuses the file', () => {
    const result = parsePipeline(edit('"name": "release",', '"name": "release"'));
    expect(found(edit('"name": "release",', '"name": "release"'))).toEqual(['4:5 error json-syntax']);
    expect(result.diagnostics[0]!.message).toContain("Error parsing parameter '--cli-input-json'");
  });

  it('requires name, roleArn and stages, at the object that lacks them', () => {
    expect(found(edit('"roleArn": "arn:aws:iam::111122223333:role/pipeline",', ''))).toEqual([
      '2:15 error missing-field',
    ]);
  });

  it('checks pipeline, stage and action name patterns', () => {
    const result = parsePipeline(edit('"name": "release"', '"name": "my release"'));
    expect(found(edit('"name": "release"', '"name": "my release"'))).toEqual(['3:13 error invalid-name']);
    expect(result.diagnostics[0]!.message).toMatch(/^ValidationException: .*1 to 100 characters/);
    expect(found(edit('"name": "Deploy",', `"name": "${'D'.repeat(101)}",`))).toEqual(['31:21 error invalid-name']);
  });

  it('needs at least 2 stages', () => {
    const oneStage = `{"name": "p", "roleArn": "r", "artifactStore": {"type": "S3", "location": "bucket"},
 "stages": [{"name": "Source", "actions": [{"name": "S", "actionTypeId": {"category": "Source", "owner": "AWS", "provider": "S3", "version": "1"}, "configuration": {"S3Bucket": "b", "S3ObjectKey": "k"}, "outputArtifacts": [{"name": "Out"}]}]}]}`;
    const result = parsePipeline(oneStage);
    expect(found(oneStage)).toEqual(['2:12 error too-few-stages']);
    expect(result.diagnostics[0]!.message).toMatch(/^InvalidStructureException: The pipeline has 1 stage;/);
  });

  it('refuses duplicate stage names and empty stages', () => {
    expect(found(edit('"name": "Build",\n        "actions"', '"name": "Source",\n        "actions"'))).toEqual([
      '20:17 error duplicate-stage-name',
    ]);
    const empty = edit(
      VALID.slice(VALID.indexOf('[', VALID.indexOf('"name": "Build"')), VALID.lastIndexOf(']\n      }') + 1),
      '[]',
    );
    expect(found(empty)).toEqual(['21:20 error empty-stage']);
  });

  it('allows at most 50 actions in a stage', () => {
    const approvals = Array.from(
      { length: 51 },
      (_, i) =>
        `{ "name": "Approve${i}", "actionTypeId": { "category": "Approval", "owner": "AWS", "provider": "Manual", "version": "1" } }`,
    ).join(', ');
    const crowded = edit(
      '"name": "Build",\n        "actions": [',
      `"name": "Build",\n        "actions": [${approvals}, `,
    );
    const result = parsePipeline(crowded);
    expect(found(crowded)).toEqual(['21:20 error too-many-actions']);
    expect(result.diagnostics[0]!.message).toMatch(/^LimitExceededException: .*at most 50/);
  });

  it('allows at most 500 actions in a pipeline', () => {
    const approvals = Array.from({ length: 50 }, (_, i) => ({
      name: `Approve${i}`,
      actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' },
    }));
    const declaration = JSON.parse(VALID) as { pipeline: { stages: unknown[] } };
    for (let i = 0; i < 10; i++) declaration.pipeline.stages.push({ name: `Approval${i}`, actions: approvals });
    const text = JSON.stringify(declaration);
    const result = parsePipeline(text);
    // At the stages array, on the one line of the file: the column just after `"stages":`.
    const column = text.indexOf('"stages":[') + '"stages":'.length + 1;
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([`1:${column} too-many-actions`]);
    expect(result.diagnostics[0]!.message).toContain('503 actions');
  });

  it('refuses duplicate action names within a stage', () => {
    expect(found(edit('"name": "Deploy",', '"name": "Build",'))).toEqual(['31:21 error duplicate-action-name']);
  });

  it('allows source actions only in the first stage, and only source actions there', () => {
    const moved = edit('"category": "Build"', '"category": "Source"');
    expect(found(moved)).toEqual(['24:43 error source-not-first', '24:81 error unknown-action-type']);
    const notSource = edit(
      '"category": "Source", "owner": "AWS", "provider": "CodeCommit"',
      '"category": "Approval", "owner": "AWS", "provider": "Manual"',
    );
    expect(found(notSource)).toEqual(['13:43 error first-stage-not-source', '15:32 error output-artifact-count']);
    expect(parsePipeline(notSource).diagnostics[0]!.message).toContain('only source actions');
  });

  it('checks runOrder is a whole number from 1 to 999', () => {
    expect(found(edit('"runOrder": 2', '"runOrder": 0'))).toEqual(['33:25 error invalid-run-order']);
    expect(found(edit('"runOrder": 2', '"runOrder": 1000'))).toEqual(['33:25 error invalid-run-order']);
    expect(found(edit('"runOrder": 2', '"runOrder": 1.5'))).toEqual(['33:25 error invalid-run-order']);
  });

  it('knows the categories, owners and AWS providers, suggesting the closest', () => {
    const category = parsePipeline(edit('"category": "Build"', '"category": "Buld"'));
    expect(category.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['24:43 unknown-category']);
    expect(category.diagnostics[0]!.message).toContain('Did you mean "Build"?');
    expect(
      found(edit('"owner": "AWS", "provider": "CodeBuild"', '"owner": "Amazon", "provider": "CodeBuild"')),
    ).toEqual(['24:61 error unknown-owner']);
    const provider = parsePipeline(edit('"provider": "CodeDeploy"', '"provider": "CodeDeplyo"'));
    expect(provider.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['32:81 unknown-action-type']);
    expect(provider.diagnostics[0]!.message).toMatch(
      /^InvalidActionDeclarationException: ActionType \(Category: 'Deploy', Provider: 'CodeDeplyo', Owner: 'AWS', Version: '1'\) in action 'Deploy' is not available\. Did you mean "CodeDeploy"\?/,
    );
  });

  it('accepts any Custom provider and only warns about unknown ThirdParty ones', () => {
    expect(found(edit('"owner": "AWS", "provider": "CodeBuild"', '"owner": "Custom", "provider": "Jenkins"'))).toEqual(
      [],
    );
    expect(found(edit('"owner": "AWS", "provider": "CodeBuild"', '"owner": "ThirdParty", "provider": "Acme"'))).toEqual(
      ['24:87 warning unknown-action-type'],
    );
  });

  it('checks input and output artifact counts per provider', () => {
    const extra = edit(
      '"inputArtifacts": [{ "name": "BuildOutput" }]',
      '"inputArtifacts": [{ "name": "BuildOutput" }, { "name": "SourceOutput" }]',
    );
    const result = parsePipeline(extra);
    expect(found(extra)).toEqual(['35:31 error input-artifact-count']);
    expect(result.diagnostics[0]!.message).toBe(
      'InvalidActionDeclarationException: Action "Deploy" has 2 input artifacts; AWS/Deploy/CodeDeploy takes exactly 1.',
    );
    expect(found(edit('"outputArtifacts": [{ "name": "SourceOutput" }]', '"outputArtifacts": []'))).toEqual([
      '15:32 error output-artifact-count',
      '27:42 error input-not-produced',
    ]);
  });

  it('requires the configuration keys each provider needs', () => {
    const result = parsePipeline(edit('"ProjectName": "app-build"', '"Project": "app-build"'));
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['26:30 missing-configuration']);
    expect(result.diagnostics[0]!.message).toContain("is missing required configuration 'ProjectName'");
    expect(found(edit('"ProjectName": "app-build"', '"ProjectName": 7'))).toEqual([
      '26:47 error configuration-not-a-string',
    ]);
  });

  it('needs output artifact names unique across the pipeline', () => {
    expect(
      found(edit('[{ "name": "BuildOutput" }]\n          },', '[{ "name": "SourceOutput" }]\n          },')),
    ).toEqual(['28:43 error duplicate-output-artifact', '35:42 error input-not-produced']);
  });

  it('needs every input artifact produced by an earlier action', () => {
    const sameRunOrder = edit('"runOrder": 2', '"runOrder": 1');
    const result = parsePipeline(sameRunOrder);
    expect(found(sameRunOrder)).toEqual(['35:42 error input-not-produced']);
    expect(result.diagnostics[0]!.message).toContain('lower runOrder');
    expect(
      found(edit('"inputArtifacts": [{ "name": "BuildOutput" }]', '"inputArtifacts": [{ "name": "Missing" }]')),
    ).toEqual(['35:42 error input-not-produced']);
    expect(
      found(edit('[{ "name": "BuildOutput" }]\n          }\n', '[{ "name": "Bad.Name" }]\n          }\n')),
    ).toEqual(['35:42 error input-not-produced', '35:42 error invalid-artifact-name']);
  });

  it('takes artifactStore or artifactStores, not both, with a bucket per Region', () => {
    const stores = '"artifactStores": { "us-east-1": { "type": "S3", "location": "a-bucket" } },';
    expect(found(edit('"pipelineType"', `${stores} "pipelineType"`))).toEqual(['6:23 error both-artifact-stores']);
    const perRegion = edit('"artifactStore": { "type": "S3", "location": "artifacts-bucket" },', stores);
    expect(found(perRegion)).toEqual([]);
    expect(parsePipeline(perRegion, { region: 'eu-west-1' }).diagnostics.map((d) => d.code)).toEqual([
      'missing-region-store',
    ]);
    const crossRegion = edit('"runOrder": 2,', '"runOrder": 2, "region": "eu-west-1",', perRegion);
    expect(found(crossRegion)).toEqual(['33:38 error missing-region-store']);
    expect(found(edit('"artifactStore": { "type": "S3", "location": "artifacts-bucket" },', ''))).toEqual([
      '2:15 error missing-artifact-store',
    ]);
  });

  it('checks the variable namespace of an action', () => {
    expect(found(edit('"runOrder": 1,', '"runOrder": 1, "namespace": "BuildVariables",'))).toEqual([]);
    expect(found(edit('"runOrder": 1,', '"runOrder": 1, "namespace": "Build.Variables",'))).toEqual([
      '25:41 error invalid-namespace',
    ]);
  });

  it('checks the artifact bucket name', () => {
    expect(found(edit('"location": "artifacts-bucket"', '"location": "my_bucket"'))).toEqual([
      '5:50 error invalid-store-location',
    ]);
  });

  it('keeps source actions in the pipeline Region', () => {
    const stores =
      '"artifactStores": { "us-east-1": {"location": "a-bucket"}, "eu-west-1": {"location": "b-bucket"} },';
    const perRegion = edit('"artifactStore": { "type": "S3", "location": "artifacts-bucket" },', stores);
    const sourceElsewhere = edit(
      '"version": "1" },\n            "configuration": { "RepositoryName"',
      '"version": "1" }, "region": "eu-west-1",\n            "configuration": { "RepositoryName"',
      perRegion,
    );
    const result = parsePipeline(sourceElsewhere);
    expect(found(sourceElsewhere)).toEqual(['13:123 error cross-region-not-allowed']);
    expect(result.diagnostics[0]!.message).toMatch(/^InvalidActionDeclarationException: /);
  });

  it('refuses V2-only fields on a V1 pipeline', () => {
    const v1 = edit('"pipelineType": "V2",', '"pipelineType": "V1", "executionMode": "QUEUED", "variables": [],');
    const result = parsePipeline(v1);
    expect(found(v1)).toEqual(['6:44 error v2-only-field', '6:67 error v2-only-field']);
    expect(result.diagnostics[0]!.message).toContain('V2');
    expect(found(edit('"pipelineType": "V2",', '"pipelineType": "V1", "executionMode": "SUPERSEDED",'))).toEqual([]);
    const commands = edit(
      '"category": "Build", "owner": "AWS", "provider": "CodeBuild"',
      '"category": "Compute", "owner": "AWS", "provider": "Commands"',
    );
    expect(found(commands)).toEqual([]);
    expect(found(edit('"pipelineType": "V2"', '"pipelineType": "V1"', commands))).toEqual([
      '24:43 error v2-only-field',
    ]);
    expect(found(edit('"pipelineType": "V2",', '"executionMode": "PARALLEL", "triggers": [],'))).toEqual([]);
  });

  it('warns about unknown keys with a suggestion, never an error', () => {
    const result = parsePipeline(edit('"runOrder": 1,', '"runOrder": 1, "nameSpace": "BuildVariables",'));
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual([
      '25:28 warning unknown-key',
    ]);
    expect(result.diagnostics[0]!.message).toContain('Did you mean "namespace"?');
  });
});

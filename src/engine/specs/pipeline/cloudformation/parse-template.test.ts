import { describe, expect, it } from 'vitest';
import { parseCloudFormationPipelines } from './parse-template';

/** A valid template; tests replace one line of it. Line numbers below refer to this text. */
const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  PipelineName:
    Type: String
Resources:
  ArtifactBucket:
    Type: AWS::S3::Bucket
  Pipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      Name: !Ref PipelineName
      RoleArn: !GetAtt PipelineRole.Arn
      ArtifactStore:
        Type: S3
        Location: !Ref ArtifactBucket
      Stages:
        - Name: Source
          Actions:
            - Name: Source
              ActionTypeId:
                Category: Source
                Owner: AWS
                Provider: CodeCommit
                Version: 1
              Configuration:
                RepositoryName: app
                BranchName: main
                PollForSourceChanges: false
              OutputArtifacts:
                - Name: SourceOutput
        - Name: Build
          Actions:
            - Name: Build
              ActionTypeId: { Category: Build, Owner: AWS, Provider: CodeBuild, Version: '1' }
              RunOrder: '1'
              Configuration:
                ProjectName: !Sub '\${PipelineName}-build'
              InputArtifacts:
                - Name: SourceOutput
      RestartExecutionOnUpdate: true
      Tags:
        - Key: team
          Value: platform
`;

function edit(from: string, to: string): string {
  expect(TEMPLATE.split(from)).toHaveLength(2);
  return TEMPLATE.replace(from, to);
}

const found = (text: string) =>
  parseCloudFormationPipelines(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);

describe('parseCloudFormationPipelines', () => {
  it('reads a valid template into a declaration, keeping intrinsic functions as their short form', () => {
    const { pipelines, diagnostics } = parseCloudFormationPipelines(TEMPLATE);
    expect(diagnostics).toEqual([]);
    expect(pipelines).toHaveLength(1);
    const [pipeline] = pipelines;
    expect(pipeline!.logicalId).toBe('Pipeline');
    expect(pipeline!.declaration.name).toBe('!Ref PipelineName');
    expect(pipeline!.declaration.roleArn).toBe('!GetAtt PipelineRole.Arn');
    expect(pipeline!.declaration.artifactStore).toEqual({ type: 'S3', location: '!Ref ArtifactBucket' });
    const [source, build] = pipeline!.declaration.stages;
    // CloudFormation passes scalars on as CodePipeline's types: Version 1 is "1", RunOrder '1' is 1.
    expect(source!.actions[0]!.actionTypeId.version).toBe('1');
    expect(source!.actions[0]!.configuration).toEqual({
      RepositoryName: 'app',
      BranchName: 'main',
      PollForSourceChanges: 'false',
    });
    expect(build!.actions[0]!.runOrder).toBe(1);
    expect(build!.actions[0]!.configuration).toEqual({ ProjectName: '!Sub "${PipelineName}-build"' });
    expect(pipeline!.templateProperties).toEqual({
      restartExecutionOnUpdate: true,
      tags: [{ key: 'team', value: 'platform' }],
    });
  });

  it('reports the pipeline rules at the line and column of the offending field', () => {
    expect(found(edit('Category: Source', 'Category: Build'))).toEqual([
      '21:27 error first-stage-not-source',
      '23:27 error unknown-action-type',
    ]);
    expect(
      found(edit('- Name: SourceOutput\n        - Name: Build', '- Name: Source.Output\n        - Name: Build')),
    ).toEqual(['30:25 error invalid-artifact-name', '39:25 error input-not-produced']);
    const missing = parseCloudFormationPipelines(edit('                BranchName: main\n', ''));
    expect(missing.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['26:17 missing-configuration']);
    expect(missing.diagnostics[0]!.message).toMatch(
      /^InvalidActionDeclarationException: Action configuration for action 'Source' is missing required configuration 'BranchName'/,
    );
  });

  it('names fields the way the template writes them', () => {
    const result = parseCloudFormationPipelines(edit('      RoleArn: !GetAtt PipelineRole.Arn\n', ''));
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['11:7 missing-field']);
    expect(result.diagnostics[0]!.message).toContain('has no "RoleArn"');
  });

  it('refuses properties CloudFormation does not know, and wrong types, the way CloudFormation does', () => {
    const unknown = parseCloudFormationPipelines(
      edit('      RestartExecutionOnUpdate: true', '      RestartExecutionOnUpdates: true'),
    );
    expect(unknown.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['40:7 unsupported-property']);
    expect(unknown.diagnostics[0]!.message).toBe(
      'Encountered unsupported property RestartExecutionOnUpdates: AWS::CodePipeline::Pipeline has no such property; did you mean RestartExecutionOnUpdate?',
    );
    const wrong = parseCloudFormationPipelines(
      edit('      Tags:\n        - Key: team\n          Value: platform\n', '      Tags: team\n'),
    );
    expect(wrong.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['41:13 wrong-type']);
    expect(wrong.diagnostics[0]!.message).toContain('Value of property Tags must be of type List');
  });

  it('does not ask for a concrete value where an intrinsic function computes one', () => {
    const computed = edit('                Category: Source\n', '                Category: !Ref SourceCategory\n');
    expect(found(computed)).toEqual([]);
    expect(found(edit("RunOrder: '1'", 'RunOrder: !Ref BuildOrder'))).toEqual([]);
    expect(
      found(
        edit(
          '- Name: SourceOutput\n        - Name: Build',
          "- Name: !Sub '${AWS::StackName}-src'\n        - Name: Build",
        ),
      ),
    ).toEqual([]);
  });

  it('checks the chosen pipeline of several, and says when there is none', () => {
    const two = `${TEMPLATE}  Other:\n    Type: AWS::CodePipeline::Pipeline\n    Properties:\n      RoleArn: x\n`;
    const all = parseCloudFormationPipelines(two);
    expect(all.pipelines.map((p) => p.logicalId)).toEqual(['Pipeline', 'Other']);
    expect(all.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '47:7 missing-artifact-store',
      '47:7 missing-field',
    ]);
    const chosen = parseCloudFormationPipelines(two, { logicalId: 'Pipeline' });
    expect(chosen.diagnostics).toEqual([]);
    expect(chosen.pipelines[1]!.diagnostics).toBeUndefined();
    expect(found(two.replace(/Type: AWS::CodePipeline::Pipeline/g, 'Type: AWS::SNS::Topic'))).toEqual([
      '6:3 info no-pipeline',
    ]);
    const none = parseCloudFormationPipelines(two, { logicalId: 'Release' });
    expect(none.diagnostics.map((d) => d.code)).toEqual(['no-such-pipeline']);
    expect(none.diagnostics[0]!.message).toContain('it has Pipeline, Other');
  });

  it('stops at the first YAML error, as CloudFormation does', () => {
    expect(found(edit('    Properties:\n', '    Properties:\n   bad: [\n'))).toHaveLength(1);
  });

  it('checks that DisableInboundStageTransitions names a stage of the pipeline', () => {
    const text = edit(
      '      RestartExecutionOnUpdate: true\n',
      '      DisableInboundStageTransitions:\n        - StageName: Buld\n          Reason: frozen\n',
    );
    const result = parseCloudFormationPipelines(text);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['41:22 unknown-stage']);
    expect(result.diagnostics[0]!.message).toContain('Did you mean "Build"?');
    expect(found(text.replace('StageName: Buld', 'StageName: Build'))).toEqual([]);
  });

  it('reads JSON templates, long-form intrinsics included, each finding at its line', () => {
    const json = JSON.stringify(
      {
        Resources: {
          Pipeline: {
            Type: 'AWS::CodePipeline::Pipeline',
            Properties: {
              RoleArn: { 'Fn::GetAtt': ['Role', 'Arn'] },
              ArtifactStore: { Type: 'S3', Location: { Ref: 'Bucket' } },
              Stages: [
                {
                  Name: 'Source',
                  Actions: [
                    {
                      Name: 'Source',
                      ActionTypeId: { Category: 'Source', Owner: 'AWS', Provider: 'S3', Version: '1' },
                      Configuration: { S3Bucket: { Ref: 'Bucket' }, S3ObjectKey: 'app.zip' },
                      OutputArtifacts: [{ Name: 'App' }],
                    },
                  ],
                },
                { Name: 'Deploy', Actions: [] },
              ],
            },
          },
        },
      },
      null,
      2,
    );
    const result = parseCloudFormationPipelines(json);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['46:24 empty-stage']);
    expect(result.pipelines[0]!.declaration.roleArn).toBe('!GetAtt Role.Arn');
    expect(result.pipelines[0]!.declaration.stages[0]!.actions[0]!.configuration!.S3Bucket).toBe('!Ref Bucket');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PipelineDeclaration } from '../types';
import { pipelineToCloudFormation } from './export';
import { parseCloudFormationPipelines } from './parse-template';
import { updateCloudFormationTemplate } from './update-template';

const TEMPLATE = `# Release pipeline for the web app.
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Bucket:
    Type: AWS::S3::Bucket # artifacts
  Pipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      RoleArn: !GetAtt [PipelineRole, Arn]   # created below
      Name: !Sub '\${AWS::StackName}-release'
      Stages:
      - Name: Source
        Actions:
        - Name: Source
          ActionTypeId: {Category: Source, Owner: AWS, Provider: CodeCommit, Version: 1}
          Configuration:
            RepositoryName: web   # the app's repository
            BranchName: main
          OutputArtifacts: [{Name: Src}]
      - Name: Build
        Actions:
        - Name: Build
          ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: 1}
          RunOrder: '1'
          Configuration:
            ProjectName: !Ref BuildProject
          InputArtifacts: [{Name: Src}]
      ArtifactStore:
        Type: S3
        Location: !Ref Bucket
  PipelineRole:
    Type: AWS::IAM::Role
`;

const parsed = () => parseCloudFormationPipelines(TEMPLATE).pipelines[0]!;

describe('updateCloudFormationTemplate', () => {
  it('gives back the same text when nothing changed', () => {
    const { declaration, templateProperties } = parsed();
    expect(updateCloudFormationTemplate(TEMPLATE, 'Pipeline', declaration)).toBe(TEMPLATE);
    expect(updateCloudFormationTemplate(TEMPLATE, 'Pipeline', declaration, templateProperties)).toBe(TEMPLATE);
  });

  it('changes only the values that differ, keeping comments, key order, styles and other resources', () => {
    const declaration = structuredClone(parsed().declaration);
    declaration.stages[0]!.actions[0]!.configuration!.BranchName = 'release';
    declaration.stages[1]!.actions.push({
      name: 'Approve',
      actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' },
      runOrder: 2,
    });
    declaration.pipelineType = 'V2';
    const out = updateCloudFormationTemplate(TEMPLATE, 'Pipeline', declaration)!;
    expect(out).toBe(
      TEMPLATE.replace('BranchName: main', 'BranchName: release')
        .replace(
          '          InputArtifacts: [{Name: Src}]\n',
          '          InputArtifacts: [{Name: Src}]\n        - Name: Approve\n          ActionTypeId:\n            Category: Approval\n            Owner: AWS\n            Provider: Manual\n            Version: "1"\n          RunOrder: 2\n',
        )
        .replace('        Location: !Ref Bucket\n', '        Location: !Ref Bucket\n      PipelineType: V2\n'),
    );
    expect(parseCloudFormationPipelines(out).pipelines[0]!.declaration).toEqual(declaration);
  });

  it('rewrites an intrinsic function only when it changed, in short form', () => {
    const declaration = structuredClone(parsed().declaration);
    declaration.artifactStore!.location = '!ImportValue shared-artifacts';
    const out = updateCloudFormationTemplate(TEMPLATE, 'Pipeline', declaration)!;
    expect(out).toBe(TEMPLATE.replace('Location: !Ref Bucket', 'Location: !ImportValue shared-artifacts'));
  });

  it('removes a field with its line', () => {
    const declaration = structuredClone(parsed().declaration);
    delete declaration.stages[1]!.actions[0]!.runOrder;
    expect(updateCloudFormationTemplate(TEMPLATE, 'Pipeline', declaration)).toBe(
      TEMPLATE.replace("          RunOrder: '1'\n", ''),
    );
  });

  it('refuses a template it cannot read or without the resource', () => {
    const { declaration } = parsed();
    expect(updateCloudFormationTemplate(TEMPLATE, 'Release', declaration)).toBeUndefined();
    expect(updateCloudFormationTemplate('Resources: [', 'Pipeline', declaration)).toBeUndefined();
  });
});

describe('pipelineToCloudFormation', () => {
  it('writes a template that reads back to the same declaration, intrinsics as short-form tags', () => {
    const declaration: PipelineDeclaration = {
      ...parsed().declaration,
      version: 3,
      artifactStores: undefined,
    };
    const text = pipelineToCloudFormation(declaration, {
      logicalId: 'Release',
      templateProperties: { tags: [{ key: 'team', value: 'web' }] },
    });
    expect(text).toContain(
      'AWSTemplateFormatVersion: \'2010-09-09\'\nResources:\n  Release:\n    Type: AWS::CodePipeline::Pipeline\n    Properties:\n      Name: !Sub "${AWS::StackName}-release"\n      RoleArn: !GetAtt PipelineRole.Arn\n',
    );
    const back = parseCloudFormationPipelines(text);
    expect(back.diagnostics).toEqual([]);
    // `version` is the pipeline's revision, which CloudFormation does not set.
    const { version: _version, artifactStores: _stores, ...rest } = declaration;
    expect(back.pipelines[0]!.declaration).toEqual(rest);
    expect(back.pipelines[0]!.templateProperties).toEqual({ tags: [{ key: 'team', value: 'web' }] });
  });

  it('writes artifactStores as the template list of Region and ArtifactStore', () => {
    const declaration: PipelineDeclaration = {
      ...parsed().declaration,
      artifactStore: undefined,
      artifactStores: {
        'us-east-1': { type: 'S3', location: 'artifacts-use1' },
        'eu-west-1': { type: 'S3', location: 'artifacts-euw1' },
      },
    };
    const text = pipelineToCloudFormation(declaration);
    expect(text).toContain(
      '      ArtifactStores:\n        - Region: us-east-1\n          ArtifactStore:\n            Type: S3\n',
    );
    expect(parseCloudFormationPipelines(text).pipelines[0]!.declaration.artifactStores).toEqual(
      declaration.artifactStores,
    );
  });
});

describe('reading and updating broken templates', () => {
  it('never throws, whatever is cut from or spliced into a real template', () => {
    const corpus = new URL('../../../../../../shared/corpus/pipeline-cfn/', import.meta.url);
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const splices = ['? ', ': ', '*a', '&a ', '!Ref', '- ', '{', '[', '"', "'", '\n', '\t'];
    for (const file of readdirSync(corpus)) {
      const text = readFileSync(new URL(file, corpus), 'utf8');
      const original = parseCloudFormationPipelines(text).pipelines[0];
      for (let round = 0; round < 8; round++) {
        const at = next(text.length);
        const broken =
          round % 2 === 0 ? text.slice(0, at) : `${text.slice(0, at)}${splices[next(splices.length)]}${text.slice(at)}`;
        const read = parseCloudFormationPipelines(broken);
        for (const pipeline of read.pipelines) {
          expect(() => pipelineToCloudFormation(pipeline.declaration)).not.toThrow();
          if (original !== undefined) {
            const out = updateCloudFormationTemplate(broken, pipeline.logicalId, original.declaration);
            if (out !== undefined) expect(parseCloudFormationPipelines(out).pipelines.length).toBeGreaterThan(0);
          }
        }
      }
    }
  }, 60_000);
});

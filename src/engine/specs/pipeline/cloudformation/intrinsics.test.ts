import { parseDocument, isMap } from 'yaml';
import { describe, expect, it } from 'vitest';
import { intrinsicText, intrinsicToJson, isIntrinsic } from './intrinsics';

/** The declaration text of the value of `key` in a one-key YAML document. */
function textOf(yaml: string): string | undefined {
  const doc = parseDocument(yaml, { version: '1.1' });
  const map = doc.contents;
  if (!isMap(map)) throw new Error('not a map');
  return intrinsicText(map.items[0]!.value);
}

describe('intrinsic functions as declaration text', () => {
  it('writes short and long forms as one short-form text', () => {
    expect(textOf('A: !Ref ArtifactBucket')).toBe('!Ref ArtifactBucket');
    expect(textOf('A: {Ref: ArtifactBucket}')).toBe('!Ref ArtifactBucket');
    expect(textOf('A: !GetAtt [PipelineRole, Arn]')).toBe('!GetAtt PipelineRole.Arn');
    expect(textOf('A:\n  Fn::GetAtt: [PipelineRole, Arn]')).toBe('!GetAtt PipelineRole.Arn');
    expect(textOf("A: !Sub '${AWS::StackName}-pipeline'")).toBe('!Sub "${AWS::StackName}-pipeline"');
    expect(textOf('A: !Ref AWS::Region')).toBe('!Ref AWS::Region');
    expect(textOf("A: !Join ['', [!Ref Env, '-build']]")).toBe('!Join ["", [!Ref Env, "-build"]]');
  });

  it('writes a call whose argument is a call with the inner one in long form', () => {
    expect(textOf('A:\n  Fn::ImportValue: !Sub "${Stack}-Bucket"')).toBe('!ImportValue {"Fn::Sub": "${Stack}-Bucket"}');
    expect(textOf('A: {"Fn::ImportValue": {"Fn::Sub": "x-${B}"}}')).toBe('!ImportValue {"Fn::Sub": "x-${B}"}');
  });

  it('keeps conditional values whole', () => {
    expect(textOf('A: !If [IsProd, {Name: Approve, RunOrder: 1}, !Ref AWS::NoValue]')).toBe(
      '!If [IsProd, {Name: Approve, RunOrder: 1}, !Ref AWS::NoValue]',
    );
  });

  it('reads its own text back to the same text, and to the long form for JSON templates', () => {
    for (const text of [
      '!Ref ArtifactBucket',
      '!Sub "${AWS::StackName}-pipeline"',
      '!Join ["", [!Ref Env, "-build"]]',
      '!ImportValue {"Fn::Sub": "${Stack}-Bucket"}',
      '!If [IsProd, {Name: Approve, RunOrder: 1}, !Ref AWS::NoValue]',
    ]) {
      expect(isIntrinsic(text)).toBe(true);
      expect(textOf(`A: ${text}`)).toBe(text);
    }
    expect(intrinsicToJson('!GetAtt PipelineRole.Arn')).toEqual({ 'Fn::GetAtt': ['PipelineRole', 'Arn'] });
    expect(intrinsicToJson('!ImportValue {"Fn::Sub": "${Stack}-Bucket"}')).toEqual({
      'Fn::ImportValue': { 'Fn::Sub': '${Stack}-Bucket' },
    });
    expect(intrinsicToJson('!Join ["", [!Ref Env, "-build"]]')).toEqual({
      'Fn::Join': ['', [{ Ref: 'Env' }, '-build']],
    });
    expect(isIntrinsic('!Refactor')).toBe(false);
  });
});

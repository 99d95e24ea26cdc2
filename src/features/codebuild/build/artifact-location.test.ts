import { describe, expect, it } from 'vitest';
import { artifactLocation } from './artifact-location';

describe('artifactLocation', () => {
  it('splits a zipped artifact into bucket, key and its folder', () => {
    expect(artifactLocation('arn:aws:s3:::demo-artifacts/3f2a/demo-webapp.zip')).toEqual({
      bucket: 'demo-artifacts',
      key: '3f2a/demo-webapp.zip',
      prefix: '3f2a/',
      zipped: true,
    });
  });

  it('lists an unpackaged artifact as a folder', () => {
    expect(artifactLocation('arn:aws:s3:::b/out')).toMatchObject({ bucket: 'b', key: 'out', prefix: 'out/' });
    expect(artifactLocation(undefined)).toBeUndefined();
  });

  it("lists a pipeline build's output artifact as the one zip it is", () => {
    expect(
      artifactLocation('arn:aws:s3:::codepipeline-us-east-1-123456789012/demo-pipeline/BuildArtif/Ab3xYz9', {
        inPipeline: true,
      }),
    ).toEqual({
      bucket: 'codepipeline-us-east-1-123456789012',
      key: 'demo-pipeline/BuildArtif/Ab3xYz9',
      prefix: 'demo-pipeline/BuildArtif/Ab3xYz9',
      zipped: true,
    });
  });
});

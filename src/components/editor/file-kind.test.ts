import { describe, expect, it } from 'vitest';
import { buildspecVersionOf, detectFileKind, languageOf } from './file-kind';

describe('detectFileKind', () => {
  it('goes by the names CodeBuild and CodeDeploy read', () => {
    expect(detectFileKind('buildspec.yml')).toBe('buildspec');
    expect(detectFileKind('ci/buildspec-test.yaml')).toBe('buildspec');
    expect(detectFileKind('appspec.yml')).toBe('appspec');
    expect(detectFileKind('deploy/appspec.json')).toBe('appspec');
  });

  it('recognises a buildspec or an appspec by its top-level keys when the name says nothing', () => {
    expect(detectFileKind('codebuild_specs/test.yml', 'version: 0.2\nphases:\n  build: {}\n')).toBe('buildspec');
    expect(detectFileKind('deploy.yml', 'version: 0.0\nos: linux\nhooks:\n')).toBe('appspec');
    expect(detectFileKind('deploy.yml', 'version: 0.0\nos: linux\nfiles:\n  - source: /\n')).toBe('appspec');
    expect(detectFileKind('lambda.yaml', 'version: 0.0\nResources:\n  - fn: {}\n')).toBe('appspec');
    expect(detectFileKind('config.yml', 'phases: 1')).toBe('buildspec');
    expect(detectFileKind('config.yml', '  phases: nested')).toBe('yaml');
  });

  it('recognises pipeline declarations among JSON files', () => {
    expect(detectFileKind('pipeline.json')).toBe('pipeline-json');
    expect(detectFileKind('infra/p.json', '{ "pipeline": { "name": "x" } }')).toBe('pipeline-json');
    expect(detectFileKind('package.json', '{ "name": "demo" }')).toBe('json');
  });

  it('treats everything else as plain text, whatever it contains', () => {
    expect(detectFileKind('README.md', 'phases:\n')).toBe('plain');
    expect(detectFileKind('src/server.js')).toBe('plain');
    expect(detectFileKind('Makefile')).toBe('plain');
  });
});

describe('languageOf', () => {
  it('maps kinds to the languages of the slim Monaco entry', () => {
    expect(languageOf('buildspec', 'buildspec.yml')).toBe('yaml');
    expect(languageOf('appspec', 'appspec.yml')).toBe('yaml');
    expect(languageOf('appspec', 'appspec.json')).toBe('json');
    expect(languageOf('pipeline-json', 'p.json')).toBe('json');
    expect(languageOf('plain', 'a.txt')).toBe('plaintext');
  });
});

describe('buildspecVersionOf', () => {
  it('is 0.1 only when the file says so', () => {
    expect(buildspecVersionOf('version: 0.1\nphases: {}')).toBe('0.1');
    expect(buildspecVersionOf("version: '0.1' # old\n")).toBe('0.1');
    expect(buildspecVersionOf('version: 0.2')).toBe('0.2');
    expect(buildspecVersionOf('phases:\n  version: 0.1')).toBe('0.2');
    expect(buildspecVersionOf('')).toBe('0.2');
  });
});

import { describe, expect, it } from 'vitest';
import { validatesKind } from './file-kind';
import { validateSpec } from './validate-spec';

const codes = (kind: Parameters<typeof validateSpec>[0], text: string, context = {}) =>
  validateSpec(kind, text, context).map((d) => `${d.line}:${d.code}`);

describe('validateSpec', () => {
  it('runs every buildspec check, with the account context when given', () => {
    const text = 'version: 0.2\nphases:\n  build:\n    comands:\n      - npm test\n';
    expect(codes('buildspec', text)).toContain('4:unknown-key');
    const withEnv =
      'version: 0.2\nenv:\n  parameter-store:\n    TOKEN: /missing\nphases:\n  build:\n    commands: [ls]\n';
    expect(codes('buildspec', withEnv, { parameterNames: ['/present'] })).toContain('4:unknown-parameter');
    expect(codes('buildspec', withEnv)).not.toContain('4:unknown-parameter');
  });

  it('runs the AppSpec checks on YAML and JSON AppSpec files, with the repository files for one at the root', () => {
    const text = 'version: 0.0\nos: linux\nhooks:\n  BeforeInstal:\n    - location: scripts/install.sh\n';
    expect(codes('appspec', text)).toEqual(['4:unknown-event']);
    expect(validateSpec('appspec', text)[0]!.message).toContain('Did you mean `BeforeInstall`?');
    const files = { repositoryFiles: ['README.md'] };
    expect(codes('appspec', text, { ...files, filePath: 'appspec.yml' })).toEqual([
      '4:unknown-event',
      '5:missing-script',
    ]);
    // Below the root, the revision root is unknown: no file checks.
    expect(codes('appspec', text, { ...files, filePath: 'deploy/appspec.yml' })).toEqual(['4:unknown-event']);
    const json =
      '{\n  "version": 0.0,\n  "Resources": [{ "fn": { "Type": "AWS::Lambda::Function", "Properties": {} } }]\n}\n';
    expect(codes('appspec', json)).toEqual(['3:missing-key', '3:missing-key', '3:missing-key', '3:missing-key']);
    // Monaco's JSON service marks JSON syntax errors in a .json editor; elsewhere the checker says it.
    expect(codes('appspec', '{"version": 0.0,', { filePath: 'appspec.json' })).toEqual([]);
    expect(validateSpec('appspec', '{"version": 0.0,')[0]!.message).toMatch(/^JSON syntax error/);
  });

  it('reports what the YAML loader finds in other YAML: tabs, duplicate keys, an empty file', () => {
    expect(codes('appspec', 'version: 0.0\nos: linux\nos: windows\n').join()).toMatch(/3:/);
    expect(codes('yaml', 'a:\n\tb: 1\n').length).toBeGreaterThan(0);
    expect(codes('yaml', '')).toEqual(['1:empty-file']);
  });

  it('refuses an alias bomb and a file over 5 MB without hanging', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(', ')}]`,
      );
    const started = Date.now();
    expect(validateSpec('buildspec', bomb.join('\n')).some((d) => d.severity === 'error')).toBe(true);
    expect(codes('buildspec', `version: 0.2\n# ${'x'.repeat(5 * 1024 * 1024)}\n`)).toEqual(['1:file-too-large']);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('leaves JSON to Monaco and plain text alone', () => {
    expect(validatesKind('json', 'json')).toBe(false);
    expect(validatesKind('pipeline-json', 'json')).toBe(false);
    expect(validatesKind('plain', 'plaintext')).toBe(false);
    expect(validatesKind('appspec', 'yaml')).toBe(true);
    expect(validatesKind('appspec', 'json')).toBe(true);
    expect(validatesKind('buildspec', 'yaml')).toBe(true);
  });
});

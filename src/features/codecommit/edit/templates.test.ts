import { describe, expect, it } from 'vitest';
import { loadYaml, parseBuildspec } from '../../../engine/specs';
import { FILE_TEMPLATES, templateById } from './templates';

describe('file templates', () => {
  it('the buildspec template is accepted by CodeBuild with no findings at all', () => {
    const template = templateById('buildspec');
    const result = parseBuildspec(template!.text);
    expect(result.diagnostics).toEqual([]);
    expect(Object.keys(result.buildspec?.phases ?? {})).toEqual(['install', 'pre_build', 'build', 'post_build']);
  });

  it('the EC2 appspec template is valid YAML with the documented top-level keys', () => {
    const file = loadYaml(templateById('appspec-ec2')!.text);
    expect(file.diagnostics).toEqual([]);
    const doc = file.doc!.toJS() as Record<string, unknown>;
    expect(doc).toMatchObject({ version: 0, os: 'linux', file_exists_behavior: 'OVERWRITE' });
    expect(Object.keys(doc.hooks as object)).toEqual([
      'ApplicationStop',
      'BeforeInstall',
      'ApplicationStart',
      'ValidateService',
    ]);
  });

  it('every template explains itself in comments', () => {
    for (const t of FILE_TEMPLATES)
      expect(t.text.split('\n').filter((l) => l.trim().startsWith('#')).length).toBeGreaterThan(3);
    expect(templateById('nope')).toBeUndefined();
    expect(templateById(null)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { bundleTypeOf, emptyRevisionForm, toRevisionLocation } from './revision-form-model';

describe('revision form', () => {
  it('starts from a registered revision when the application has one', () => {
    expect(emptyRevisionForm('Server', 2).source).toBe('registered');
    expect(emptyRevisionForm('Server', 0).source).toBe('s3');
    expect(emptyRevisionForm('Lambda', 0)).toMatchObject({ source: 'appspec' });
    expect(emptyRevisionForm('Lambda', 0).content).toContain('AWS::Lambda::Function');
  });

  it('names the bundle type S3 revisions are read as', () => {
    expect(bundleTypeOf('releases/web-v2.zip')).toBe('zip');
    expect(bundleTypeOf('web.tar.gz')).toBe('tgz');
    expect(bundleTypeOf('web.tar')).toBe('tar');
    expect(bundleTypeOf('appspec.yaml')).toBe('YAML');
  });

  it('builds the RevisionLocation CreateDeployment and RegisterApplicationRevision take', () => {
    const form = { ...emptyRevisionForm('Server', 0), bucket: 'demo-artifacts', key: 'web-v2.zip' };
    expect(toRevisionLocation(form, [])).toEqual({
      revisionType: 'S3',
      s3Location: { bucket: 'demo-artifacts', key: 'web-v2.zip', bundleType: 'zip' },
    });
    const appspec = { ...emptyRevisionForm('Lambda', 0), content: 'version: 0.0\n' };
    expect(toRevisionLocation(appspec, [])).toEqual({
      revisionType: 'AppSpecContent',
      appSpecContent: { content: 'version: 0.0\n' },
    });
    const location = { revisionType: 'S3', s3Location: { bucket: 'b', key: 'k', bundleType: 'zip' } } as const;
    expect(
      toRevisionLocation({ ...form, source: 'registered', registered: '0' }, [{ revisionLocation: location }]),
    ).toBe(location);
  });
});

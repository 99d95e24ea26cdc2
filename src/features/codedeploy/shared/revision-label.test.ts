import { describe, expect, it } from 'vitest';
import { versionName } from './revision-label';

describe('versionName', () => {
  it('names an EC2 revision by its bundle and ETag, and instances without one plainly', () => {
    expect(versionName('s3://demo-deploy-revisions-123456789012/demo-web/demo-web-v2.zip#"0a1b2c3d4e5f"')).toBe(
      'demo-web-v2.zip 0a1b2c3d',
    );
    expect(versionName('s3://bucket/app.zip')).toBe('app.zip');
    expect(versionName('none')).toBe('no revision yet');
    expect(versionName('2')).toBe('2');
    expect(versionName('demo-svc:2')).toBe('demo-svc:2');
  });
});

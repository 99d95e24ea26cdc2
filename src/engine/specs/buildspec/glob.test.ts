import { describe, expect, it } from 'vitest';
import { isDynamicLocation, locationMatchesAny } from './glob';

const repo = [
  'README.md',
  '.env',
  'src/index.ts',
  'src/lib/util.ts',
  'target/app.jar',
  'my-build-1/a.txt',
  'my-build-2/sub/b.txt',
];

describe('locationMatchesAny (CodeBuild location patterns)', () => {
  it.each([
    ['**/*', true],
    ['README.md', true],
    ['./README.md', true],
    ['src/*', true],
    ['src/**/*', true],
    ['target/*.jar', true],
    ['src', true],
    ['lib/*', false],
    ['dist/**/*', false],
    ['*.md', true],
    ['*.ts', false],
    ['.env', true],
  ])('%s → %s', (pattern, expected) => {
    expect(locationMatchesAny(pattern, repo)).toBe(expected);
  });

  it('matches relative to base-directory, which may be a top-level pattern', () => {
    expect(locationMatchesAny('*/b.txt', repo, 'my-build-2')).toBe(true);
    expect(locationMatchesAny('a.txt', repo, 'my-build*')).toBe(true);
    expect(locationMatchesAny('a.txt', repo, 'my-build-2')).toBe(false);
    expect(locationMatchesAny('**/*', repo, 'dist')).toBe(false);
  });

  it('knows which locations depend on the build', () => {
    expect(isDynamicLocation('$OUT/app.zip')).toBe(true);
    expect(isDynamicLocation('/tmp/build.json')).toBe(true);
    expect(isDynamicLocation('dist/**/*')).toBe(false);
  });
});

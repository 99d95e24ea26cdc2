import { describe, expect, it } from 'vitest';
import { npmRangeAccepts } from './codeartifact-npm';
import { compareVersions } from './codeartifact-registry';

const VERSIONS = [
  '0.2.3',
  '0.2.9',
  '0.3.0',
  '1.0.0-beta.1',
  '1.0.0',
  '1.2.3',
  '1.2.9',
  '1.3.0',
  '1.9.9',
  '2.0.0',
  '2.1.0',
];
const matching = (range: string) => {
  const accepts = npmRangeAccepts(range, compareVersions);
  return accepts ? VERSIONS.filter(accepts) : undefined;
};

describe("npm's version ranges, as node-semver reads them", () => {
  it.each([
    ['1.2.3', ['1.2.3']],
    ['=1.2.3', ['1.2.3']],
    ['^1.2.3', ['1.2.3', '1.2.9', '1.3.0', '1.9.9']],
    ['^0.2.3', ['0.2.3', '0.2.9']],
    ['~1.2.3', ['1.2.3', '1.2.9']],
    ['~1', ['1.0.0', '1.2.3', '1.2.9', '1.3.0', '1.9.9']],
    ['1.x', ['1.0.0', '1.2.3', '1.2.9', '1.3.0', '1.9.9']],
    ['1.2', ['1.2.3', '1.2.9']],
    ['>=1.3.0 <2.1', ['1.3.0', '1.9.9', '2.0.0']],
    ['>1.9', ['2.0.0', '2.1.0']],
    ['<=1.2', ['0.2.3', '0.2.9', '0.3.0', '1.0.0', '1.2.3', '1.2.9']],
    ['1.2.9 - 2.0.0', ['1.2.9', '1.3.0', '1.9.9', '2.0.0']],
    ['^0.3.0 || ^2.1.0', ['0.3.0', '2.1.0']],
    ['*', VERSIONS.filter((v) => !v.includes('-'))],
    ['latest', VERSIONS.filter((v) => !v.includes('-'))],
    ['1.0.0-beta.1', ['1.0.0-beta.1']],
  ])('%s accepts %j', (range, expected) => {
    expect(matching(range)).toEqual(expected);
  });

  it('leaves tarball URLs, git and file: specs to npm itself', () => {
    for (const spec of ['https://example.com/x.tgz', 'git+ssh://git@github.com/a/b.git', 'file:../lib', 'acme/widgets'])
      expect(matching(spec)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { describeRow, readmeOf, toFolderRows } from './folder-rows';

const file = (absolutePath: string, fileMode: 'NORMAL' | 'EXECUTABLE' = 'NORMAL') => ({
  blobId: 'b',
  absolutePath,
  relativePath: absolutePath.split('/').pop() as string,
  fileMode,
});
const folder = (absolutePath: string) => ({
  treeId: 't',
  absolutePath,
  relativePath: absolutePath.split('/').pop() as string,
});

describe('folder listing', () => {
  it('lists folders first, then files, each by name ignoring case', () => {
    const rows = toFolderRows({
      subFolders: [folder('tests'), folder('scripts'), folder('src')],
      files: [file('package.json'), file('README.md'), file('appspec.yml'), file('buildspec.yml')],
    });
    expect(rows.map((r) => r.name)).toEqual([
      'scripts',
      'src',
      'tests',
      'appspec.yml',
      'buildspec.yml',
      'package.json',
      'README.md',
    ]);
    expect(rows[0]).toEqual({ kind: 'folder', name: 'scripts', path: 'scripts' });
  });

  it('sorts numbered names the way people count', () => {
    const rows = toFolderRows({ subFolders: [], files: [file('step10.sh'), file('step2.sh')] });
    expect(rows.map((r) => r.name)).toEqual(['step2.sh', 'step10.sh']);
  });

  it('finds the README of the folder', () => {
    expect(readmeOf({ files: [file('src/readme.MD'), file('src/a.js')] })).toBe('src/readme.MD');
    expect(readmeOf({ files: [file('a.js')] })).toBeUndefined();
  });

  it('says what kind of entry each row is', () => {
    const [script] = toFolderRows({ subFolders: [], files: [file('scripts/start.sh', 'EXECUTABLE')] });
    expect(script && describeRow(script)).toBe('Executable file');
  });
});

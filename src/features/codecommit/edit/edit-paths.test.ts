import { describe, expect, it } from 'vitest';
import { editPath, joinFilePath, newFilePath, uploadPath } from './edit-paths';

describe('editing addresses', () => {
  it('encode the branch as one segment and keep the path slashes', () => {
    expect(editPath('demo-webapp', 'feature/dark-mode', 'src/a b.js')).toBe(
      '/codecommit/repositories/demo-webapp/edit/feature%2Fdark-mode/src/a%20b.js',
    );
    expect(newFilePath('r', 'main', '')).toBe('/codecommit/repositories/r/new/main');
    expect(newFilePath('r', 'main', 'scripts', 'buildspec')).toBe(
      '/codecommit/repositories/r/new/main/scripts?template=buildspec',
    );
    expect(uploadPath('r', 'main', 'assets/img')).toBe('/codecommit/repositories/r/upload/main/assets/img');
  });
});

describe('joinFilePath', () => {
  it('joins a folder and a name, allowing sub-folders in the name', () => {
    expect(joinFilePath('', 'buildspec.yml')).toEqual({ path: 'buildspec.yml' });
    expect(joinFilePath('src', ' lib/util.js ')).toEqual({ path: 'src/lib/util.js' });
  });

  it('explains names the service would refuse', () => {
    expect(joinFilePath('', '  ')).toEqual({ problem: 'Enter a file name.' });
    expect(joinFilePath('', '/etc/passwd')).toHaveProperty('problem');
    expect(joinFilePath('', 'a//b')).toHaveProperty('problem');
    expect(joinFilePath('src', '../x')).toHaveProperty('problem');
    expect(joinFilePath('', '.git/config')).toHaveProperty('problem');
  });
});

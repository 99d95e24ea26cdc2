import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../command';
import { ENVIRONMENT_DIR, HOME, createMemoryFs, normalizePath } from '../workspace/fs';
import { FILE_PROGRAMS } from '.';

// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

function terminal() {
  const fs = createMemoryFs();
  let cwd = ENVIRONMENT_DIR;
  return {
    fs,
    get cwd() {
      return cwd;
    },
    async run(line: string, stdin = '') {
      const argv = line.split(' ');
      let out = '';
      let err = '';
      const ctx: CommandContext = {
        argv,
        stdin,
        io: { out: (t) => (out += t), err: (t) => (err += t) },
        fs,
        env: { HOME },
        cwd,
        setCwd: (p) => (cwd = p),
        resolve: (p) => normalizePath(p.startsWith('/') ? p : p.startsWith('~') ? HOME + p.slice(1) : `${cwd}/${p}`),
        signal: new AbortController().signal,
      };
      const status = await FILE_PROGRAMS[argv[0]!]!.run(ctx);
      return { status, out: plain(out), err };
    },
  };
}

describe('file utilities', () => {
  it('mkdir -p, cd, pwd, ls and ls -a', async () => {
    const t = terminal();
    expect((await t.run('mkdir a/b')).err).toBe('mkdir: cannot create directory ‘a/b’: No such file or directory\n');
    expect((await t.run('mkdir -p a/b')).status).toBe(0);
    await t.run('touch a/z.txt');
    await t.run('cd a');
    expect((await t.run('pwd')).out).toBe(`${ENVIRONMENT_DIR}/a\n`);
    expect((await t.run('ls')).out).toBe('b  z.txt\n');
    expect((await t.run('ls -a')).out).toBe('.  ..  b  z.txt\n');
    expect(await t.run('ls nope')).toEqual({
      status: 2,
      out: '',
      err: "ls: cannot access 'nope': No such file or directory\n",
    });
    expect((await t.run('cd z.txt')).err).toBe('bash: cd: z.txt: Not a directory\n');
    await t.run('cd');
    expect(t.cwd).toBe(HOME);
  });

  it('cat, head, tail and wc count as coreutils do', async () => {
    const t = terminal();
    t.fs.write(`${ENVIRONMENT_DIR}/n.txt`, '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n');
    expect((await t.run('head -3 n.txt')).out).toBe('1\n2\n3\n');
    expect((await t.run('tail -n 2 n.txt')).out).toBe('11\n12\n');
    expect((await t.run('wc n.txt')).out).toBe('12 12 27 n.txt\n');
    expect((await t.run('wc -l n.txt')).out).toBe('12 n.txt\n');
    expect((await t.run('cat missing')).err).toBe('cat: missing: No such file or directory\n');
    expect((await t.run('wc', 'a b\nc\n')).out).toBe('      2       3       6\n');
  });

  it('cp, mv and rm, refusing a folder without -r', async () => {
    const t = terminal();
    t.fs.write(`${ENVIRONMENT_DIR}/a.txt`, 'a');
    await t.run('mkdir d');
    await t.run('cp a.txt d');
    expect(t.fs.readText(`${ENVIRONMENT_DIR}/d/a.txt`)).toBe('a');
    expect((await t.run('cp d e')).err).toBe("cp: -r not specified; omitting directory 'd'\n");
    await t.run('cp -r d e');
    await t.run('mv a.txt b.txt');
    expect(t.fs.list(ENVIRONMENT_DIR)).toEqual(['b.txt', 'd', 'e']);
    expect((await t.run('rm d')).err).toBe("rm: cannot remove 'd': Is a directory\n");
    await t.run('rm -r d');
    expect((await t.run('rm gone')).err).toBe("rm: cannot remove 'gone': No such file or directory\n");
    expect((await t.run('rm -f gone')).status).toBe(0);
  });

  it('grep finds lines, numbers them, counts, inverts, and reads basic regular expressions', async () => {
    const t = terminal();
    t.fs.write(`${ENVIRONMENT_DIR}/app.js`, 'const a = 1;\nconsole.log(a);\n// TODO fix\n');
    expect((await t.run('grep -n console app.js')).out).toBe('2:console.log(a);\n');
    expect((await t.run('grep -c -v console app.js')).out).toBe('2\n');
    expect((await t.run('grep log(a) app.js')).out).toBe('console.log(a);\n');
    expect((await t.run('grep -E TODO|const app.js')).out).toBe('const a = 1;\n// TODO fix\n');
    expect((await t.run('grep -r TODO .')).out).toBe('./app.js:// TODO fix\n');
    expect((await t.run('grep nothing app.js')).status).toBe(1);
  });
});

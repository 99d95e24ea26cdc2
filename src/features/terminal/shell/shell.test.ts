import { describe, expect, it } from 'vitest';
import type { TerminalProgram } from '../command';
import { FILE_PROGRAMS } from '../files';
import { createMemoryFs, ensureDirectory } from '../workspace/fs';
import { createBuiltins } from './builtins';
import { CommandHistory } from './history';
import { applyKey, EMPTY_LINE, pastedLines, redraw, type LineState } from './line-editor';
import { needsMoreInput, Shell } from './shell';

function setup() {
  const fs = createMemoryFs();
  ensureDirectory(fs, '/home/ec2-user/environment');
  const history = new CommandHistory();
  const programs: Record<string, TerminalProgram> = {};
  const shell = new Shell({ fs, programs: () => programs, columns: () => 80 });
  Object.assign(
    programs,
    FILE_PROGRAMS,
    createBuiltins({
      state: shell.state,
      history,
      programs: () => programs,
      clearScreen: () => undefined,
      exit: () => undefined,
    }),
  );
  const run = async (line: string) => {
    let out = '';
    let err = '';
    const status = await shell.run(
      line,
      { out: (t) => (out += t), err: (t) => (err += t) },
      new AbortController().signal,
    );
    return { status, out, err };
  };
  return { fs, shell, history, run };
}

describe('the shell', () => {
  it('runs && only after success and || only after failure', async () => {
    const { run } = setup();
    expect((await run('false && echo no || echo yes')).out).toBe('yes\n');
    expect((await run('true && echo a; echo b')).out).toBe('a\nb\n');
  });

  it('expands quotes, $VAR, ${VAR:-default}, $? and $(...), and keeps export', async () => {
    const { run } = setup();
    await run('export NAME=demo');
    expect((await run('echo "$NAME-pipeline" \'$NAME\' ${MISSING:-fallback} $(echo sub)')).out).toBe(
      'demo-pipeline $NAME fallback sub\n',
    );
    await run('false');
    expect((await run('echo $?')).out).toBe('1\n');
  });

  it('pipes output into the next command and redirects into files', async () => {
    const { run, fs } = setup();
    await run('echo one > notes.txt; echo two >> notes.txt');
    expect(fs.readText('/home/ec2-user/environment/notes.txt')).toBe('one\ntwo\n');
    expect((await run('cat notes.txt | wc -l')).out).toBe('2\n');
    expect((await run('grep -c o < notes.txt')).out).toBe('2\n');
  });

  it('says command not found with status 127', async () => {
    expect(await setup().run('terraform plan')).toEqual({
      status: 127,
      out: '',
      err: 'bash: terraform: command not found\n',
    });
  });

  it('asks for more input while a quote is open', () => {
    expect(needsMoreInput('aws x --cli-input-json \'{"a":')).toBe(true);
    expect(needsMoreInput('echo "done"')).toBe(false);
  });
});

describe('history', () => {
  const storage = () => {
    const items = new Map<string, string>();
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
  };

  it('keeps a repeated command once, walks back and forth, and restores the line being typed', () => {
    const history = new CommandHistory(storage());
    history.add('ls');
    history.add('ls');
    history.add('git status');
    expect(history.list()).toEqual(['ls', 'git status']);
    expect(history.previous('aws co')).toBe('git status');
    expect(history.previous('')).toBe('ls');
    expect(history.previous('')).toBeUndefined();
    expect(history.next()).toBe('git status');
    expect(history.next()).toBe('aws co');
  });

  it('is saved in storage and read back by the next session', () => {
    const saved = storage();
    new CommandHistory(saved).add('aws codepipeline list-pipelines');
    expect(new CommandHistory(saved).list()).toEqual(['aws codepipeline list-pipelines']);
  });

  it('history prints numbered entries', async () => {
    const { history, run } = setup();
    history.add('ls');
    history.add('pwd');
    expect((await run('history')).out).toBe('    1  ls\n    2  pwd\n');
  });
});

describe('line editing', () => {
  const keys = (...data: string[]) =>
    data.reduce<LineState | string>((s, d) => (typeof s === 'string' ? s : applyKey(s, d)), EMPTY_LINE);

  it('inserts at the cursor and moves with arrows, Home and End', () => {
    expect(keys('ac', '\x1b[D', 'b')).toEqual({ text: 'abc', cursor: 2 });
    expect(keys('bc', '\x01', 'a', '\x05', 'd')).toEqual({ text: 'abcd', cursor: 4 });
  });

  it('deletes with Backspace, Delete, Ctrl+U, Ctrl+K and Ctrl+W', () => {
    expect(keys('abc', '\x7f')).toEqual({ text: 'ab', cursor: 2 });
    expect(keys('abc', '\x01', '\x1b[3~')).toEqual({ text: 'bc', cursor: 0 });
    expect(keys('git status', '\x1b[D', '\x1b[D', '\x15')).toEqual({ text: 'us', cursor: 0 });
    expect(keys('git status', '\x01', '\x1b[C', '\x0b')).toEqual({ text: 'g', cursor: 1 });
    expect(keys('aws deploy list', '\x17')).toEqual({ text: 'aws deploy ', cursor: 11 });
  });

  it('turns Enter, Tab, Ctrl+C, Ctrl+L and Up into actions', () => {
    expect(keys('ls', '\r')).toBe('submit');
    expect(keys('a', '\t')).toBe('complete');
    expect(keys('a', '\x03')).toBe('interrupt');
    expect(keys('\x0c')).toBe('clear-screen');
    expect(keys('\x1b[A')).toBe('history-prev');
    expect(keys('\x04')).toBe('eof');
  });

  it('splits pasted text into lines', () => {
    expect(pastedLines('echo a\recho b\r')).toEqual(['echo a', 'echo b', '']);
    expect(pastedLines('x')).toBeUndefined();
  });

  it('redraws a line that wraps: up to its first row, then to the cursor', () => {
    const [out, row] = redraw('$ ', { text: 'a'.repeat(15), cursor: 3 }, 10, 1);
    expect(out.startsWith('\x1b[1A\r\x1b[J$ ')).toBe(true);
    expect(out.endsWith('\x1b[1A\r\x1b[5C')).toBe(true);
    expect(row).toBe(0);
  });
});

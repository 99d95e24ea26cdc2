import type { SimContext } from '../../core/simulation';
import type { SimMillis } from '../../core/time';
import type { BuildspecReportGroup } from '../../specs';
import type { World } from '../../world';
import type { Build, BuildRun, ShellState } from '../state';
import { arithmetic, replacePattern, trimPattern } from './expand';
import {
  parseScript,
  parseWordText,
  type AndOr,
  type Command,
  type Pipeline,
  type Redirect,
  type SimpleCommand,
  type Word,
} from './parse';
import { assign, dirname, resolvePath, Workspace } from './workspace';

/**
 * What any simulated shell needs from where it runs: the world, its output, virtual time and the seeded PRNG.
 * CodeBuild's container is one host; CodeDeploy's agent running hook scripts on an instance is another.
 */
export interface BaseShellHost {
  readonly world: World;
  /** Virtual time when the shell's clock (elapsed) was 0. */
  readonly start: SimMillis;
  /** Writes one line of command output to the log at a virtual time. */
  print(at: SimMillis, line: string): void;
  /** A deterministic integer in [min, max] from the world's PRNG. */
  rand(min: number, max: number): number;
}

/** What the shell needs from the build, beyond the base host: the build, its container and report groups. */
export interface ShellHost extends BaseShellHost {
  readonly build: Build;
  readonly run: BuildRun;
  readonly privileged: boolean;
  /** The buildspec's report groups: where test tools write their result files. */
  readonly reports: readonly BuildspecReportGroup[];
  /** The simulation, for tools that call other services as the build's role (`aws codeartifact`, `npm install`). */
  readonly ctx?: SimContext;
}

/** Where a command's output goes: the log, a capture buffer (pipe, `$( )`), or a file. */
export interface Io {
  stdin: string;
  out(text: string): void;
  err(text: string): void;
}

export interface ToolCall<H extends BaseShellHost = ShellHost> {
  readonly argv: string[];
  readonly io: Io;
  readonly shell: Shell<H>;
}

/** A simulated program: prints, reads and writes files, takes virtual time, and returns its exit status. */
export type Tool<H extends BaseShellHost = ShellHost> = (call: ToolCall<H>) => number;

/** `exit N` unwinds to the buildspec command that ran it. */
export class ExitSignal {
  constructor(readonly status: number) {}
}

const COMMAND_COST_MS = 3;
const NO_ASSIGNS: { name: string; value: string; append: boolean }[] = [];
const noop = () => {};
const MAX_DEPTH = 8;

/** The log as an output sink: each line stamped with the shell's current virtual time. */
function logSink<H extends BaseShellHost>(shell: Shell<H>): (text: string) => void {
  return (text) => {
    if (text === '') return;
    const body = text.endsWith('\n') ? text.slice(0, -1) : text;
    for (const line of body.split('\n')) shell.host.print(shell.now(), line);
  };
}

/**
 * The simulated build shell: a pure interpreter of the commands in a buildspec. It expands words like bash,
 * runs builtins and simulated tools, and keeps its state (variables, exports, working directory, `set -e`) in
 * the build's `ShellState` so version 0.2 carries it from one command and phase to the next.
 */
export class Shell<H extends BaseShellHost = ShellHost> {
  /** Virtual milliseconds the commands have taken so far. */
  elapsed = 0;
  lastStatus = 0;
  depth = 0;
  private substitutionStatus: number | undefined;
  private logIo: Io | undefined;
  readonly fs: Workspace;

  constructor(
    readonly host: H,
    readonly state: ShellState,
    readonly tools: Readonly<Record<string, Tool<H>>>,
    fs?: Workspace,
  ) {
    this.fs = fs ?? containerWorkspace(host);
  }

  now(): SimMillis {
    return (this.host.start + this.elapsed) as SimMillis;
  }

  elapse(ms: number): void {
    this.elapsed += Math.max(0, Math.round(ms));
  }

  get(name: string): string | undefined {
    if (Object.hasOwn(this.state.vars, name)) return this.state.vars[name];
    if (Object.hasOwn(this.state.env, name)) return this.state.env[name];
    switch (name) {
      case '?':
        return String(this.lastStatus);
      case '$':
        return '4242';
      case '!':
        return '4243';
      case '#':
        return '0';
      case '0':
        return 'bash';
      case '-':
        return this.state.errexit ? 'ehB' : 'hB';
      case 'PWD':
        return this.state.cwd;
      case '@':
      case '*':
        return '';
      default:
        return undefined;
    }
  }

  set(name: string, value: string): void {
    if (Object.hasOwn(this.state.env, name)) define(this.state.env, name, value);
    else define(this.state.vars, name, value);
  }

  exportVar(name: string, value?: string): void {
    const current = value ?? this.get(name);
    if (Object.hasOwn(this.state.vars, name)) delete this.state.vars[name];
    if (current !== undefined) define(this.state.env, name, current);
  }

  unset(name: string): void {
    delete this.state.vars[name];
    delete this.state.env[name];
  }

  resolve(path: string): string {
    return resolvePath(this.state.cwd, path);
  }

  /** A child shell for `$( )`, `bash -c` and scripts: a copy of the state, the same files and clock. */
  subshell(): Shell<H> {
    const child = new Shell(
      this.host,
      {
        env: { ...this.state.env },
        vars: { ...this.state.vars },
        cwd: this.state.cwd,
        errexit: this.state.errexit,
        pipefail: this.state.pipefail,
      },
      this.tools,
      this.fs,
    );
    child.elapsed = this.elapsed;
    child.depth = this.depth + 1;
    child.lastStatus = this.lastStatus;
    return child;
  }

  /** Runs a buildspec command (one line or a `|` block) and returns its exit status. */
  runCommand(text: string): number {
    this.logIo ??= { stdin: '', out: logSink(this), err: logSink(this) };
    const io = this.logIo;
    try {
      return this.runScript(text, io);
    } catch (e) {
      if (e instanceof ExitSignal) return e.status;
      throw e;
    }
  }

  /** Runs script text with the given streams; `exit` propagates as ExitSignal. */
  runScript(text: string, io: Io): number {
    if (this.depth > MAX_DEPTH) {
      io.err('bash: maximum nesting level exceeded\n');
      return 1;
    }
    let status = 0;
    for (const item of parseScript(text)) {
      status = this.runAndOr(item, io);
      if (status !== 0 && this.state.errexit && !item.background) throw new ExitSignal(status);
    }
    return status;
  }

  private runAndOr(item: AndOr, io: Io): number {
    let status = this.runPipeline(item.first, io);
    for (const { op, pipeline } of item.rest) {
      if ((op === '&&') === (status === 0)) status = this.runPipeline(pipeline, io);
    }
    this.lastStatus = item.background ? 0 : status;
    return this.lastStatus;
  }

  private runPipeline(pipeline: Pipeline, io: Io): number {
    const { commands } = pipeline;
    let status: number;
    if (commands.length === 1) status = this.runOne(commands[0] as Command, io);
    else {
      let stdin = io.stdin;
      let failed = 0;
      status = 0;
      for (let i = 0; i < commands.length; i++) {
        const last = i === commands.length - 1;
        let captured = '';
        const stageIo: Io = last ? { ...io, stdin } : { stdin, out: (t) => (captured += t), err: io.err };
        status = this.runOne(commands[i] as Command, stageIo);
        if (status !== 0) failed = status;
        stdin = captured;
      }
      if (this.state.pipefail && failed !== 0) status = failed;
    }
    return pipeline.negate ? (status === 0 ? 1 : 0) : status;
  }

  private runOne(command: Command, io: Io): number {
    this.elapse(COMMAND_COST_MS);
    if (command.kind === 'compound') {
      const first = command.text.split('\n')[0]?.slice(0, 60) ?? '';
      io.err(
        `cicdlab: simulated ${command.keyword.startsWith('function') ? 'definition of' : 'block'} '${first}${first.length < command.text.length ? '…' : ''}' (not interpreted): exit status 0\n`,
      );
      return 0;
    }
    return this.runSimple(command, io);
  }

  private runSimple(command: SimpleCommand, io: Io): number {
    this.substitutionStatus = undefined;
    const argv: string[] = [];
    for (const w of command.words) for (const field of this.expandWord(w, io, true)) argv.push(field);
    const assigns =
      command.assigns.length === 0
        ? NO_ASSIGNS
        : command.assigns.map((a) => ({ ...a, value: this.expandWord(a.value, io, false).join('') }));
    let streams: Io = io;
    let finish: () => void = noop;
    try {
      if (command.redirects.length > 0) [streams, finish] = this.redirect(command.redirects, io);
    } catch (e) {
      if (e instanceof RedirectError) {
        io.err(`${e.message}\n`);
        return 1;
      }
      throw e;
    }
    if (argv.length === 0) {
      for (const a of assigns) this.set(a.name, a.append ? (this.get(a.name) ?? '') + a.value : a.value);
      finish();
      // Nothing left to run: the status is that of the last command substitution, as in bash.
      return this.substitutionStatus ?? 0;
    }
    if (assigns.length === 0) {
      try {
        return this.exec(argv, streams);
      } finally {
        finish();
      }
    }
    // `NAME=value command`: the variable is in the command's environment only.
    const saved = assigns.map((a) => ({
      name: a.name,
      env: this.state.env[a.name],
      had: Object.hasOwn(this.state.env, a.name),
    }));
    for (const a of assigns) define(this.state.env, a.name, a.value);
    try {
      return this.exec(argv, streams);
    } finally {
      for (const s of saved) {
        if (s.had) define(this.state.env, s.name, s.env as string);
        else delete this.state.env[s.name];
      }
      finish();
    }
  }

  /** Runs argv[0] as a builtin, a simulated tool, a script file or an unknown (simulated) program. */
  exec(argv: string[], io: Io): number {
    const name = argv[0] as string;
    const tool = Object.hasOwn(this.tools, name) ? this.tools[name] : undefined;
    if (tool) return tool({ argv, io, shell: this });
    const base = name.slice(name.lastIndexOf('/') + 1);
    if (name.includes('/')) {
      const path = this.resolve(name);
      // Build tool wrappers (./gradlew, ./mvnw) run the tool they wrap.
      const wrapped = base === 'gradlew' || base === 'mvnw' ? this.tools[base] : undefined;
      if (wrapped && this.fs.isFile(path)) return wrapped({ argv: [base, ...argv.slice(1)], io, shell: this });
      if (this.fs.isFile(path)) {
        if ((this.fs.read(path) ?? '').startsWith('\u007fELF')) {
          io.err(
            `cicdlab: simulated '${argv.slice(0, 3).join(' ')}' (a binary the simulator cannot run): exit status 0\n`,
          );
          return 0;
        }
        return this.runFile(path, argv.slice(1), io);
      }
      const known =
        Object.hasOwn(this.tools, base) && /^\/(usr\/)?(local\/)?s?bin\//.test(name) ? this.tools[base] : undefined;
      if (known) return known({ argv: [base, ...argv.slice(1)], io, shell: this });
      if (this.fs.isDir(path)) {
        io.err(`/codebuild/output/tmp/script.sh: line 1: ${name}: Is a directory\n`);
        return 126;
      }
      if (name.startsWith('./') || name.startsWith('../') || name.startsWith(this.state.cwd)) {
        io.err(`/codebuild/output/tmp/script.sh: line 1: ${name}: No such file or directory\n`);
        return 127;
      }
    }
    io.err(
      `cicdlab: simulated '${argv.slice(0, 3).join(' ')}${argv.length > 3 ? ' …' : ''}' (not modelled): exit status 0\n`,
    );
    return 0;
  }

  /** A script file in the workspace, run line by line in a child shell. */
  runFile(path: string, args: string[], io: Io): number {
    const text = this.fs.read(path) ?? '';
    const child = this.subshell();
    args.forEach((a, i) => define(child.state.vars, String(i + 1), a));
    define(child.state.vars, '#', String(args.length));
    define(child.state.vars, '@', args.join(' '));
    try {
      return child.runScript(text.replace(/^#![^\n]*\n/, ''), io);
    } catch (e) {
      if (e instanceof ExitSignal) return e.status;
      throw e;
    } finally {
      this.elapsed = child.elapsed;
    }
  }

  /** `$(...)`: the output of a child shell, trailing newlines removed. */
  substitute(src: string, io: Io): string {
    const child = this.subshell();
    let captured = '';
    try {
      child.runScript(src, { stdin: '', out: (t) => (captured += t), err: io.err });
    } catch (e) {
      if (!(e instanceof ExitSignal)) throw e;
    }
    this.elapsed = child.elapsed;
    this.lastStatus = child.lastStatus;
    this.substitutionStatus = child.lastStatus;
    return captured.replace(/\n+$/, '');
  }

  /** Expands a word: tilde, parameters, `$( )`, arithmetic; then field splitting and globbing when unquoted. */
  expandWord(word: Word, io: Io, split: boolean): string[] {
    if (word.length === 1 && word[0]?.t === 'lit' && (word[0].q || !/[*?[{]/.test(word[0].v))) return [word[0].v];
    if (split) {
      const braces = braceAlternatives(word);
      if (braces) return braces.flatMap((w) => this.expandWord(w, io, split));
    }
    const fields: string[] = [];
    let current = '';
    let hasField = false;
    let globbable = false;
    const push = (text: string, quoted: boolean) => {
      if (quoted || !split) {
        current += text;
        hasField = true;
        return;
      }
      const pieces = text.split(/[ \t\n]+/);
      pieces.forEach((piece, i) => {
        if (i > 0 && (hasField || current !== '')) {
          fields.push(current);
          current = '';
          hasField = false;
        }
        current += piece;
        if (piece !== '') hasField = true;
      });
    };
    for (const part of word) {
      switch (part.t) {
        case 'lit':
          current += part.v;
          hasField = true;
          if (!part.q && /[*?[]/.test(part.v)) globbable = true;
          break;
        case 'tilde':
          current += this.get('HOME') ?? '/root';
          hasField = true;
          break;
        case 'var':
          push(this.parameter(part.name, part.op, part.arg, part.q, io), part.q);
          break;
        case 'cmd':
          push(this.substitute(part.src, io), part.q);
          break;
        case 'arith':
          push(
            String(arithmetic(part.src.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, '$1'), (n) => this.get(n))),
            part.q,
          );
          break;
      }
    }
    if (hasField || current !== '') fields.push(current);
    if (split && globbable) return fields.flatMap((f) => (/[*?[]/.test(f) ? this.fs.glob(this.state.cwd, f) : [f]));
    return fields;
  }

  private parameter(name: string, op: string | undefined, arg: string | undefined, quoted: boolean, io: Io): string {
    const value = this.get(name);
    if (op === undefined) return value ?? '';
    const word = () => this.expandWord(parseWordText(arg ?? '', quoted), io, false).join('');
    switch (op) {
      case 'len':
        return String((value ?? '').length);
      case ':-':
        return value ? value : word();
      case '-':
        return value !== undefined ? value : word();
      case ':=':
      case '=': {
        if (value && op === ':=') return value;
        if (value !== undefined && op === '=') return value;
        const v = word();
        this.set(name, v);
        return v;
      }
      case ':+':
        return value ? word() : '';
      case '+':
        return value !== undefined ? word() : '';
      case ':?':
      case '?':
        if (value) return value;
        throw new ExitSignal(1);
      case '#':
      case '##':
      case '%':
      case '%%':
        return trimPattern(value ?? '', op, word());
      case '/':
      case '//':
        return replacePattern(value ?? '', op === '//', arg ?? '');
      case '^^':
        return (value ?? '').toUpperCase();
      case ',,':
        return (value ?? '').toLowerCase();
      case '^':
        return (value ?? '').charAt(0).toUpperCase() + (value ?? '').slice(1);
      case ',':
        return (value ?? '').charAt(0).toLowerCase() + (value ?? '').slice(1);
      case ':': {
        const [offset = '0', length] = (arg ?? '').split(':');
        const v = value ?? '';
        const start = Number.parseInt(offset.trim(), 10) || 0;
        const from = start < 0 ? Math.max(0, v.length + start) : start;
        return length === undefined ? v.slice(from) : v.slice(from, from + (Number.parseInt(length, 10) || 0));
      }
      default:
        return value ?? '';
    }
  }

  /** Applies redirections: returns the streams the command uses and a function that writes captured files. */
  private redirect(redirects: Redirect[], io: Io): [Io, () => void] {
    if (redirects.length === 0) return [io, () => {}];
    let stdin = io.stdin;
    let out = io.out;
    let err = io.err;
    const files: { path: string; append: boolean; text: () => string }[] = [];
    const fileSink = (target: Word | undefined, append: boolean) => {
      const name = target ? this.expandWord(target, io, false).join('') : '';
      if (name === '/dev/null') return () => {};
      if (name === '/dev/stderr') return io.err;
      if (name === '/dev/stdout') return io.out;
      const path = this.resolve(name);
      if (this.fs.isDir(path))
        throw new RedirectError(`/codebuild/output/tmp/script.sh: line 1: ${name}: Is a directory`);
      if (!this.fs.isDir(dirname(path))) {
        throw new RedirectError(`/codebuild/output/tmp/script.sh: line 1: ${name}: No such file or directory`);
      }
      let buffer = '';
      files.push({ path, append, text: () => buffer });
      return (t: string) => (buffer += t);
    };
    for (const r of redirects) {
      if (r.op === '<') {
        const name = r.target ? this.expandWord(r.target, io, false).join('') : '';
        const content = this.fs.read(this.resolve(name));
        if (content === undefined && name !== '/dev/null') {
          throw new RedirectError(`/codebuild/output/tmp/script.sh: line 1: ${name}: No such file or directory`);
        }
        stdin = content ?? '';
      } else if (r.op === '<<') {
        stdin = r.literalBody ? (r.body ?? '') : this.expandHeredoc(r.body ?? '', io);
      } else if (r.op === '<<<') {
        stdin = `${r.target ? this.expandWord(r.target, io, false).join('') : ''}\n`;
      } else if (r.op === '>&') {
        if (r.dup !== undefined) {
          if (r.fd === 2 && r.dup === 1) err = out;
          else if (r.fd === 1 && r.dup === 2) out = err;
        } else if (r.target) {
          const sink = fileSink(r.target, false);
          out = sink;
          err = sink;
        }
      } else if (r.op === '&>') {
        const sink = fileSink(r.target, false);
        out = sink;
        err = sink;
      } else {
        const sink = fileSink(r.target, r.op === '>>');
        if (r.fd === 2) err = sink;
        else out = sink;
      }
    }
    return [
      { stdin, out, err },
      () => {
        for (const f of files) {
          if (f.append) this.fs.append(f.path, f.text());
          else this.fs.write(f.path, f.text());
        }
      },
    ];
  }

  private expandHeredoc(body: string, io: Io): string {
    if (!/[$`]/.test(body)) return body;
    return this.expandWord(parseWordText(`"${body.replace(/"/g, '\\"')}"`, false), io, false).join('');
  }
}

class RedirectError extends Error {}

/** A build's shell works in the build container; any other host passes its own file system. */
function containerWorkspace(host: BaseShellHost): Workspace {
  if (!('run' in host)) throw new Error('A shell outside a build needs its own Workspace');
  const { run } = host as ShellHost;
  return new Workspace(run.files, run.dirs);
}

/** Bash brace expansion of the first unquoted `{a,b}` or `{1..3}` in a word, or undefined when there is none. */
function braceAlternatives(word: Word): Word[] | undefined {
  for (let i = 0; i < word.length; i++) {
    const part = word[i];
    if (part?.t !== 'lit' || part.q) continue;
    const list = /\{([^{}\s]*,[^{}\s]*)\}/.exec(part.v);
    const range = /\{(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])\}/.exec(part.v);
    const m = list ?? range;
    if (!m) continue;
    let alternatives: string[];
    if (list) alternatives = (list[1] as string).split(',');
    else {
      const [from, to] = [m[1] as string, m[2] as string];
      const numeric = /\d/.test(from);
      const a = numeric ? Number(from) : from.charCodeAt(0);
      const b = numeric ? Number(to) : to.charCodeAt(0);
      const step = a <= b ? 1 : -1;
      alternatives = [];
      for (let n = a; step > 0 ? n <= b : n >= b; n += step)
        alternatives.push(numeric ? String(n) : String.fromCharCode(n));
    }
    const before = part.v.slice(0, m.index);
    const after = part.v.slice(m.index + m[0].length);
    return alternatives.map((alt) => [
      ...word.slice(0, i),
      { t: 'lit', v: `${before}${alt}${after}`, q: false },
      ...word.slice(i + 1),
    ]);
  }
  return undefined;
}

const define = (record: Record<string, string>, key: string, value: string) => assign(record, key, value);

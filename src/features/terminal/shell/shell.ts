import { arithmetic } from '../../../engine/codebuild/shell/expand';
import {
  parseScript,
  type AndOr,
  type Pipeline,
  type SimpleCommand,
  type Word,
} from '../../../engine/codebuild/shell/parse';
import type { CommandContext, TerminalFs, TerminalIo, TerminalProgram } from '../command';
import { ENVIRONMENT_DIR, HOME } from '../workspace/fs';
import { resolvePath } from './paths';

/**
 * The terminal's shell: runs a command line parsed by the buildspec shell's parser (quotes, `$VAR`, `$(...)`,
 * `&&`, `||`, `;`, pipes, `>`, `>>`, `<`, `2>&1`, here-documents) against the registered programs. Compound
 * commands (`if`, `for`, `while`, ...) are refused with a message: this is a prompt, not a script runner.
 */

export interface ShellHost {
  fs: TerminalFs;
  programs: () => Record<string, TerminalProgram>;
  columns: () => number;
}

export interface ShellState {
  env: Record<string, string>;
  cwd: string;
  status: number;
}

export const initialShellState = (): ShellState => ({
  env: {
    HOME,
    USER: 'ec2-user',
    SHELL: '/bin/bash',
    PATH: '/usr/local/bin:/usr/bin:/bin',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_REGION: 'us-east-1',
  },
  cwd: ENVIRONMENT_DIR,
  status: 0,
});

/** Whether a line ends inside quotes or after a backslash, so the shell asks for more (`> `). */
export function needsMoreInput(text: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = undefined;
    } else if (c === '\\') {
      if (i === text.length - 1) return true;
      i++;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
  }
  return quote !== undefined;
}

/** Output collected in memory, for a pipe's next command or a `$(...)`. */
class Capture implements TerminalIo {
  text = '';
  constructor(private readonly errors: TerminalIo) {}
  out(text: string) {
    this.text += text;
  }
  err(text: string) {
    this.errors.err(text);
  }
}

export class Shell {
  constructor(
    private readonly host: ShellHost,
    readonly state: ShellState = initialShellState(),
  ) {}

  resolve = (path: string) => resolvePath(path, this.state.cwd, this.state.env.HOME ?? HOME);

  async run(line: string, io: TerminalIo, signal: AbortSignal): Promise<number> {
    for (const list of parseScript(line)) {
      if (signal.aborted) break;
      this.state.status = await this.runAndOr(list, io, signal);
    }
    return this.state.status;
  }

  private async runAndOr(list: AndOr, io: TerminalIo, signal: AbortSignal): Promise<number> {
    let status = await this.runPipeline(list.first, io, signal);
    for (const { op, pipeline } of list.rest) {
      if (signal.aborted) return 130;
      if ((op === '&&' && status === 0) || (op === '||' && status !== 0))
        status = await this.runPipeline(pipeline, io, signal);
    }
    return status;
  }

  private async runPipeline(pipeline: Pipeline, io: TerminalIo, signal: AbortSignal): Promise<number> {
    let stdin = '';
    let status = 0;
    for (const [i, command] of pipeline.commands.entries()) {
      const last = i === pipeline.commands.length - 1;
      const capture = last ? undefined : new Capture(io);
      if (command.kind === 'compound') {
        io.err(
          `bash: ${command.keyword}: compound commands are not supported in this terminal; run each command on its own\n`,
        );
        status = 2;
      } else status = await this.runSimple(command, stdin, capture ?? io, signal);
      stdin = capture?.text ?? '';
      this.state.status = status;
    }
    return pipeline.negate ? Number(status === 0) : status;
  }

  private async expandWord(word: Word, env: Record<string, string>, signal: AbortSignal): Promise<string[]> {
    let current = '';
    const fields: string[] = [];
    let splitAny = false;
    for (const part of word) {
      if (part.t === 'lit') current += part.v;
      else if (part.t === 'tilde') current += env.HOME ?? HOME;
      else {
        let value: string;
        if (part.t === 'var') value = this.variable(part.name, part.op, part.arg, env);
        else if (part.t === 'arith') value = String(arithmetic(part.src, (n) => env[n]));
        else {
          const capture = new Capture({ out: () => undefined, err: () => undefined });
          await this.run(part.src, capture, signal);
          value = capture.text.replace(/\n+$/, '');
        }
        if (part.q) current += value;
        else {
          // An unquoted expansion is split into words, as bash does.
          const pieces = value.split(/[ \t\n]+/);
          splitAny = true;
          pieces.forEach((piece, n) => {
            if (n > 0) {
              fields.push(current);
              current = '';
            }
            current += piece;
          });
        }
      }
    }
    fields.push(current);
    return splitAny ? fields.filter((f) => f !== '') : fields;
  }

  private variable(name: string, op: string | undefined, arg: string | undefined, env: Record<string, string>): string {
    const value = name === '?' ? String(this.state.status) : name === 'PWD' ? this.state.cwd : env[name];
    if ((op === ':-' && !value) || (op === '-' && value === undefined)) return arg ?? '';
    if (op === ':+') return value ? (arg ?? '') : '';
    if (op === '#') return String((value ?? '').length);
    return value ?? '';
  }

  private async runSimple(command: SimpleCommand, stdin: string, io: TerminalIo, signal: AbortSignal): Promise<number> {
    const env = this.state.env;
    const assigned: Record<string, string> = {};
    for (const a of command.assigns) {
      const value = (await this.expandWord(a.value, env, signal)).join(' ');
      assigned[a.name] = a.append ? (env[a.name] ?? '') + value : value;
    }
    const argv: string[] = [];
    for (const w of command.words) argv.push(...(await this.expandWord(w, { ...env, ...assigned }, signal)));
    if (argv.length === 0) {
      Object.assign(env, assigned);
      return 0;
    }

    let input = stdin;
    const files: { path: string; append: boolean; text: string }[] = [];
    let out: (text: string) => void = (t) => io.out(t);
    let err: (text: string) => void = (t) => io.err(t);
    for (const r of command.redirects) {
      if (r.op === '<<' || r.op === '<<<') {
        input = r.op === '<<<' ? `${(await this.expandWord(r.target ?? [], env, signal)).join(' ')}\n` : (r.body ?? '');
        continue;
      }
      if (r.op === '>&' && r.dup !== undefined) {
        if (r.fd === 2 && r.dup === 1) err = out;
        else if (r.fd === 1 && r.dup === 2) out = err;
        continue;
      }
      const target = (await this.expandWord(r.target ?? [], env, signal)).join(' ');
      const path = this.resolve(target);
      if (r.op === '<') {
        const text = this.host.fs.readText(path);
        if (text === undefined) {
          io.err(`bash: ${target}: No such file or directory\n`);
          return 1;
        }
        input = text;
        continue;
      }
      if (this.host.fs.stat(path)?.kind === 'directory') {
        io.err(`bash: ${target}: Is a directory\n`);
        return 1;
      }
      const file = { path, append: r.op === '>>', text: '' };
      files.push(file);
      const write = (t: string) => (file.text += t);
      if (r.op === '&>') {
        out = write;
        err = write;
      } else if (r.fd === 2) err = write;
      else out = write;
    }

    const program = this.host.programs()[argv[0] as string];
    let status: number;
    if (!program) {
      io.err(`bash: ${argv[0]}: command not found\n`);
      status = 127;
    } else {
      const ctx: CommandContext = {
        argv,
        stdin: input,
        io: { out: (t) => out(t), err: (t) => err(t) },
        fs: this.host.fs,
        env: { ...env, ...assigned },
        cwd: this.state.cwd,
        setCwd: (path) => {
          this.state.cwd = path;
        },
        resolve: this.resolve,
        signal,
        columns: this.host.columns(),
      };
      try {
        status = await program.run(ctx);
      } catch (error) {
        io.err(`${argv[0]}: ${(error as Error).message}\n`);
        status = 1;
      }
    }
    for (const f of files)
      this.host.fs.write(f.path, f.append ? (this.host.fs.readText(f.path) ?? '') + f.text : f.text);
    return signal.aborted ? 130 : status;
  }
}

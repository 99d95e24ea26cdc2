import type { TerminalFs, TerminalProgram } from './command';
import { AWS_PROGRAM } from './aws';
import { FILE_PROGRAMS } from './files';
import { GIT_PROGRAMS } from './git';
import { createBuiltins } from './shell/builtins';
import { columns, commonPrefix, complete } from './shell/complete';
import { CommandHistory, type HistoryStorage } from './shell/history';
import { applyKey, EMPTY_LINE, insertText, pastedLines, redraw, type LineState } from './shell/line-editor';
import { displayPath } from './shell/paths';
import { needsMoreInput, Shell } from './shell/shell';
import { SORT_PROGRAM } from './shell/sort';
import { HOME } from './workspace/fs';

/** The part of an xterm.js Terminal the session drives (a fake in tests). */
export interface Screen {
  readonly cols: number;
  write(data: string): void;
  clear(): void;
}

export interface SessionOptions {
  fs: TerminalFs;
  storage?: HistoryStorage;
  /** `exit` and Ctrl+D on an empty line: the panel closes. */
  onExit(): void;
}

const BANNER =
  '\x1b[1mCI/CD Lab terminal\x1b[0m: a Cloud9-style shell against the simulated account.\r\n' +
  'Try \x1b[36maws codepipeline list-pipelines --output table\x1b[0m, \x1b[36mgit clone\x1b[0m, or \x1b[36mhelp\x1b[0m.\r\n\r\n';

/**
 * One shell session on a screen: line editing, history, completion, running command lines one at a time
 * (Ctrl+C aborts the running one), pasted lines run in turn.
 */
export class TerminalSession {
  readonly history: CommandHistory;
  readonly shell: Shell;
  readonly programs: Record<string, TerminalProgram>;
  private line: LineState = EMPTY_LINE;
  private cursorRow = 0;
  /** What was typed before a line that ended inside quotes. */
  private pending = '';
  private running: AbortController | undefined;
  private queue: string[] = [];
  private screen: Screen | undefined;

  constructor(private readonly options: SessionOptions) {
    this.history = new CommandHistory(options.storage);
    this.shell = new Shell({ fs: options.fs, programs: () => this.programs, columns: () => this.screen?.cols ?? 80 });
    this.programs = {
      ...FILE_PROGRAMS,
      ...GIT_PROGRAMS,
      aws: AWS_PROGRAM,
      sort: SORT_PROGRAM,
      ...createBuiltins({
        state: this.shell.state,
        history: this.history,
        programs: () => this.programs,
        clearScreen: () => this.clearScreen(),
        exit: () => options.onExit(),
      }),
    };
  }

  /** Shows the session on a screen (again, after the panel was closed and reopened). */
  attach(screen: Screen, fresh: boolean): void {
    this.screen = screen;
    if (fresh) screen.write(BANNER);
    if (!this.running) this.showPrompt();
  }

  private get prompt(): string {
    if (this.pending) return '> ';
    return `\x1b[1;32mec2-user\x1b[0m:\x1b[1;34m${displayPath(this.shell.state.cwd, HOME)}\x1b[0m $ `;
  }

  private write(text: string) {
    this.screen?.write(text.replace(/\r?\n/g, '\r\n'));
  }

  private showPrompt() {
    this.line = EMPTY_LINE;
    this.cursorRow = 0;
    this.write(this.prompt);
  }

  private render() {
    if (!this.screen) return;
    const [out, row] = redraw(this.prompt, this.line, this.screen.cols, this.cursorRow);
    this.screen.write(out);
    this.cursorRow = row;
  }

  private clearScreen() {
    this.screen?.clear();
    this.write('\x1b[H\x1b[2J');
    this.cursorRow = 0;
  }

  /** Moves the cursor past the line being edited, so output starts on a fresh row. */
  private endLine() {
    this.line = { ...this.line, cursor: this.line.text.length };
    this.render();
    this.write('\n');
  }

  /** Keys and pasted text from xterm.js. */
  handleData(data: string): void {
    if (this.running) {
      if (data === '\x03') this.running.abort();
      return;
    }
    const pasted = pastedLines(data);
    if (pasted) {
      const [first = '', ...rest] = pasted;
      this.line = insertText(this.line, first);
      if (rest.length === 0) {
        this.render();
        return;
      }
      this.queue.push(...rest);
      void this.submit();
      return;
    }
    const result = applyKey(this.line, data);
    if (typeof result !== 'string') {
      this.line = result;
      this.render();
      return;
    }
    void this.act(result);
  }

  private async act(action: string): Promise<void> {
    if (action === 'submit') return this.submit();
    if (action === 'interrupt') {
      this.endLine();
      this.pending = '';
      this.history.reset();
      this.showPrompt();
      return;
    }
    if (action === 'clear-screen') {
      this.clearScreen();
      this.render();
      return;
    }
    if (action === 'eof') {
      this.write('exit\n');
      this.options.onExit();
      return;
    }
    if (action === 'history-prev' || action === 'history-next') {
      const entry = action === 'history-prev' ? this.history.previous(this.line.text) : this.history.next();
      if (entry === undefined) return;
      this.line = { text: entry, cursor: entry.length };
      this.render();
      return;
    }
    return this.completeWord();
  }

  private async completeWord() {
    const before = this.line.text.slice(0, this.line.cursor);
    const { partial, candidates } = await complete(before, this.programs, this.options.fs, this.shell.state.cwd);
    if (candidates.length === 0) return;
    if (candidates.length === 1) {
      const only = candidates[0] as string;
      this.line = insertText(this.line, `${only.slice(partial.length)}${only.endsWith('/') ? '' : ' '}`);
      this.render();
      return;
    }
    const prefix = commonPrefix(candidates);
    if (prefix.length > partial.length) {
      this.line = insertText(this.line, prefix.slice(partial.length));
      this.render();
      return;
    }
    const line = this.line;
    this.endLine();
    this.write(columns(candidates, this.screen?.cols ?? 80));
    this.cursorRow = 0;
    this.write(this.prompt);
    this.line = line;
    this.render();
  }

  private async submit(): Promise<void> {
    const typed = this.line.text;
    this.endLine();
    const text = this.pending ? `${this.pending}\n${typed}` : typed;
    if (needsMoreInput(text)) {
      this.pending = text;
      this.showPrompt();
      return this.next();
    }
    this.pending = '';
    this.history.add(text.replace(/\n/g, ' '));
    this.history.reset();
    if (text.trim() !== '') {
      const controller = new AbortController();
      this.running = controller;
      const io = { out: (t: string) => this.write(t), err: (t: string) => this.write(t) };
      controller.signal.addEventListener('abort', () => this.write('^C\n'));
      try {
        await this.shell.run(text, io, controller.signal);
      } finally {
        this.running = undefined;
      }
    }
    this.showPrompt();
    return this.next();
  }

  /** The next pasted line, typed in and run as if Enter followed it. */
  private async next(): Promise<void> {
    const line = this.queue.shift();
    if (line === undefined) return;
    this.line = { text: line, cursor: line.length };
    this.render();
    if (this.queue.length > 0) return this.submit();
  }
}

/**
 * The seam between the terminal (line editing, parsing, dispatch, history) and the programs it runs
 * (`aws`, `git`, `ls`, ...): a program reads its argv and stdin, writes to out/err, and returns its exit status.
 */

/** Where a program's output goes; text may hold ANSI colour escapes and `\n` (the terminal adds `\r`). */
export interface TerminalIo {
  out(text: string): void;
  err(text: string): void;
}

export interface FileStat {
  kind: 'file' | 'directory';
  size: number;
  /** When the file last changed (epoch ms), for `ls -l`. */
  modifiedMs?: number;
}

/**
 * The terminal's home directory (`/home/ec2-user`, like a Cloud9 environment): clones live here.
 * In memory, saved in the browser so a reload keeps the clones and uncommitted edits. Paths are absolute.
 */
export interface TerminalFs {
  read(path: string): Uint8Array | undefined;
  readText(path: string): string | undefined;
  write(path: string, content: Uint8Array | string): void;
  remove(path: string, recursive?: boolean): void;
  mkdir(path: string): void;
  stat(path: string): FileStat | undefined;
  /** Names in a directory, sorted; undefined when it is not a directory. */
  list(path: string): string[] | undefined;
}

export interface CommandContext {
  readonly argv: readonly string[];
  readonly stdin: string;
  readonly io: TerminalIo;
  readonly fs: TerminalFs;
  /** Environment variables (`AWS_DEFAULT_OUTPUT`, `HOME`, ...). */
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  setCwd(path: string): void;
  /** Absolute path of an argument relative to cwd (`~` is HOME). */
  resolve(path: string): string;
  /** Aborted when the user presses Ctrl+C. */
  readonly signal: AbortSignal;
  /** The terminal's width in columns, for output laid out to fit it (the CLI's tables). */
  readonly columns?: number;
}

/** What `cd` + Tab and `git checkout <Tab>` offer: completions for the word under the cursor. */
export interface CompletionRequest {
  /** The words before the one being completed, starting with the program name. */
  readonly words: readonly string[];
  readonly partial: string;
  readonly fs: TerminalFs;
  readonly cwd: string;
}

export interface TerminalProgram {
  /** One line for `help`. */
  readonly summary: string;
  run(ctx: CommandContext): Promise<number>;
  complete?(request: CompletionRequest): Promise<string[]>;
}

import type { Io, ToolCall } from '../shell';

export const ESC = '\u001b';
export const green = (s: string) => `${ESC}[32m${s}${ESC}[39m`;
export const red = (s: string) => `${ESC}[31m${s}${ESC}[39m`;
export const yellow = (s: string) => `${ESC}[33m${s}${ESC}[39m`;
export const bold = (s: string) => `${ESC}[1m${s}${ESC}[22m`;
export const dim = (s: string) => `${ESC}[2m${s}${ESC}[22m`;

export const println = (io: Io, text = '') => io.out(`${text}\n`);
export const eprintln = (io: Io, text = '') => io.err(`${text}\n`);

/** The value of `-o value`, `--out value` or `--out=value`. */
export function option(argv: readonly string[], ...names: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    for (const n of names) {
      if (a === n) return argv[i + 1];
      if (n.startsWith('--') && a.startsWith(`${n}=`)) return a.slice(n.length + 1);
    }
  }
  return undefined;
}

export const hasFlag = (argv: readonly string[], ...flags: string[]) => argv.some((a) => flags.includes(a));

/** Arguments that are not options (and not values of the given value-taking options). */
export function positionals(argv: readonly string[], valueOptions: readonly string[] = []): string[] {
  const out: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (valueOptions.includes(a)) {
      i++;
      continue;
    }
    if (a.startsWith('-') && a !== '-') continue;
    out.push(a);
  }
  return out;
}

/** A deterministic duration: a base plus a seeded spread, scaled (a warm cache makes installs faster). */
export function duration(call: ToolCall, minMs: number, maxMs: number, scale = 1): number {
  return Math.round(call.shell.host.rand(minMs, maxMs) * scale);
}

export function seconds(ms: number): string {
  return ms < 1000 ? `${ms}ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
}

/** Whether a restored cache holds anything under one of these paths (a warm package cache). */
export function cacheHas(call: ToolCall, paths: readonly string[]): boolean {
  const { shell } = call;
  if (!shell.host.run.cacheRestored) return false;
  return paths.some((p) => {
    const dir = shell.resolve(p);
    return shell.fs.isDir(dir) && shell.fs.filesUnder(dir).length > 0;
  });
}

/** A short, stable hex digest of a string (FNV-1a), for fake digests and sizes. */
export function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function simulatedNote(io: Io, what: string): void {
  io.err(`cicdlab: simulated ${what}\n`);
}

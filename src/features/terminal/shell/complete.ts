import type { TerminalFs, TerminalProgram } from '../command';
import { completePath } from '../files/complete-path';

/** What Tab does with the line before the cursor: the candidates for the word under it, and that word. */
export interface Completion {
  /** The word being completed, as typed (quotes and all). */
  partial: string;
  candidates: string[];
}

/** The words of a line before the cursor, the last one possibly unfinished; quotes group but are dropped. */
export function splitWords(text: string): { words: string[]; partial: string } {
  const words: string[] = [];
  let current = '';
  let quote: string | undefined;
  let inWord = false;
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = undefined;
      else current += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (/\s/.test(c) || c === '|' || c === ';' || c === '&') {
      if (inWord) words.push(current);
      if (c !== ' ' && c !== '\t') words.length = 0;
      current = '';
      inWord = false;
    } else {
      current += c;
      inWord = true;
    }
  }
  return { words, partial: inWord ? current : '' };
}

export async function complete(
  line: string,
  programs: Record<string, TerminalProgram>,
  fs: TerminalFs,
  cwd: string,
): Promise<Completion> {
  const { words, partial } = splitWords(line);
  if (words.length === 0 && !partial.includes('/'))
    return {
      partial,
      candidates: Object.keys(programs)
        .filter((n) => n.startsWith(partial))
        .sort(),
    };
  const fileUri = /^(fileb?:\/\/)(.*)$/.exec(partial);
  if (fileUri)
    return {
      partial,
      candidates: completePath({ partial: fileUri[2] as string, fs, cwd }).map((p) => `${fileUri[1]}${p}`),
    };
  const program = words[0] === undefined ? undefined : programs[words[0]];
  const own = program?.complete ? await program.complete({ words, partial, fs, cwd }) : [];
  if (own.length > 0 || words[0] === 'aws') return { partial, candidates: own };
  return { partial, candidates: completePath({ partial, fs, cwd }) };
}

/** The longest text every candidate starts with. */
export function commonPrefix(candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  let prefix = candidates[0] as string;
  for (const c of candidates) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Candidates laid out in columns across the terminal's width, as bash lists them on a second Tab. */
export function columns(candidates: readonly string[], width: number): string {
  const cell = Math.max(...candidates.map((c) => c.length)) + 2;
  const perRow = Math.max(1, Math.floor(width / cell));
  const rows = Math.ceil(candidates.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < perRow; c++) {
      const item = candidates[c * rows + r];
      if (item !== undefined) line += item.padEnd(cell);
    }
    lines.push(line.trimEnd());
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The command line being typed: text and cursor, and what each key does to them (readline's Emacs keys).
 * Pure, so the terminal only draws what this returns.
 */
export interface LineState {
  text: string;
  cursor: number;
}

export type EditorAction =
  'submit' | 'complete' | 'interrupt' | 'clear-screen' | 'eof' | 'history-prev' | 'history-next';

export const EMPTY_LINE: LineState = { text: '', cursor: 0 };

/** The keys xterm.js sends, by what they do. */
const KEYS: Record<string, (s: LineState) => LineState | EditorAction> = {
  '\r': () => 'submit',
  '\t': () => 'complete',
  '\x03': () => 'interrupt',
  '\x0c': () => 'clear-screen',
  '\x04': (s) => (s.text === '' ? 'eof' : deleteForward(s)),
  '\x1b[A': () => 'history-prev',
  '\x10': () => 'history-prev',
  '\x1b[B': () => 'history-next',
  '\x0e': () => 'history-next',
  '\x1b[D': (s) => ({ ...s, cursor: Math.max(0, s.cursor - 1) }),
  '\x02': (s) => ({ ...s, cursor: Math.max(0, s.cursor - 1) }),
  '\x1b[C': (s) => ({ ...s, cursor: Math.min(s.text.length, s.cursor + 1) }),
  '\x06': (s) => ({ ...s, cursor: Math.min(s.text.length, s.cursor + 1) }),
  '\x1b[H': (s) => ({ ...s, cursor: 0 }),
  '\x1bOH': (s) => ({ ...s, cursor: 0 }),
  '\x1b[1~': (s) => ({ ...s, cursor: 0 }),
  '\x01': (s) => ({ ...s, cursor: 0 }),
  '\x1b[F': (s) => ({ ...s, cursor: s.text.length }),
  '\x1bOF': (s) => ({ ...s, cursor: s.text.length }),
  '\x1b[4~': (s) => ({ ...s, cursor: s.text.length }),
  '\x05': (s) => ({ ...s, cursor: s.text.length }),
  '\x7f': (s) =>
    s.cursor === 0 ? s : { text: s.text.slice(0, s.cursor - 1) + s.text.slice(s.cursor), cursor: s.cursor - 1 },
  '\b': (s) =>
    s.cursor === 0 ? s : { text: s.text.slice(0, s.cursor - 1) + s.text.slice(s.cursor), cursor: s.cursor - 1 },
  '\x1b[3~': (s) => deleteForward(s),
  '\x15': (s) => ({ text: s.text.slice(s.cursor), cursor: 0 }),
  '\x0b': (s) => ({ text: s.text.slice(0, s.cursor), cursor: s.cursor }),
  '\x17': (s) => {
    const start = wordStartBefore(s.text, s.cursor, /\s/);
    return { text: s.text.slice(0, start) + s.text.slice(s.cursor), cursor: start };
  },
  '\x1bb': (s) => ({ ...s, cursor: wordStartBefore(s.text, s.cursor, /[^A-Za-z0-9]/) }),
  '\x1b[1;5D': (s) => ({ ...s, cursor: wordStartBefore(s.text, s.cursor, /[^A-Za-z0-9]/) }),
  '\x1bf': (s) => ({ ...s, cursor: wordEndAfter(s.text, s.cursor) }),
  '\x1b[1;5C': (s) => ({ ...s, cursor: wordEndAfter(s.text, s.cursor) }),
};

function deleteForward(s: LineState): LineState {
  return { text: s.text.slice(0, s.cursor) + s.text.slice(s.cursor + 1), cursor: s.cursor };
}

function wordStartBefore(text: string, cursor: number, separator: RegExp): number {
  let i = cursor;
  while (i > 0 && separator.test(text[i - 1] as string)) i--;
  while (i > 0 && !separator.test(text[i - 1] as string)) i--;
  return i;
}

function wordEndAfter(text: string, cursor: number): number {
  let i = cursor;
  while (i < text.length && /[^A-Za-z0-9]/.test(text[i] as string)) i++;
  while (i < text.length && /[A-Za-z0-9]/.test(text[i] as string)) i++;
  return i;
}

export function insertText(s: LineState, text: string): LineState {
  return { text: s.text.slice(0, s.cursor) + text + s.text.slice(s.cursor), cursor: s.cursor + text.length };
}

/** What one key (one xterm `onData` chunk that is a key) does; unknown escape sequences change nothing. */
export function applyKey(s: LineState, data: string): LineState | EditorAction {
  const handler = KEYS[data];
  if (handler) return handler(s);
  if (data.startsWith('\x1b')) return s;
  // eslint-disable-next-line no-control-regex -- other control characters are dropped, not inserted
  return insertText(s, data.replace(/[\x00-\x1f\x7f]/g, ''));
}

/**
 * Splits pasted text into lines: all but the last run one after another as if Enter followed each; the last
 * stays on the line for the user to finish. Undefined when `data` is a single key.
 */
export function pastedLines(data: string): string[] | undefined {
  if (data.length <= 1 || data in KEYS || data.startsWith('\x1b')) return undefined;
  return data.replace(/\r\n/g, '\n').replace(/\r/g, '\n').split('\n');
}

/** Visible width of text that may hold ANSI colour escapes. */
// eslint-disable-next-line no-control-regex -- ANSI escapes are control characters by definition
export const visibleLength = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '').length;

/**
 * The escapes that redraw a prompt and line which may wrap over several rows: back to where the line began, clear
 * below, write it again, then put the cursor where it belongs. `cursorRow` is the row (from the line's first)
 * the cursor is on now; the second value is the row it will be on after.
 */
export function redraw(prompt: string, line: LineState, cols: number, cursorRow: number): [string, number] {
  const promptLength = visibleLength(prompt);
  const end = promptLength + line.text.length;
  const at = promptLength + line.cursor;
  let out = cursorRow > 0 ? `\x1b[${cursorRow}A\r` : '\r';
  out += `\x1b[J${prompt}${line.text}`;
  // At the right margin xterm waits to wrap; a space and a backspace make it wrap now so the arithmetic holds.
  if (end > 0 && end % cols === 0) out += ' \b';
  const endRow = Math.floor(end / cols);
  const row = Math.floor(at / cols);
  const col = at % cols;
  if (endRow > row) out += `\x1b[${endRow - row}A`;
  out += '\r';
  if (col > 0) out += `\x1b[${col}C`;
  return [out, row];
}

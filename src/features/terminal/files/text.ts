import type { CommandContext, TerminalProgram } from '../command';
import { completePath } from './complete-path';
import { parseOptions, UsageError } from './options';
import { readFileText, runUtility, splitLines } from './program';

const completeFiles = async (request: Parameters<NonNullable<TerminalProgram['complete']>>[0]) => completePath(request);

/** Each operand's text in turn (`-` or none is stdin); an unreadable one is reported as `format` words it. */
function* inputs(
  ctx: CommandContext,
  operands: readonly string[],
  report: (operand: string, error: string) => void,
): Generator<{ name: string; text: string }> {
  for (const operand of operands.length > 0 ? operands : ['-']) {
    if (operand === '-') {
      yield { name: operand, text: ctx.stdin };
      continue;
    }
    const read = readFileText(ctx, operand);
    if ('error' in read) report(operand, read.error);
    else yield { name: operand, text: read.text };
  }
}

export const cat: TerminalProgram = {
  summary: 'print files',
  run: (ctx) =>
    runUtility(ctx, () => {
      const { operands } = parseOptions('cat', ctx.argv.slice(1), '');
      let status = 0;
      for (const { text } of inputs(ctx, operands, (operand, error) => {
        ctx.io.err(`cat: ${operand}: ${error}\n`);
        status = 1;
      })) {
        ctx.io.out(text);
      }
      return status;
    }),
  complete: completeFiles,
};

/** `head -5` is `head -n 5`. */
const numericShorthand = (args: readonly string[]) => args.map((a) => (/^-\d+$/.test(a) ? `-n${a.slice(1)}` : a));

function headOrTail(ctx: CommandContext, program: 'head' | 'tail'): number {
  const { values, operands } = parseOptions(program, numericShorthand(ctx.argv.slice(1)), '', 'n', {});
  const raw = values.get('n') ?? '10';
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 0) {
    throw new UsageError(`${program}: invalid number of lines: ‘${raw}’`);
  }
  let status = 0;
  const named = operands.length > 1;
  let first = true;
  for (const { name, text } of inputs(ctx, operands, (operand, error) => {
    ctx.io.err(`${program}: cannot open '${operand}' for reading: ${error}\n`);
    status = 1;
  })) {
    if (named) ctx.io.out(`${first ? '' : '\n'}==> ${name === '-' ? 'standard input' : name} <==\n`);
    first = false;
    const lines = splitLines(text);
    ctx.io.out((program === 'head' ? lines.slice(0, count) : lines.slice(Math.max(0, lines.length - count))).join(''));
  }
  return status;
}

export const head: TerminalProgram = {
  summary: 'print the first lines of files',
  run: (ctx) => runUtility(ctx, () => headOrTail(ctx, 'head')),
  complete: completeFiles,
};

export const tail: TerminalProgram = {
  summary: 'print the last lines of files',
  run: (ctx) => runUtility(ctx, () => headOrTail(ctx, 'tail')),
  complete: completeFiles,
};

const encoder = new TextEncoder();

export const wc: TerminalProgram = {
  summary: 'count lines, words and bytes',
  run: (ctx) =>
    runUtility(ctx, () => {
      const { flags, operands } = parseOptions('wc', ctx.argv.slice(1), 'lwc', '', {
        '--lines': 'l',
        '--words': 'w',
        '--bytes': 'c',
      });
      const shown = flags.size === 0 ? ['l', 'w', 'c'] : ['l', 'w', 'c'].filter((f) => flags.has(f));
      let status = 0;
      const rows: { name: string; counts: number[] }[] = [];
      for (const { name, text } of inputs(ctx, operands, (operand, error) => {
        ctx.io.err(`wc: ${operand}: ${error}\n`);
        status = 1;
      })) {
        const all: Record<string, number> = {
          l: (text.match(/\n/g) ?? []).length,
          w: text.split(/\s+/).filter(Boolean).length,
          c: encoder.encode(text).length,
        };
        rows.push({ name: name === '-' ? '' : name, counts: shown.map((f) => all[f]!) });
      }
      if (rows.length > 1) {
        rows.push({ name: 'total', counts: shown.map((_, i) => rows.reduce((n, r) => n + r.counts[i]!, 0)) });
      }
      // GNU wc pads to the digits of the files' total size, 7 when reading a pipe, none for one count of one input.
      const fromStdin = operands.length === 0 || operands.includes('-');
      const totalBytes = rows.filter((r) => r.name !== 'total').reduce((n, r) => n + (r.counts.at(-1) ?? 0), 0);
      const width =
        shown.length === 1 && rows.length === 1 ? 1 : fromStdin ? 7 : Math.max(1, String(totalBytes).length);
      for (const row of rows) {
        ctx.io.out(`${[...row.counts.map((n) => String(n).padStart(width)), row.name].filter(Boolean).join(' ')}\n`);
      }
      return status;
    }),
  complete: completeFiles,
};

/** A basic regular expression (grep's default) as JavaScript reads one: `\(`, `\|`, `\{` are the operators, `(` is literal. */
export function basicToJs(pattern: string): string {
  return pattern.replace(/\\([(){}|+?])|([(){}|+?])/g, (_, escaped: string | undefined, plain: string | undefined) =>
    escaped ? escaped : `\\${plain}`,
  );
}

const MATCH = '\x1b[01;31m';
const FILENAME = '\x1b[35m';
const LINE_NUMBER = '\x1b[32m';
const SEPARATOR = '\x1b[36m';
const RESET = '\x1b[0m';

function filesUnder(ctx: CommandContext, path: string, shown: string): { path: string; shown: string }[] {
  if (ctx.fs.stat(path)?.kind !== 'directory') return [{ path, shown }];
  return (ctx.fs.list(path) ?? []).flatMap((name) =>
    filesUnder(ctx, `${path}/${name}`, `${shown.replace(/\/$/, '')}/${name}`),
  );
}

export const grep: TerminalProgram = {
  summary: 'print lines that match a pattern',
  run: (ctx) =>
    runUtility(
      ctx,
      () => {
        const { flags, operands } = parseOptions('grep', ctx.argv.slice(1), 'invclrREFwHh', '', {
          '--ignore-case': 'i',
          '--line-number': 'n',
          '--invert-match': 'v',
          '--count': 'c',
          '--files-with-matches': 'l',
          '--recursive': 'r',
          '--extended-regexp': 'E',
          '--fixed-strings': 'F',
          '--word-regexp': 'w',
        });
        const [pattern, ...names] = operands;
        if (pattern === undefined) {
          throw new UsageError("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.");
        }
        let source = flags.has('F')
          ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          : flags.has('E')
            ? pattern
            : basicToJs(pattern);
        if (flags.has('w')) source = `(?<![\\w])(?:${source})(?![\\w])`;
        let regex: RegExp;
        try {
          regex = new RegExp(source, flags.has('i') ? 'gi' : 'g');
        } catch (e) {
          ctx.io.err(`grep: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}\n`);
          return 2;
        }
        const recursive = flags.has('r') || flags.has('R');
        const targets = recursive
          ? (names.length > 0 ? names : ['.']).flatMap((n) => filesUnder(ctx, ctx.resolve(n), n))
          : names.map((n) => ({ path: ctx.resolve(n), shown: n }));
        const withNames = flags.has('H') || (!flags.has('h') && (recursive || targets.length > 1));
        let status = 1;
        let errors = false;
        const texts = names.length === 0 && !recursive ? [{ name: '(standard input)', text: ctx.stdin }] : [];
        for (const t of targets) {
          const read = readFileText(ctx, t.path);
          if ('error' in read) {
            ctx.io.err(`grep: ${t.shown}: ${read.error}\n`);
            errors = true;
          } else {
            texts.push({ name: t.shown, text: read.text });
          }
        }
        for (const { name, text } of texts) {
          const prefix = withNames ? `${FILENAME}${name}${RESET}${SEPARATOR}:${RESET}` : '';
          let count = 0;
          splitLines(text).forEach((raw, index) => {
            const line = raw.replace(/\n$/, '');
            regex.lastIndex = 0;
            if (regex.test(line) === flags.has('v')) return;
            count++;
            if (flags.has('c') || flags.has('l')) return;
            const number = flags.has('n') ? `${LINE_NUMBER}${index + 1}${RESET}${SEPARATOR}:${RESET}` : '';
            const body = flags.has('v') ? line : line.replace(regex, (m) => (m ? `${MATCH}${m}${RESET}` : m));
            ctx.io.out(`${prefix}${number}${body}\n`);
          });
          if (flags.has('c')) ctx.io.out(`${prefix}${count}\n`);
          else if (flags.has('l') && count > 0) ctx.io.out(`${FILENAME}${name}${RESET}\n`);
          if (count > 0) status = 0;
        }
        return errors ? 2 : status;
      },
      2,
    ),
  complete: completeFiles,
};

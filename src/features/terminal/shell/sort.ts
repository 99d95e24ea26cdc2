import type { TerminalProgram } from '../command';
import { readFileText } from '../files/program';

/** `sort` for pipes (`aws ... --output text | sort`): its file arguments, or stdin when there are none. */
export const SORT_PROGRAM: TerminalProgram = {
  summary: 'Sort lines (-r reverse, -u unique, -n numeric)',
  async run(ctx) {
    const flags = ctx.argv
      .slice(1)
      .filter((a) => a.startsWith('-'))
      .join('');
    const files = ctx.argv.slice(1).filter((a) => !a.startsWith('-'));
    let text = files.length === 0 ? ctx.stdin : '';
    let status = 0;
    for (const file of files) {
      const read = readFileText(ctx, file);
      if ('error' in read) {
        ctx.io.err(`sort: cannot read: ${file}: ${read.error}\n`);
        status = 2;
      } else text += read.text;
    }
    let lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
    lines = flags.includes('n')
      ? lines.sort((a, b) => parseFloat(a) - parseFloat(b))
      : lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (flags.includes('r')) lines.reverse();
    if (flags.includes('u')) lines = lines.filter((l, i) => l !== lines[i - 1]);
    if (lines.length > 0) ctx.io.out(`${lines.join('\n')}\n`);
    return status;
  },
};

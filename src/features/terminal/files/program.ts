import type { CommandContext } from '../command';
import { UsageError } from './options';

/** Runs a utility's body; bad options print their usage message and exit with `usageStatus` (2 for ls, grep; 1 for most). */
export async function runUtility(
  ctx: CommandContext,
  body: () => number | Promise<number>,
  usageStatus = 1,
): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof UsageError) {
      ctx.io.err(`${e.message}\n`);
      return usageStatus;
    }
    throw e;
  }
}

const decoder = new TextDecoder();

/** A file's text, or the reason it cannot be read, worded as the utilities word it. */
export function readFileText(ctx: CommandContext, operand: string): { text: string } | { error: string } {
  const path = ctx.resolve(operand);
  const stat = ctx.fs.stat(path);
  if (!stat) return { error: 'No such file or directory' };
  if (stat.kind === 'directory') return { error: 'Is a directory' };
  return { text: decoder.decode(ctx.fs.read(path)) };
}

/** `a\nb\n` → ['a\n', 'b\n']; a last line without a newline is kept as it is. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

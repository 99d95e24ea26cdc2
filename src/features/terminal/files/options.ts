/** Short options as POSIX utilities take them: `-la` is `-l -a`, `-n 5` and `-n5` give n a value, `--` ends them. */
export interface ParsedOptions {
  flags: Set<string>;
  values: Map<string, string>;
  operands: string[];
}

/** What `ls -z` prints (with `Try 'ls --help'`), thrown for the program to print and exit with status 2 or 1. */
export class UsageError extends Error {}

export function parseOptions(
  program: string,
  args: readonly string[],
  flags: string,
  withValue = '',
  longFlags: Record<string, string> = {},
): ParsedOptions {
  const parsed: ParsedOptions = { flags: new Set(), values: new Map(), operands: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      parsed.operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const short = longFlags[arg];
      if (short === undefined) {
        throw new UsageError(`${program}: unrecognized option '${arg}'\nTry '${program} --help' for more information.`);
      }
      parsed.flags.add(short);
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.operands.push(arg);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const letter = arg[j]!;
      if (withValue.includes(letter)) {
        const value = arg.slice(j + 1) || args[++i];
        if (value === undefined) {
          throw new UsageError(
            `${program}: option requires an argument -- '${letter}'\nTry '${program} --help' for more information.`,
          );
        }
        parsed.values.set(letter, value);
        break;
      }
      if (!flags.includes(letter)) {
        throw new UsageError(
          `${program}: invalid option -- '${letter}'\nTry '${program} --help' for more information.`,
        );
      }
      parsed.flags.add(letter);
    }
  }
  return parsed;
}

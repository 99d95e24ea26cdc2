/**
 * The AWS CLI's exit statuses (docs: "Return codes"): 252 a command line the CLI could not parse, 253 a bad
 * configuration, 254 an error the service returned, 255 anything else; 130 after Ctrl+C.
 */
export const EXIT = { usage: 252, config: 253, service: 254, other: 255, interrupted: 130 } as const;

/** An error the CLI reports before calling the service; `usage` prints the synopsis above it as argparse does. */
export class CliError extends Error {
  readonly exitCode: number;
  readonly usage: boolean;

  constructor(message: string, exitCode: number = EXIT.usage, usage = false) {
    super(message);
    this.exitCode = exitCode;
    this.usage = usage;
  }
}

export const USAGE = `usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help
`;

/** argparse's `aws: error: ...` with the synopsis first. */
export const usageError = (message: string) => new CliError(`aws: error: ${message}`, EXIT.usage, true);

/** The CLI's two-column list of choices: `a | b` with the left column padded to 40. */
export function choiceColumns(choices: readonly string[]): string {
  const rows: string[] = [];
  for (let i = 0; i < choices.length; i += 2) {
    const left = choices[i] as string;
    const right = choices[i + 1];
    rows.push(right === undefined ? left : `${left.padEnd(40)} | ${right}`);
  }
  return rows.join('\n');
}

export const invalidChoice = (argument: string, choices: readonly string[]) =>
  usageError(`argument ${argument}: Invalid choice, valid choices are:\n\n${choiceColumns(choices)}`);

export const paramError = (param: string, message: string) =>
  new CliError(`Error parsing parameter '${param}': ${message}`, EXIT.usage);

/** botocore's client-side validation, which runs before any request is sent. */
export const validationError = (problems: readonly string[]) =>
  new CliError(`\nParameter validation failed:\n${problems.join('\n')}`, EXIT.usage);

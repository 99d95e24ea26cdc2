import type { CommandContext } from '../command';
import { HOME } from '../workspace/fs';
import { parseConfig, serializeConfig, type GitConfig } from './config';
import { Repository } from './repository';
import type { GitHost } from './transport';

export interface GitInvocation {
  ctx: CommandContext;
  host: GitHost;
  /** The arguments after the subcommand. */
  args: string[];
}

export type GitCommand = (run: GitInvocation) => Promise<number>;

export const repositoryHere = (run: GitInvocation) => Repository.find(run.ctx.fs, run.ctx.cwd);

const globalConfigPath = (run: GitInvocation) => `${run.ctx.env.HOME ?? HOME}/.gitconfig`;

export const readGlobalConfig = (run: GitInvocation): GitConfig =>
  parseConfig(run.ctx.fs.readText(globalConfigPath(run)) ?? '');

export const writeGlobalConfig = (run: GitInvocation, config: GitConfig) =>
  run.ctx.fs.write(globalConfigPath(run), serializeConfig(config));

/** A setting from the repository's config, else the global one. */
export function setting(run: GitInvocation, repo: Repository | undefined, key: string): string | undefined {
  return repo?.config.get(key) ?? readGlobalConfig(run).get(key);
}

/** Splits `-m msg`, `--flag`, `--key=value` and operands; `--` ends options. */
export function splitArgs(args: readonly string[], withValue: readonly string[] = []) {
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  const operands: string[] = [];
  let afterDashes = false;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (afterDashes) {
      paths.push(arg);
    } else if (arg === '--') {
      afterDashes = true;
    } else if (arg.startsWith('--') && arg.includes('=')) {
      const [key, ...rest] = arg.split('=');
      values.set(key!, [...(values.get(key!) ?? []), rest.join('=')]);
    } else if (withValue.includes(arg)) {
      const value = args[++i];
      if (value === undefined) throw new Error(`error: switch \`${arg.replace(/^-+/, '')}' requires a value`);
      values.set(arg, [...(values.get(arg) ?? []), value]);
    } else if (/^-[A-Za-z]{2,}$/.test(arg) && withValue.some((w) => w.length === 2 && arg.endsWith(w[1]!))) {
      // `-am "msg"`: the flags, then the one that takes the value.
      for (const letter of arg.slice(1, -1)) flags.add(`-${letter}`);
      const key = `-${arg.at(-1)}`;
      const value = args[++i];
      if (value === undefined) throw new Error(`error: switch \`${key.slice(1)}' requires a value`);
      values.set(key, [...(values.get(key) ?? []), value]);
    } else if (/^-\d+$/.test(arg)) {
      values.set('-n', [arg.slice(1)]);
    } else if (arg.startsWith('-') && arg !== '-') {
      flags.add(arg);
    } else {
      operands.push(arg);
    }
  }
  return { flags, values, operands, paths };
}

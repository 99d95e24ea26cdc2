import { isValidKey } from './config';
import { readGlobalConfig, repositoryHere, splitArgs, writeGlobalConfig, type GitCommand } from './invocation';
import { GitError } from './repository';

/** `git config [--global] <key> [<value>]`, `--get`, `--unset`, `--list`. */
export const config: GitCommand = async (run) => {
  const { flags, operands } = splitArgs(run.args);
  const global = flags.has('--global');
  const repo = global
    ? undefined
    : (() => {
        try {
          return repositoryHere(run);
        } catch {
          return undefined;
        }
      })();
  if (flags.has('--list') || flags.has('-l')) {
    const entries = [...readGlobalConfig(run).entries(), ...(global ? [] : (repo?.config.entries() ?? []))];
    run.ctx.io.out(entries.map(([k, v]) => `${k}=${v}\n`).join(''));
    return 0;
  }
  const [key, value] = operands;
  if (key === undefined) throw new GitError('error: no action specified', 129);
  if (!isValidKey(key)) throw new GitError(`error: invalid key: ${key}`, 1);
  if (value === undefined && !flags.has('--unset')) {
    const found = global ? readGlobalConfig(run).get(key) : (repo?.config.get(key) ?? readGlobalConfig(run).get(key));
    if (found === undefined) return 1;
    run.ctx.io.out(`${found}\n`);
    return 0;
  }
  if (!global && !repo) throw new GitError('fatal: not in a git directory');
  const target = global ? readGlobalConfig(run) : repo!.config;
  if (flags.has('--unset')) {
    if (!target.unset(key)) return 5;
  } else {
    target.set(key, value!);
  }
  if (global) writeGlobalConfig(run, target);
  else repo!.save();
  return 0;
};

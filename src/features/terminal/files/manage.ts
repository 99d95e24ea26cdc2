import type { CommandContext, TerminalFs, TerminalProgram } from '../command';
import { FsError, basename } from '../workspace/fs';
import { completePath } from './complete-path';
import { parseOptions, UsageError } from './options';
import { runUtility } from './program';

const completeFiles = async (request: Parameters<NonNullable<TerminalProgram['complete']>>[0]) => completePath(request);

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

export const mkdir: TerminalProgram = {
  summary: 'make directories',
  run: (ctx) =>
    runUtility(ctx, () => {
      const { flags, operands } = parseOptions('mkdir', ctx.argv.slice(1), 'p', '', { '--parents': 'p' });
      if (operands.length === 0) throw missingOperand('mkdir');
      let status = 0;
      for (const operand of operands) {
        const path = ctx.resolve(operand);
        try {
          if (flags.has('p')) {
            makeParents(ctx.fs, path, operand);
          } else {
            ctx.fs.mkdir(path);
          }
        } catch (e) {
          ctx.io.err(`mkdir: cannot create directory ‘${operand}’: ${reason(e)}\n`);
          status = 1;
        }
      }
      return status;
    }),
  complete: completeFiles,
};

function makeParents(fs: TerminalFs, path: string, operand: string) {
  const parts = path.split('/').filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const current = `/${parts.slice(0, i).join('/')}`;
    const stat = fs.stat(current);
    if (!stat) fs.mkdir(current);
    else if (stat.kind !== 'directory') throw new FsError(i === parts.length ? 'EEXIST' : 'ENOTDIR', operand);
  }
}

const missingOperand = (program: string) =>
  new UsageError(`${program}: missing operand\nTry '${program} --help' for more information.`);

export const rm: TerminalProgram = {
  summary: 'remove files or directories',
  run: (ctx) =>
    runUtility(ctx, () => {
      const { flags, operands } = parseOptions('rm', ctx.argv.slice(1), 'rRf', '', {
        '--recursive': 'r',
        '--force': 'f',
      });
      const recursive = flags.has('r') || flags.has('R');
      if (operands.length === 0 && !flags.has('f')) {
        ctx.io.err("rm: missing operand\nTry 'rm --help' for more information.\n");
        return 1;
      }
      let status = 0;
      for (const operand of operands) {
        const path = ctx.resolve(operand);
        const stat = ctx.fs.stat(path);
        if (!stat) {
          if (!flags.has('f')) {
            ctx.io.err(`rm: cannot remove '${operand}': No such file or directory\n`);
            status = 1;
          }
        } else if (stat.kind === 'directory' && !recursive) {
          ctx.io.err(`rm: cannot remove '${operand}': Is a directory\n`);
          status = 1;
        } else if (['.', '..'].includes(basename(operand)) || operand === '/') {
          ctx.io.err(`rm: refusing to remove '.' or '..' directory: skipping '${operand}'\n`);
          status = 1;
        } else {
          ctx.fs.remove(path, true);
        }
      }
      return status;
    }),
  complete: completeFiles,
};

export const touch: TerminalProgram = {
  summary: 'create empty files, or mark files changed',
  run: (ctx) =>
    runUtility(ctx, () => {
      const { operands } = parseOptions('touch', ctx.argv.slice(1), '');
      if (operands.length === 0) {
        ctx.io.err("touch: missing file operand\nTry 'touch --help' for more information.\n");
        return 1;
      }
      let status = 0;
      for (const operand of operands) {
        const path = ctx.resolve(operand);
        try {
          const stat = ctx.fs.stat(path);
          if (stat?.kind !== 'directory') ctx.fs.write(path, ctx.fs.read(path) ?? new Uint8Array());
        } catch (e) {
          ctx.io.err(`touch: cannot touch '${operand}': ${reason(e)}\n`);
          status = 1;
        }
      }
      return status;
    }),
  complete: completeFiles,
};

function copyTree(fs: TerminalFs, from: string, to: string) {
  if (fs.stat(from)?.kind === 'directory') {
    if (!fs.stat(to)) fs.mkdir(to);
    for (const name of fs.list(from) ?? []) copyTree(fs, `${from}/${name}`, `${to}/${name}`);
  } else {
    fs.write(to, fs.read(from) ?? new Uint8Array());
  }
}

/** cp and mv: one source onto a path, or several into a directory. */
function transfer(ctx: CommandContext, program: 'cp' | 'mv'): number {
  const { flags, operands } = parseOptions(program, ctx.argv.slice(1), program === 'cp' ? 'rRf' : 'f', '', {
    '--recursive': 'r',
    '--force': 'f',
  });
  if (operands.length < 2) {
    ctx.io.err(
      `${program}: ${operands.length === 0 ? 'missing file operand' : `missing destination file operand after '${operands[0]}'`}\nTry '${program} --help' for more information.\n`,
    );
    return 1;
  }
  const sources = operands.slice(0, -1);
  const target = operands.at(-1)!;
  const targetPath = ctx.resolve(target);
  const targetIsDirectory = ctx.fs.stat(targetPath)?.kind === 'directory';
  if (sources.length > 1 && !targetIsDirectory) {
    ctx.io.err(`${program}: target '${target}' is not a directory\n`);
    return 1;
  }
  let status = 0;
  for (const source of sources) {
    const from = ctx.resolve(source);
    const stat = ctx.fs.stat(from);
    const to = targetIsDirectory ? `${targetPath}/${basename(from)}` : targetPath;
    if (!stat) {
      ctx.io.err(`${program}: cannot stat '${source}': No such file or directory\n`);
      status = 1;
      continue;
    }
    if (stat.kind === 'directory' && program === 'cp' && !flags.has('r') && !flags.has('R')) {
      ctx.io.err(`cp: -r not specified; omitting directory '${source}'\n`);
      status = 1;
      continue;
    }
    if (stat.kind === 'directory' && `${to}/`.startsWith(`${from}/`)) {
      ctx.io.err(
        `${program}: cannot ${program === 'cp' ? 'copy' : 'move'} a directory, '${source}', into itself, '${target}'\n`,
      );
      status = 1;
      continue;
    }
    try {
      copyTree(ctx.fs, from, to);
      if (program === 'mv' && from !== to) ctx.fs.remove(from, true);
    } catch (e) {
      ctx.io.err(`${program}: cannot create regular file '${target}': ${reason(e)}\n`);
      status = 1;
    }
  }
  return status;
}

export const cp: TerminalProgram = {
  summary: 'copy files and directories',
  run: (ctx) => runUtility(ctx, () => transfer(ctx, 'cp')),
  complete: completeFiles,
};

export const mv: TerminalProgram = {
  summary: 'move (rename) files',
  run: (ctx) => runUtility(ctx, () => transfer(ctx, 'mv')),
  complete: completeFiles,
};

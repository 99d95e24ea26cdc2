import type { CommandContext, TerminalProgram } from '../command';
import { HOME } from '../workspace/fs';
import { completePath } from './complete-path';
import { parseOptions } from './options';
import { runUtility } from './program';

const BLUE = '\x1b[01;34m';
const RESET = '\x1b[0m';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** ext4's directory size and block size, which `ls -l` and `total` show. */
const DIRECTORY_BYTES = 4096;
const SIX_MONTHS_MS = 182 * 24 * 3600 * 1000;

export const pwd: TerminalProgram = {
  summary: 'print the current directory',
  async run(ctx) {
    ctx.io.out(`${ctx.cwd}\n`);
    return 0;
  },
};

export const cd: TerminalProgram = {
  summary: 'change the current directory',
  async run(ctx) {
    const operands = ctx.argv.slice(1);
    if (operands.length > 1) {
      ctx.io.err('bash: cd: too many arguments\n');
      return 1;
    }
    const target = operands[0] ?? ctx.env.HOME ?? HOME;
    const path = ctx.resolve(target);
    const stat = ctx.fs.stat(path);
    if (!stat || stat.kind !== 'directory') {
      ctx.io.err(`bash: cd: ${target}: ${stat ? 'Not a directory' : 'No such file or directory'}\n`);
      return 1;
    }
    ctx.setCwd(path);
    return 0;
  },
  complete: async (request) => completePath(request, { directoriesOnly: true }),
};

/** `Nov 22 12:48`, or `Nov 22  2025` for a date more than six months away, in the instance's UTC. */
function lsDate(ms: number, nowMs: number): string {
  const d = new Date(ms);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  const recent = Math.abs(nowMs - ms) < SIX_MONTHS_MS;
  const tail = recent
    ? `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`
    : ` ${d.getUTCFullYear()}`;
  return `${MONTHS[d.getUTCMonth()]} ${day} ${tail}`;
}

interface Entry {
  name: string;
  path: string;
  kind: 'file' | 'directory';
  size: number;
  modifiedMs: number;
  links: number;
}

function entryAt(ctx: CommandContext, name: string, path: string): Entry | undefined {
  const stat = ctx.fs.stat(path);
  if (!stat) return undefined;
  const subdirectories =
    stat.kind === 'directory'
      ? (ctx.fs.list(path) ?? []).filter((n) => ctx.fs.stat(`${path}/${n}`)?.kind === 'directory').length
      : 0;
  return {
    name,
    path,
    kind: stat.kind,
    size: stat.kind === 'directory' ? DIRECTORY_BYTES : stat.size,
    modifiedMs: stat.modifiedMs ?? 0,
    links: stat.kind === 'directory' ? 2 + subdirectories : 1,
  };
}

const collate = (name: string) => name.replace(/^\.+/, '').toLowerCase();

const colour = (e: Entry) => (e.kind === 'directory' ? `${BLUE}${e.name}${RESET}` : e.name);

function longListing(entries: Entry[], withTotal: boolean): string {
  // The files' clock (the simulated one) decides what is recent, not the wall clock.
  const nowMs = Math.max(0, ...entries.map((e) => e.modifiedMs));
  const sizeWidth = Math.max(1, ...entries.map((e) => String(e.size).length));
  const linkWidth = Math.max(1, ...entries.map((e) => String(e.links).length));
  const blocks = entries.reduce((n, e) => n + (e.size === 0 ? 0 : Math.ceil(e.size / DIRECTORY_BYTES) * 4), 0);
  const lines = entries.map(
    (e) =>
      `${e.kind === 'directory' ? 'drwxrwxr-x' : '-rw-rw-r--'} ${String(e.links).padStart(linkWidth)} ec2-user ec2-user ${String(e.size).padStart(sizeWidth)} ${lsDate(e.modifiedMs, nowMs)} ${colour(e)}\n`,
  );
  return `${withTotal ? `total ${blocks}\n` : ''}${lines.join('')}`;
}

const shortListing = (entries: Entry[], onePerLine: boolean) =>
  entries.length === 0 ? '' : `${entries.map(colour).join(onePerLine ? '\n' : '  ')}\n`;

export const ls: TerminalProgram = {
  summary: 'list directory contents',
  run: (ctx) =>
    runUtility(
      ctx,
      () => {
        const { flags, operands } = parseOptions('ls', ctx.argv.slice(1), 'laA1', '', {
          '--all': 'a',
          '--almost-all': 'A',
        });
        const all = flags.has('a');
        const hidden = all || flags.has('A');
        const format = (entries: Entry[], isDirectory: boolean) =>
          flags.has('l') ? longListing(entries, isDirectory) : shortListing(entries, flags.has('1'));
        let status = 0;
        const files: Entry[] = [];
        const directories: Entry[] = [];
        for (const operand of operands.length > 0 ? operands : ['.']) {
          const entry = entryAt(ctx, operand, ctx.resolve(operand));
          if (!entry) {
            ctx.io.err(`ls: cannot access '${operand}': No such file or directory\n`);
            status = 2;
          } else {
            (entry.kind === 'directory' ? directories : files).push(entry);
          }
        }
        const sections: string[] = [];
        if (files.length > 0) sections.push(format(files, false));
        for (const dir of directories) {
          // GNU ls in an en_US.UTF-8 locale sorts ignoring case and leading dots (`.git` near `gitignore`).
          const names = (ctx.fs.list(dir.path) ?? [])
            .filter((n) => hidden || !n.startsWith('.'))
            .sort((x, y) => collate(x).localeCompare(collate(y)));
          const entries = [
            ...(all ? ['.', '..'] : []).map((n) => entryAt(ctx, n, ctx.resolve(`${dir.path}/${n}`))!),
            ...names.map((n) => entryAt(ctx, n, `${dir.path}/${n}`)!),
          ];
          const header = operands.length > 1 || files.length > 0 ? `${dir.name}:\n` : '';
          sections.push(`${header}${format(entries, true)}`);
        }
        ctx.io.out(sections.join('\n'));
        return status;
      },
      2,
    ),
  complete: async (request) => completePath(request),
};

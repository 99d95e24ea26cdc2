import { structuredPatch } from 'diff';
import type { CommitObject, ObjectId } from '../../../engine/codecommit/git-objects';
import { blobFromBytes } from '../../../engine/codecommit/content';
import type { Repository } from './repository';
import { short } from './repository';

export const color = {
  red: (s: string) => `\x1b[31m${s}\x1b[m`,
  green: (s: string) => `\x1b[32m${s}\x1b[m`,
  yellow: (s: string) => `\x1b[33m${s}\x1b[m`,
  cyan: (s: string) => `\x1b[36m${s}\x1b[m`,
  bold: (s: string) => `\x1b[1m${s}\x1b[m`,
  boldCyan: (s: string) => `\x1b[1;36m${s}\x1b[m`,
  boldGreen: (s: string) => `\x1b[1;32m${s}\x1b[m`,
  boldRed: (s: string) => `\x1b[1;31m${s}\x1b[m`,
};

/** A repository path as git shows it to someone standing in `cwd` (`../README.md` from a subfolder). */
export function displayPath(repo: Repository, cwd: string, path: string): string {
  const from = (repo.relative(cwd) ?? '').split('/').filter(Boolean);
  const to = path.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Sun Nov 22 12:48:00 2026 +0000`: git's default date format; CodeCommit stamps commits in UTC. */
export function gitDate(epochSeconds: number): string {
  const d = new Date(epochSeconds * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()} +0000`;
}

/** `(HEAD -> main, origin/main, origin/HEAD)` for the refs pointing at a commit, coloured as git colours them. */
export function decorations(repo: Repository, id: ObjectId): string {
  const current = repo.currentBranch();
  const names: string[] = [];
  if (repo.headCommit() === id) {
    names.push(
      current !== undefined && repo.refs.heads[current] === id
        ? `${color.boldCyan('HEAD ->')} ${color.boldGreen(current)}`
        : color.boldCyan('HEAD'),
    );
  }
  for (const [branch, tip] of Object.entries(repo.refs.heads).sort()) {
    if (tip === id && branch !== current) names.push(color.boldGreen(branch));
  }
  for (const [remote, branches] of Object.entries(repo.refs.remotes)) {
    for (const [branch, tip] of Object.entries(branches).sort())
      if (tip === id) names.push(color.boldRed(`${remote}/${branch}`));
  }
  return names.length === 0 ? '' : ` ${color.yellow('(')}${names.join(color.yellow(', '))}${color.yellow(')')}`;
}

export function formatCommit(repo: Repository, id: ObjectId, commit: CommitObject): string {
  const body = commit.message
    .replace(/\n+$/, '')
    .split('\n')
    .map((l) => (l ? `    ${l}` : ''));
  return [
    `${color.yellow(`commit ${id}`)}${decorations(repo, id)}`,
    ...(commit.parents.length > 1 ? [`Merge: ${commit.parents.map(short).join(' ')}`] : []),
    `Author: ${commit.author.name} <${commit.author.email}>`,
    `Date:   ${gitDate(commit.author.epochSeconds)}`,
    '',
    ...body,
    '',
  ].join('\n');
}

export const subject = (commit: CommitObject) => commit.message.split('\n')[0] ?? '';

const textOf = (bytes: Uint8Array | undefined) => {
  if (bytes === undefined) return '';
  const blob = blobFromBytes(bytes);
  return typeof blob === 'string' ? blob : undefined;
};

export interface FileVersion {
  id: ObjectId;
  mode: string;
  bytes: Uint8Array;
}

const ZERO = '0000000';

/** One file's unified diff, as `git diff` prints it (with git's colours). */
export function fileDiff(path: string, before: FileVersion | undefined, after: FileVersion | undefined): string {
  const lines = [color.bold(`diff --git a/${path} b/${path}`)];
  if (!before && after)
    lines.push(color.bold(`new file mode ${after.mode}`), color.bold(`index ${ZERO}..${short(after.id)}`));
  else if (before && !after)
    lines.push(color.bold(`deleted file mode ${before.mode}`), color.bold(`index ${short(before.id)}..${ZERO}`));
  else if (before && after && before.mode !== after.mode) {
    lines.push(color.bold(`old mode ${before.mode}`), color.bold(`new mode ${after.mode}`));
    if (before.id !== after.id) lines.push(color.bold(`index ${short(before.id)}..${short(after.id)}`));
  } else if (before && after) lines.push(color.bold(`index ${short(before.id)}..${short(after.id)} ${after.mode}`));
  const oldText = textOf(before?.bytes);
  const newText = textOf(after?.bytes);
  if (oldText === undefined || newText === undefined) {
    lines.push(`Binary files ${before ? `a/${path}` : '/dev/null'} and ${after ? `b/${path}` : '/dev/null'} differ`);
    return `${lines.join('\n')}\n`;
  }
  if (oldText === newText) return `${lines.join('\n')}\n`;
  lines.push(
    color.bold(`--- ${before ? `a/${path}` : '/dev/null'}`),
    color.bold(`+++ ${after ? `b/${path}` : '/dev/null'}`),
  );
  const patch = structuredPatch(path, path, oldText, newText, '', '', { context: 3 });
  for (const hunk of patch.hunks) {
    const range = (start: number, count: number) =>
      count === 1 ? `${start}` : `${count === 0 ? start : start},${count}`;
    lines.push(color.cyan(`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`));
    for (const line of hunk.lines) {
      if (line.startsWith('+')) lines.push(color.green(line));
      else if (line.startsWith('-')) lines.push(color.red(line));
      else lines.push(line);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Lines added and removed in a file (binary files count as none), for `--stat` and commit summaries. */
export function lineCounts(
  before: Uint8Array | undefined,
  after: Uint8Array | undefined,
): { added: number; removed: number } {
  const oldText = textOf(before);
  const newText = textOf(after);
  if (oldText === undefined || newText === undefined) return { added: 0, removed: 0 };
  const patch = structuredPatch('a', 'b', oldText, newText, '', '', { context: 0 });
  let added = 0;
  let removed = 0;
  for (const hunk of patch.hunks) {
    for (const line of hunk.lines) {
      if (line.startsWith('+')) added++;
      else if (line.startsWith('-')) removed++;
    }
  }
  return { added, removed };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** ` 2 files changed, 3 insertions(+), 1 deletion(-)` */
export function summaryLine(files: number, added: number, removed: number): string {
  const parts = [` ${files} file${files === 1 ? '' : 's'} changed`];
  if (added > 0 || removed === 0) parts.push(`${plural(added, 'insertion')}(+)`);
  if (removed > 0) parts.push(`${plural(removed, 'deletion')}(-)`);
  return parts.join(', ');
}

/** `1.15 KiB`, as git reports transfer sizes. */
export function transferSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(2)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

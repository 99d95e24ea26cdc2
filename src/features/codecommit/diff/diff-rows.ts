import { structuredPatch } from 'diff';

/** One line of a unified diff; `oldLine`/`newLine` are 1-based and absent on the side a line is not in. */
export interface LineRow {
  kind: 'context' | 'add' | 'delete';
  oldLine?: number;
  newLine?: number;
  text: string;
}

/** The `@@ -a,b +c,d @@` line that starts each hunk. */
export interface HunkRow {
  kind: 'hunk';
  header: string;
}

export type UnifiedRow = LineRow | HunkRow;

export interface SplitCell {
  line: number;
  text: string;
  kind: 'context' | 'add' | 'delete';
}

export type SplitRow = HunkRow | { kind: 'pair'; left?: SplitCell; right?: SplitCell };

/** Past this many bytes on either side a diff is not computed until asked (the console does the same). */
export const LARGE_DIFF_BYTES = 256 * 1024;

export const isLargeDiff = (before: string, after: string) =>
  before.length > LARGE_DIFF_BYTES || after.length > LARGE_DIFF_BYTES;

const NO_NEWLINE = '\\';

/**
 * The line diff of two texts as unified rows, `context` unchanged lines around each change
 * (computed by jsdiff's structuredPatch, git's algorithm family).
 */
export function unifiedRows(before: string, after: string, context = 3): UnifiedRow[] {
  const patch = structuredPatch('before', 'after', before, after, undefined, undefined, { context });
  const rows: UnifiedRow[] = [];
  for (const hunk of patch.hunks) {
    // git names the line before an empty range: `@@ -0,0 +1,2 @@` for an added file.
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    rows.push({ kind: 'hunk', header: `@@ -${oldStart},${hunk.oldLines} +${newStart},${hunk.newLines} @@` });
    let oldLine = hunk.oldStart;
    let newLine = hunk.newStart;
    for (const line of hunk.lines) {
      const mark = line[0];
      const text = line.slice(1);
      if (mark === NO_NEWLINE) continue;
      if (mark === '+') rows.push({ kind: 'add', newLine: newLine++, text });
      else if (mark === '-') rows.push({ kind: 'delete', oldLine: oldLine++, text });
      else rows.push({ kind: 'context', oldLine: oldLine++, newLine: newLine++, text });
    }
  }
  return rows;
}

/**
 * Side-by-side rows: unchanged lines face each other, and each run of deletions is paired line by
 * line with the additions that follow it.
 */
export function splitRows(rows: UnifiedRow[]): SplitRow[] {
  const out: SplitRow[] = [];
  let deletes: SplitCell[] = [];
  let adds: SplitCell[] = [];
  const flush = () => {
    for (let i = 0; i < Math.max(deletes.length, adds.length); i++) {
      out.push({ kind: 'pair', left: deletes[i], right: adds[i] });
    }
    deletes = [];
    adds = [];
  };
  for (const row of rows) {
    if (row.kind === 'delete') {
      if (adds.length > 0) flush();
      deletes.push({ line: row.oldLine ?? 0, text: row.text, kind: 'delete' });
    } else if (row.kind === 'add') {
      adds.push({ line: row.newLine ?? 0, text: row.text, kind: 'add' });
    } else {
      flush();
      if (row.kind === 'hunk') out.push(row);
      else
        out.push({
          kind: 'pair',
          left: { line: row.oldLine ?? 0, text: row.text, kind: 'context' },
          right: { line: row.newLine ?? 0, text: row.text, kind: 'context' },
        });
    }
  }
  flush();
  return out;
}

/** Lines added and removed, for the file list (`+12 −3`). */
export function diffStats(rows: UnifiedRow[]): { added: number; deleted: number } {
  let added = 0;
  let deleted = 0;
  for (const r of rows) {
    if (r.kind === 'add') added++;
    else if (r.kind === 'delete') deleted++;
  }
  return { added, deleted };
}

const sized = (bytes: number | undefined) => (bytes === undefined ? '' : ` (${bytes.toLocaleString('en-US')} bytes)`);

/** What stands in for a line diff when either side is binary, in git's words ("Binary files differ"). */
export function binaryDifference(changeType: 'A' | 'M' | 'D', before?: number, after?: number): string {
  if (changeType === 'A') return `Binary file added${sized(after)}.`;
  if (changeType === 'D') return `Binary file deleted${sized(before)}.`;
  const sizes =
    before === undefined || after === undefined
      ? ''
      : ` (${before.toLocaleString('en-US')} → ${after.toLocaleString('en-US')} bytes)`;
  return `Binary files differ${sizes}.`;
}

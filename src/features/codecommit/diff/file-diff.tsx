import { useMemo, useState } from 'react';
import { useBlob } from '../../../api/codecommit/get-blob';
import type { Difference } from '../../../api/codecommit/pull-request-types';
import { buttonClass } from '../../../components/button-styles';
import { errorText } from '../../../components/error-text';
import { formatBytes } from '../../../components/format/bytes';
import { Loading } from '../../../components/loading';
import { ChangeTypeBadge } from './change-type-badge';
import { binaryDifference, diffStats, isLargeDiff, splitRows, unifiedRows } from './diff-rows';
import type { LineCommentSupport } from './line-comments';
import { SplitTable } from './split-table';
import { UnifiedTable } from './unified-table';

export type DiffMode = 'unified' | 'split';

export const pathOf = (d: Difference) => d.afterBlob?.path ?? d.beforeBlob?.path ?? '';

/** The anchor each file's section has, so the file list can link to it. */
export const fileAnchor = (path: string) => `diff-${path.replace(/[^\w-]/g, '_')}`;

interface FileDiffProps {
  repositoryName: string;
  difference: Difference;
  mode: DiffMode;
  comments?: LineCommentSupport;
}

/** One changed file: both versions read with GetBlob, then a line diff (or why there is none). */
export function FileDiff({ repositoryName, difference, mode, comments }: FileDiffProps) {
  const path = pathOf(difference);
  const before = useBlob(repositoryName, difference.beforeBlob?.blobId);
  const after = useBlob(repositoryName, difference.afterBlob?.blobId);
  const [forced, setForced] = useState(false);
  const [collapsed, setCollapsed] = useState(false);

  const loading = (difference.beforeBlob && before.isPending) || (difference.afterBlob && after.isPending);
  const error = before.error ?? after.error;
  const oldText = difference.beforeBlob ? before.data?.text : '';
  const newText = difference.afterBlob ? after.data?.text : '';
  const binary = !loading && !error && (oldText === undefined || newText === undefined);
  const large = oldText !== undefined && newText !== undefined && isLargeDiff(oldText, newText) && !forced;

  const rows = useMemo(
    () =>
      oldText === undefined || newText === undefined || (isLargeDiff(oldText, newText) && !forced)
        ? undefined
        : unifiedRows(oldText, newText),
    [oldText, newText, forced],
  );
  const stats = rows && diffStats(rows);
  const modeChange =
    difference.beforeBlob && difference.afterBlob && difference.beforeBlob.mode !== difference.afterBlob.mode
      ? `File mode ${difference.beforeBlob.mode} → ${difference.afterBlob.mode}`
      : undefined;

  return (
    <section
      id={fileAnchor(path)}
      aria-label={path}
      tabIndex={-1}
      className="overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <header className="flex flex-wrap items-center gap-3 border-b border-zinc-200 bg-zinc-50 px-4 py-2 dark:border-zinc-800 dark:bg-zinc-800/50">
        <button
          type="button"
          aria-expanded={!collapsed}
          onClick={() => setCollapsed((c) => !c)}
          className="text-xs text-zinc-600 hover:text-zinc-950 dark:text-zinc-400 dark:hover:text-white"
        >
          {collapsed ? 'Show' : 'Hide'}
          <span className="sr-only"> {path}</span>
        </button>
        <ChangeTypeBadge type={difference.changeType} />
        <h3 className="min-w-0 font-mono text-sm font-semibold break-all">{path}</h3>
        {stats && (
          <span className="text-xs">
            <span className="text-emerald-700 dark:text-emerald-400">+{stats.added}</span>{' '}
            <span className="text-red-700 dark:text-red-400">−{stats.deleted}</span>
          </span>
        )}
        {modeChange && <span className="text-xs text-zinc-600 dark:text-zinc-400">{modeChange}</span>}
      </header>
      {!collapsed && (
        <div className="overflow-x-auto">
          {loading && (
            <div className="px-4">
              <Loading label={`Reading ${path}…`} />
            </div>
          )}
          {error && (
            <p role="alert" className="px-4 py-3 font-mono text-xs text-red-700 dark:text-red-300">
              {errorText(error)}
            </p>
          )}
          {binary && (
            <p className="px-4 py-3 text-zinc-600 dark:text-zinc-400">
              {binaryDifference(
                difference.changeType,
                difference.beforeBlob && before.data?.size,
                difference.afterBlob && after.data?.size,
              )}
            </p>
          )}
          {large && (
            <div className="flex flex-wrap items-center gap-3 px-4 py-3 text-zinc-700 dark:text-zinc-300">
              <p>
                This file is large ({formatBytes(Math.max(before.data?.size ?? 0, after.data?.size ?? 0))}); its diff is
                not shown automatically.
              </p>
              <button type="button" className={buttonClass('normal', 'py-1 text-xs')} onClick={() => setForced(true)}>
                Show the diff anyway
              </button>
            </div>
          )}
          {rows && rows.length === 0 && (
            <p className="px-4 py-3 text-zinc-600 dark:text-zinc-400">
              {modeChange ? 'Only the file mode changed.' : 'No line changes.'}
            </p>
          )}
          {rows &&
            rows.length > 0 &&
            (mode === 'unified' ? (
              <UnifiedTable path={path} rows={rows} comments={comments} />
            ) : (
              <SplitTable path={path} rows={splitRows(rows)} comments={comments} />
            ))}
        </div>
      )}
    </section>
  );
}

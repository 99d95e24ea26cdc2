import { Fragment, useState } from 'react';
import type { Location } from '../../../api/codecommit/pull-request-types';
import type { UnifiedRow } from './diff-rows';
import { CommentButton, LineComments, locationKey, type LineCommentSupport } from './line-comments';

const ROW_TONE = {
  context: '',
  add: 'bg-emerald-50 dark:bg-emerald-950/40',
  delete: 'bg-red-50 dark:bg-red-950/40',
};
const MARK = { context: ' ', add: '+', delete: '−' };
const SPOKEN = { context: '', add: 'Added: ', delete: 'Removed: ' };

const gutter =
  'w-12 border-r border-zinc-200 px-2 text-right align-top text-zinc-500 select-none dark:border-zinc-800 dark:text-zinc-500';

/** Where a comment on a row goes: removed lines belong to the old version, the rest to the new. */
const locationOf = (path: string, row: Exclude<UnifiedRow, { kind: 'hunk' }>): Location =>
  row.kind === 'delete'
    ? { filePath: path, filePosition: row.oldLine ?? 1, relativeFileVersion: 'BEFORE' }
    : { filePath: path, filePosition: row.newLine ?? 1, relativeFileVersion: 'AFTER' };

interface UnifiedTableProps {
  path: string;
  rows: UnifiedRow[];
  comments?: LineCommentSupport;
}

/** One column of lines, old and new numbers in the gutter; lines may carry comment threads. */
export function UnifiedTable({ path, rows, comments }: UnifiedTableProps) {
  const [open, setOpen] = useState<string>();
  const columns = comments ? 5 : 4;
  return (
    <table className="w-full border-collapse font-mono text-xs leading-5">
      <caption className="sr-only">Line changes in {path}</caption>
      <tbody>
        {rows.map((row, i) => {
          if (row.kind === 'hunk') {
            return (
              <tr key={i} className="bg-sky-50 text-sky-900 dark:bg-sky-950/40 dark:text-sky-200">
                <td colSpan={columns} className="px-3 py-1">
                  {row.header}
                </td>
              </tr>
            );
          }
          const location = locationOf(path, row);
          const key = locationKey(location);
          const threaded = (comments?.threadFor(location).length ?? 0) > 0;
          return (
            <Fragment key={i}>
              <tr className={`group ${ROW_TONE[row.kind]}`}>
                {comments && (
                  <td className="w-7 px-1 align-top">
                    <CommentButton location={location} onClick={() => setOpen(key)} />
                  </td>
                )}
                <td className={gutter}>{row.oldLine}</td>
                <td className={gutter}>{row.newLine}</td>
                <td className="w-4 pl-2 align-top select-none" aria-hidden="true">
                  {MARK[row.kind]}
                </td>
                <td className="pr-4 break-all whitespace-pre-wrap">
                  {SPOKEN[row.kind] && <span className="sr-only">{SPOKEN[row.kind]}</span>}
                  {row.text}
                </td>
              </tr>
              {comments && (threaded || open === key) && (
                <tr>
                  <td colSpan={columns} className="space-y-2 bg-zinc-50 px-4 py-2 dark:bg-zinc-950">
                    <LineComments
                      location={location}
                      support={comments}
                      open={open === key}
                      onDone={() => setOpen(undefined)}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

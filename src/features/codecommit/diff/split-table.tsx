import { Fragment, useState } from 'react';
import type { Location } from '../../../api/codecommit/pull-request-types';
import type { SplitCell, SplitRow } from './diff-rows';
import { CommentButton, LineComments, locationKey, type LineCommentSupport } from './line-comments';

const CELL_TONE = {
  context: '',
  add: 'bg-emerald-50 dark:bg-emerald-950/40',
  delete: 'bg-red-50 dark:bg-red-950/40',
};
const SPOKEN = { context: '', add: 'Added: ', delete: 'Removed: ' };
const gutter =
  'w-12 border-r border-zinc-200 px-2 text-right align-top text-zinc-500 select-none dark:border-zinc-800 dark:text-zinc-500';

/**
 * Where a comment on a cell goes, the same place the unified view puts it: removed lines belong
 * to the old version; unchanged and added lines to the new one, so they take comments on the right.
 */
function locationOf(path: string, cell: SplitCell | undefined, side: 'left' | 'right'): Location | undefined {
  if (!cell) return undefined;
  if (side === 'left')
    return cell.kind === 'delete'
      ? { filePath: path, filePosition: cell.line, relativeFileVersion: 'BEFORE' }
      : undefined;
  return { filePath: path, filePosition: cell.line, relativeFileVersion: 'AFTER' };
}

interface SideProps {
  cell: SplitCell | undefined;
  last?: boolean;
  commentable: boolean;
  location: Location | undefined;
  onComment: () => void;
}

function Side({ cell, last, commentable, location, onComment }: SideProps) {
  const divider = last ? '' : 'border-r border-zinc-300 dark:border-zinc-700';
  const button = commentable && (
    <td className={`px-1 align-top ${cell ? CELL_TONE[cell.kind] : 'bg-zinc-50 dark:bg-zinc-950'}`}>
      {location && <CommentButton location={location} onClick={onComment} />}
    </td>
  );
  if (!cell)
    return (
      <>
        {button}
        <td colSpan={2} className={`bg-zinc-50 dark:bg-zinc-950 ${divider}`} />
      </>
    );
  return (
    <>
      {button}
      <td className={`${gutter} ${CELL_TONE[cell.kind]}`}>{cell.line}</td>
      <td className={`px-2 break-all whitespace-pre-wrap ${CELL_TONE[cell.kind]} ${divider}`}>
        {SPOKEN[cell.kind] && <span className="sr-only">{SPOKEN[cell.kind]}</span>}
        {cell.text}
      </td>
    </>
  );
}

interface SplitTableProps {
  path: string;
  rows: SplitRow[];
  comments?: LineCommentSupport;
}

/** Old version on the left, new on the right, changed lines facing each other; lines may carry comment threads. */
export function SplitTable({ path, rows, comments }: SplitTableProps) {
  const [open, setOpen] = useState<string>();
  const half = comments ? 3 : 2;
  const threadCell = (location: Location | undefined) => {
    if (!comments || !location) return <td colSpan={half} />;
    return (
      <td colSpan={half} className="space-y-2 px-4 py-2 align-top">
        <LineComments
          location={location}
          support={comments}
          open={open === locationKey(location)}
          onDone={() => setOpen(undefined)}
        />
      </td>
    );
  };
  return (
    <table className="w-full table-fixed border-collapse font-mono text-xs leading-5">
      <caption className="sr-only">Line changes in {path}, old version beside new</caption>
      <colgroup>
        {comments && <col className="w-7" />}
        <col className="w-12" />
        <col />
        {comments && <col className="w-7" />}
        <col className="w-12" />
        <col />
      </colgroup>
      <tbody>
        {rows.map((row, i) => {
          if (row.kind === 'hunk')
            return (
              <tr key={i} className="bg-sky-50 text-sky-900 dark:bg-sky-950/40 dark:text-sky-200">
                <td colSpan={half * 2} className="px-3 py-1">
                  {row.header}
                </td>
              </tr>
            );
          const left = locationOf(path, row.left, 'left');
          const right = locationOf(path, row.right, 'right');
          const shown = (l: Location | undefined) =>
            !!comments && !!l && (open === locationKey(l) || comments.threadFor(l).length > 0);
          return (
            <Fragment key={i}>
              <tr className="group">
                <Side
                  cell={row.left}
                  commentable={!!comments}
                  location={left}
                  onComment={() => left && setOpen(locationKey(left))}
                />
                <Side
                  cell={row.right}
                  last
                  commentable={!!comments}
                  location={right}
                  onComment={() => right && setOpen(locationKey(right))}
                />
              </tr>
              {(shown(left) || shown(right)) && (
                <tr className="bg-zinc-50 font-sans dark:bg-zinc-950">
                  {threadCell(shown(left) ? left : undefined)}
                  {threadCell(shown(right) ? right : undefined)}
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

import type { SplitCell, SplitRow } from './diff-rows';

const CELL_TONE = {
  context: '',
  add: 'bg-emerald-50 dark:bg-emerald-950/40',
  delete: 'bg-red-50 dark:bg-red-950/40',
};
const SPOKEN = { context: '', add: 'Added: ', delete: 'Removed: ' };
const gutter =
  'w-12 border-r border-zinc-200 px-2 text-right align-top text-zinc-500 select-none dark:border-zinc-800 dark:text-zinc-500';

function Side({ cell, last }: { cell: SplitCell | undefined; last?: boolean }) {
  const divider = last ? '' : 'border-r border-zinc-300 dark:border-zinc-700';
  if (!cell) return <td colSpan={2} className={`bg-zinc-50 dark:bg-zinc-950 ${divider}`} />;
  return (
    <>
      <td className={`${gutter} ${CELL_TONE[cell.kind]}`}>{cell.line}</td>
      <td className={`w-1/2 px-2 break-all whitespace-pre-wrap ${CELL_TONE[cell.kind]} ${divider}`}>
        {SPOKEN[cell.kind] && <span className="sr-only">{SPOKEN[cell.kind]}</span>}
        {cell.text}
      </td>
    </>
  );
}

/** Old version on the left, new on the right, changed lines facing each other. */
export function SplitTable({ path, rows }: { path: string; rows: SplitRow[] }) {
  return (
    <table className="w-full table-fixed border-collapse font-mono text-xs leading-5">
      <caption className="sr-only">Line changes in {path}, old version beside new</caption>
      <colgroup>
        <col className="w-12" />
        <col />
        <col className="w-12" />
        <col />
      </colgroup>
      <tbody>
        {rows.map((row, i) =>
          row.kind === 'hunk' ? (
            <tr key={i} className="bg-sky-50 text-sky-900 dark:bg-sky-950/40 dark:text-sky-200">
              <td colSpan={4} className="px-3 py-1">
                {row.header}
              </td>
            </tr>
          ) : (
            <tr key={i}>
              <Side cell={row.left} />
              <Side cell={row.right} last />
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

import type { ReactNode } from 'react';
import { TableHead } from './table-head';

/** The table of a "How … are simulated" page: one rule per row, cells top-aligned, wide enough to scroll. */
export function RulesTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: string[];
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <TableHead columns={columns} />
        <tbody className="divide-y divide-zinc-100 align-top dark:divide-zinc-800">{children}</tbody>
      </table>
    </div>
  );
}

export type TableColumn = string | { label: string; hidden: true };

/** The header row every console table shares; a hidden column is named for screen readers only (e.g. Actions). */
export function TableHead({ columns }: { columns: readonly TableColumn[] }) {
  return (
    <thead className="bg-zinc-50 text-xs text-zinc-600 dark:bg-zinc-800/50 dark:text-zinc-400">
      <tr>
        {columns.map((column) => {
          const label = typeof column === 'string' ? column : column.label;
          return (
            <th key={label} scope="col" className="px-4 py-2 font-semibold">
              {typeof column === 'string' ? label : <span className="sr-only">{label}</span>}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

import type { ReactNode } from 'react';

export interface KeyValue {
  label: string;
  value: ReactNode;
}

/** Label/value pairs for details panels, two columns when there is room. */
export function KeyValueList({ items }: { items: KeyValue[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-8 gap-y-4 lg:grid-cols-2">
      {items.map((item) => (
        <div key={item.label} className="min-w-0">
          <dt className="text-xs font-semibold text-zinc-600 dark:text-zinc-400">{item.label}</dt>
          <dd className="mt-0.5 break-words">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

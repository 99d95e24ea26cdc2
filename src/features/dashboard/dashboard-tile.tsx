import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';

interface DashboardTileProps {
  title: string;
  to: string;
  /** The headline number, when the tile counts something. */
  count?: number | undefined;
  children: ReactNode;
  className?: string;
}

/** One tile of the project view; its title links to the service area. */
export function DashboardTile({ title, to, count, children, className = '' }: DashboardTileProps) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className={`flex flex-col rounded-xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900 ${className}`}
    >
      <div className="flex items-baseline justify-between gap-3 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
        <h2 id={headingId} className="text-base font-bold">
          <Link to={to} className="hover:underline">
            {title}
          </Link>
        </h2>
        {count !== undefined && (
          <span className="text-2xl font-light text-zinc-700 tabular-nums dark:text-zinc-300">{count}</span>
        )}
      </div>
      <div className="flex-1 px-4 py-3">{children}</div>
    </section>
  );
}

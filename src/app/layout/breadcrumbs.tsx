import { Link, useLocation } from 'react-router';
import { breadcrumbsFor } from './breadcrumbs-model';

export function Breadcrumbs() {
  const { pathname } = useLocation();
  const crumbs = breadcrumbsFor(pathname);
  return (
    <nav aria-label="Breadcrumbs" className="px-6 pt-4 pb-2 text-sm">
      <ol className="flex flex-wrap items-center gap-1.5">
        {crumbs.map((crumb, index) => (
          <li key={`${index}-${crumb.label}`} className="flex min-w-0 items-center gap-1.5">
            {index > 0 && (
              <span aria-hidden="true" className="text-zinc-400">
                ›
              </span>
            )}
            {crumb.to ? (
              <Link to={crumb.to} className="text-accent hover:underline dark:text-accent-night">
                {crumb.label}
              </Link>
            ) : (
              <span aria-current="page" className="truncate text-zinc-600 dark:text-zinc-400">
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

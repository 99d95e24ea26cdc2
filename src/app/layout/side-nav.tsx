import { NavLink } from 'react-router';
import { NAV_ITEMS } from './nav-items';

/** Services in the order a change travels; NavLink marks the current one with aria-current="page". */
export function SideNav() {
  return (
    <nav
      aria-label="Services"
      className="w-56 shrink-0 overflow-y-auto border-r border-zinc-200 bg-white py-3 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <ul className="space-y-0.5 px-2">
        {NAV_ITEMS.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.to === '/'}
              className="block rounded-md border-l-4 border-transparent px-3 py-2 text-zinc-800 hover:bg-zinc-100 aria-[current=page]:border-accent aria-[current=page]:bg-accent-soft aria-[current=page]:font-semibold aria-[current=page]:text-accent-strong dark:text-zinc-200 dark:hover:bg-zinc-800 dark:aria-[current=page]:border-accent-night dark:aria-[current=page]:bg-accent-night-soft dark:aria-[current=page]:text-accent-night"
            >
              {item.group ? (
                <>
                  <span className="text-xs text-zinc-500 dark:text-zinc-400">{item.group}</span> ·{' '}
                  <span>{item.label}</span>
                </>
              ) : (
                item.label
              )}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

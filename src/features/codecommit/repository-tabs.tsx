import { Link, useNavigate } from 'react-router';
import type { RepositoryTab } from './paths';

const TABS: { tab: RepositoryTab; label: string }[] = [
  { tab: 'code', label: 'Code' },
  { tab: 'pull-requests', label: 'Pull requests' },
  { tab: 'commits', label: 'Commits' },
  { tab: 'branches', label: 'Branches' },
  { tab: 'settings', label: 'Settings' },
];

interface RepositoryTabsProps {
  current: RepositoryTab;
  /** Where each tab leads; tabs are addresses, so each view deep-links. */
  targets: Record<RepositoryTab, string>;
  /** Unique per page: the tabs' ids derive from it, and the panel's is `${idBase}-panel`. */
  idBase: string;
}

export const tabId = (idBase: string, tab: RepositoryTab) => `${idBase}-tab-${tab}`;
export const panelId = (idBase: string) => `${idBase}-panel`;

/**
 * Tabs in the WAI-ARIA pattern (arrow keys move between them and open the tab), each one a
 * link so it can be opened in a new browser tab too.
 */
export function RepositoryTabs({ current, targets, idBase }: RepositoryTabsProps) {
  const navigate = useNavigate();

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex((t) => t.tab === current);
    const moves: Record<string, number> = {
      ArrowRight: (index + 1) % TABS.length,
      ArrowLeft: (index - 1 + TABS.length) % TABS.length,
      Home: 0,
      End: TABS.length - 1,
    };
    const next = TABS[moves[event.key] ?? -1];
    if (!next) return;
    event.preventDefault();
    void navigate(targets[next.tab]);
    document.getElementById(tabId(idBase, next.tab))?.focus();
  };

  return (
    <div
      role="tablist"
      aria-label="Repository"
      onKeyDown={onKeyDown}
      className="mb-4 flex gap-1 border-b border-zinc-300 dark:border-zinc-700"
    >
      {TABS.map(({ tab, label }) => (
        <Link
          key={tab}
          id={tabId(idBase, tab)}
          role="tab"
          to={targets[tab]}
          aria-selected={tab === current}
          aria-controls={panelId(idBase)}
          tabIndex={tab === current ? 0 : -1}
          className="-mb-px block border-b-2 border-transparent px-4 py-2 font-semibold text-zinc-600 hover:text-zinc-950 aria-selected:border-accent aria-selected:text-accent dark:text-zinc-400 dark:hover:text-zinc-50 dark:aria-selected:border-accent-night dark:aria-selected:text-accent-night"
        >
          {label}
        </Link>
      ))}
    </div>
  );
}

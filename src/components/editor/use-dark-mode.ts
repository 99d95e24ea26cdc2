import { useSyncExternalStore } from 'react';

/**
 * Whether the app is dark right now. The theme store puts `dark` on <html> (for an explicit choice and for
 * "system" following the OS), so the editor follows that class rather than re-deriving the rule.
 */
function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

const isDark = () => document.documentElement.classList.contains('dark');

export const useDarkMode = () => useSyncExternalStore(subscribe, isDark, () => false);

import { create } from 'zustand';

export type ThemePreference = 'light' | 'dark' | 'system';

/** The key index.html reads before first paint; keep the two in step. */
export const THEME_STORAGE_KEY = 'cicdlab-theme';

const SYSTEM_DARK = '(prefers-color-scheme: dark)';

export const isDarkTheme = (preference: ThemePreference, systemPrefersDark: boolean) =>
  preference === 'dark' || (preference === 'system' && systemPrefersDark);

function readPreference(): ThemePreference {
  try {
    const saved = localStorage.getItem(THEME_STORAGE_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

const systemPrefersDark = () => typeof matchMedia === 'function' && matchMedia(SYSTEM_DARK).matches;

function applyTheme(preference: ThemePreference): void {
  document.documentElement.classList.toggle('dark', isDarkTheme(preference, systemPrefersDark()));
}

interface ThemeState {
  preference: ThemePreference;
  setPreference: (preference: ThemePreference) => void;
}

export const useThemeStore = create<ThemeState>((set) => ({
  preference: readPreference(),
  setPreference: (preference) => {
    try {
      if (preference === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, preference);
    } catch {
      // Private windows may refuse storage; the choice still holds for this visit.
    }
    applyTheme(preference);
    set({ preference });
  },
}));

/** Follows the operating system's light/dark switch while the preference is "system". */
export function watchSystemTheme(): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const query = matchMedia(SYSTEM_DARK);
  const onChange = () => {
    if (useThemeStore.getState().preference === 'system') applyTheme('system');
  };
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

import { useEffect, type ReactNode } from 'react';
import { MonitorIcon, MoonIcon, SunIcon } from '../../components/icons';
import { useThemeStore, watchSystemTheme, type ThemePreference } from '../../stores/theme-store';

const OPTIONS: { value: ThemePreference; label: string; icon: ReactNode }[] = [
  { value: 'light', label: 'Light', icon: <SunIcon /> },
  { value: 'dark', label: 'Dark', icon: <MoonIcon /> },
  { value: 'system', label: 'System', icon: <MonitorIcon /> },
];

/** Light, dark, or whatever the operating system uses; remembered in this browser. */
export function ThemeControl() {
  const preference = useThemeStore((s) => s.preference);
  const setPreference = useThemeStore((s) => s.setPreference);
  useEffect(watchSystemTheme, []);

  return (
    <div role="group" aria-label="Theme" className="flex rounded-full border border-zinc-600 p-0.5">
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={preference === option.value}
          title={`${option.label} theme`}
          onClick={() => setPreference(option.value)}
          className="flex items-center gap-1 rounded-full px-2 py-1 text-xs text-zinc-300 hover:text-white aria-pressed:bg-zinc-200 aria-pressed:text-zinc-950"
        >
          {option.icon}
          <span className="sr-only lg:not-sr-only">{option.label}</span>
        </button>
      ))}
    </div>
  );
}

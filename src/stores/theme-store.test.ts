// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY, isDarkTheme, useThemeStore } from './theme-store';

describe('theme', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.classList.remove('dark');
  });

  it('follows the system only when the user has not chosen', () => {
    expect(isDarkTheme('system', true)).toBe(true);
    expect(isDarkTheme('system', false)).toBe(false);
    expect(isDarkTheme('light', true)).toBe(false);
    expect(isDarkTheme('dark', false)).toBe(true);
  });

  it('remembers dark and switches the page to it', () => {
    useThemeStore.getState().setPreference('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(document.documentElement.classList.contains('dark')).toBe(true);
  });

  it('forgets the choice when going back to system', () => {
    useThemeStore.getState().setPreference('light');
    expect(document.documentElement.classList.contains('dark')).toBe(false);
    useThemeStore.getState().setPreference('system');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });
});

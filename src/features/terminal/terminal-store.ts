import { create } from 'zustand';

/**
 * Whether the terminal panel is open and how tall it is. In the console's first chunk (the top bar's toggle reads
 * it), so it stays tiny: the terminal itself loads when first opened.
 */
const HEIGHT_KEY = 'cicdlab-terminal-height';
export const MIN_HEIGHT = 140;
const DEFAULT_HEIGHT = 300;

function savedHeight(): number {
  try {
    const n = Number(localStorage.getItem(HEIGHT_KEY));
    return Number.isFinite(n) && n >= MIN_HEIGHT ? n : DEFAULT_HEIGHT;
  } catch {
    return DEFAULT_HEIGHT;
  }
}

interface TerminalPanelState {
  open: boolean;
  height: number;
  setOpen(open: boolean): void;
  toggle(): void;
  setHeight(height: number): void;
}

export const useTerminalPanel = create<TerminalPanelState>((set, get) => ({
  open: false,
  height: savedHeight(),
  setOpen: (open) => set({ open }),
  toggle: () => set({ open: !get().open }),
  setHeight: (height) => {
    const h = Math.round(Math.max(MIN_HEIGHT, height));
    try {
      localStorage.setItem(HEIGHT_KEY, String(h));
    } catch {
      // The height still holds for this visit.
    }
    set({ height: h });
  },
}));

/** Ctrl+` (as in Cloud9 and VS Code) opens and closes the panel from anywhere, the terminal included. */
export function isTerminalShortcut(event: KeyboardEvent): boolean {
  return event.ctrlKey && !event.altKey && !event.metaKey && (event.key === '`' || event.code === 'Backquote');
}

/** Listens for Ctrl+` before the focused element (the terminal's own textarea included) sees it. */
export function watchTerminalShortcut(): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (!isTerminalShortcut(event)) return;
    event.preventDefault();
    event.stopPropagation();
    useTerminalPanel.getState().toggle();
  };
  window.addEventListener('keydown', onKeyDown, true);
  return () => window.removeEventListener('keydown', onKeyDown, true);
}

import { FitAddon } from '@xterm/addon-fit';
import { Terminal, type ITheme } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { TerminalSession } from './session';
import { useTerminalPanel } from './terminal-store';
import { openTerminalFs } from './workspace/fs';

/**
 * One xterm.js terminal and one shell session for the whole console: the dock and the /terminal page show the same
 * screen, so closing the panel or changing page keeps the scrollback, the working directory and a running command.
 */

const LIGHT: ITheme = {
  background: '#ffffff',
  foreground: '#1f2933',
  cursor: '#0f141a',
  cursorAccent: '#ffffff',
  selectionBackground: '#b6d4f5',
  black: '#1f2933',
  red: '#b42318',
  green: '#18794e',
  yellow: '#8a5a00',
  blue: '#0b5cad',
  magenta: '#8e3fbf',
  cyan: '#0e7490',
  white: '#d4d4d8',
  brightBlack: '#52525b',
  brightGreen: '#15803d',
  brightBlue: '#0972d3',
};

const DARK: ITheme = {
  background: '#0f141a',
  foreground: '#e4e4e7',
  cursor: '#f4f4f5',
  cursorAccent: '#0f141a',
  selectionBackground: '#2c4a6e',
  black: '#0f141a',
  red: '#f87171',
  green: '#4ade80',
  yellow: '#facc15',
  blue: '#60a5fa',
  magenta: '#c084fc',
  cyan: '#22d3ee',
  white: '#e4e4e7',
  brightBlack: '#71717a',
  brightGreen: '#86efac',
  brightBlue: '#93c5fd',
};

const isDark = () => document.documentElement.classList.contains('dark');

interface Shared {
  terminal: Terminal;
  fit: FitAddon;
  session: Promise<TerminalSession>;
  opened: boolean;
}

let shared: Shared | undefined;

function copySelection(terminal: Terminal): boolean {
  if (!terminal.hasSelection()) return false;
  void navigator.clipboard?.writeText(terminal.getSelection());
  terminal.clearSelection();
  return true;
}

function pasteClipboard(terminal: Terminal) {
  void navigator.clipboard
    ?.readText()
    .then((text) => terminal.paste(text))
    .catch(() => undefined);
}

function create(): Shared {
  const terminal = new Terminal({
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
    fontSize: 13,
    cursorBlink: true,
    scrollback: 5000,
    theme: isDark() ? DARK : LIGHT,
    allowProposedApi: false,
  });
  const fit = new FitAddon();
  terminal.loadAddon(fit);
  // Ctrl+Shift+C / Ctrl+Shift+V as in Linux terminals; Ctrl+C copies when text is selected, else interrupts.
  terminal.attachCustomKeyEventHandler((event) => {
    if (event.type !== 'keydown') return true;
    if (
      (event.ctrlKey || event.metaKey) &&
      event.key.toLowerCase() === 'c' &&
      (event.shiftKey || event.metaKey || terminal.hasSelection())
    ) {
      event.preventDefault();
      copySelection(terminal);
      return false;
    }
    if (event.ctrlKey && event.shiftKey && event.key.toLowerCase() === 'v') {
      event.preventDefault();
      pasteClipboard(terminal);
      return false;
    }
    return true;
  });
  new MutationObserver(() => {
    terminal.options.theme = isDark() ? DARK : LIGHT;
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  const session = openTerminalFs().then((fs) => {
    const s = new TerminalSession({
      fs,
      storage: localStorage,
      onExit: () => useTerminalPanel.getState().setOpen(false),
    });
    terminal.onData((data) => s.handleData(data));
    return s;
  });
  return { terminal, fit, session, opened: false };
}

/** Puts the terminal into `container` and keeps it fitted; returns what undoes that. */
export function mountTerminal(container: HTMLElement): () => void {
  shared ??= create();
  const { terminal, fit } = shared;
  const first = !shared.opened;
  if (first) {
    terminal.open(container);
    shared.opened = true;
  } else if (terminal.element) container.appendChild(terminal.element);
  const refit = () => {
    if (container.clientWidth > 0 && container.clientHeight > 0) fit.fit();
  };
  refit();
  const observer = new ResizeObserver(refit);
  observer.observe(container);
  const onContextMenu = (event: MouseEvent) => {
    event.preventDefault();
    if (!copySelection(terminal)) pasteClipboard(terminal);
  };
  container.addEventListener('contextmenu', onContextMenu);
  if (first) void shared.session.then((session) => session.attach(terminal, true));
  terminal.focus();
  return () => {
    observer.disconnect();
    container.removeEventListener('contextmenu', onContextMenu);
  };
}

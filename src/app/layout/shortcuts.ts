export type ShortcutAction = 'toggle-pause' | 'step' | 'go-dashboard' | 'go-codecommit' | 'go-events' | 'show-help';

/** What the keyboard-shortcuts dialog lists; `keys` are shown as separate key caps. */
export const SHORTCUTS: readonly { keys: string[]; description: string }[] = [
  { keys: ['Space'], description: 'Pause or resume the simulation' },
  { keys: ['.'], description: 'Step to the next event' },
  { keys: ['g', 'd'], description: 'Go to the dashboard' },
  { keys: ['g', 'c'], description: 'Go to CodeCommit' },
  { keys: ['g', 'e'], description: 'Go to events' },
  { keys: ['?'], description: 'Show these shortcuts' },
  { keys: ['Ctrl', '`'], description: 'Open or close the terminal' },
];

/** How long after `g` the second key still counts as part of the sequence. */
export const SEQUENCE_MS = 1500;

const SINGLE: Record<string, ShortcutAction> = { ' ': 'toggle-pause', '.': 'step', '?': 'show-help' };
const AFTER_G: Record<string, ShortcutAction> = { d: 'go-dashboard', c: 'go-codecommit', e: 'go-events' };

/**
 * Turns key presses into shortcut actions, remembering a pending `g` for the two-key
 * sequences. `at` is the press time in milliseconds (any monotonic clock).
 */
export function createShortcutReader(): (key: string, at: number) => ShortcutAction | undefined {
  let gPressedAt: number | undefined;
  return (key, at) => {
    const pending = gPressedAt !== undefined && at - gPressedAt <= SEQUENCE_MS;
    gPressedAt = undefined;
    if (pending) {
      const action = AFTER_G[key];
      if (action) return action;
    }
    if (key === 'g') {
      gPressedAt = at;
      return undefined;
    }
    return SINGLE[key];
  };
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const ACTIVATES_WITH_SPACE = new Set(['BUTTON', 'SUMMARY']);

/** Whether a key press belongs to the element that has focus rather than to the shortcuts. */
export function keyBelongsToTarget(target: Element | null, key: string): boolean {
  if (!target) return false;
  if (TYPING.has(target.tagName) || (target as HTMLElement).isContentEditable) return true;
  if (target.closest('[role="dialog"], [role="menu"]')) return true;
  if (key === ' ') {
    const role = target.getAttribute('role');
    return ACTIVATES_WITH_SPACE.has(target.tagName) || role === 'button' || role === 'menuitem' || role === 'checkbox';
  }
  return false;
}

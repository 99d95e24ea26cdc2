/**
 * Commands entered, oldest first, kept in localStorage; a command equal to the one before it is kept once
 * (bash's `ignoredups`). Up and Down walk it; the line being typed is kept while walking.
 */
export const HISTORY_STORAGE_KEY = 'cicdlab-terminal-history';
const LIMIT = 1000;

export interface HistoryStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export class CommandHistory {
  private entries: string[];
  /** Where Up/Down stand: entries.length means "the line being typed". */
  private index: number;
  private draft = '';

  constructor(private readonly storage?: HistoryStorage) {
    this.entries = load(storage);
    this.index = this.entries.length;
  }

  list(): readonly string[] {
    return this.entries;
  }

  add(command: string): void {
    const line = command.trim();
    this.index = this.entries.length;
    if (line === '' || this.entries[this.entries.length - 1] === line) return;
    this.entries = [...this.entries, line].slice(-LIMIT);
    this.index = this.entries.length;
    try {
      this.storage?.setItem(HISTORY_STORAGE_KEY, JSON.stringify(this.entries));
    } catch {
      // A full or refused storage keeps the history for this visit only.
    }
  }

  clear(): void {
    this.entries = [];
    this.index = 0;
    try {
      this.storage?.setItem(HISTORY_STORAGE_KEY, '[]');
    } catch {
      // As in add().
    }
  }

  /** The entry before the one shown (Up), remembering `current` when leaving the typed line. */
  previous(current: string): string | undefined {
    if (this.index === 0) return undefined;
    if (this.index === this.entries.length) this.draft = current;
    this.index--;
    return this.entries[this.index];
  }

  /** The entry after the one shown (Down); past the newest, the line that was being typed. */
  next(): string | undefined {
    if (this.index >= this.entries.length) return undefined;
    this.index++;
    return this.index === this.entries.length ? this.draft : this.entries[this.index];
  }

  /** Back to the typed line, after Enter or Ctrl+C. */
  reset(): void {
    this.index = this.entries.length;
    this.draft = '';
  }
}

function load(storage: HistoryStorage | undefined): string[] {
  try {
    const saved = JSON.parse(storage?.getItem(HISTORY_STORAGE_KEY) ?? '[]') as unknown;
    return Array.isArray(saved) ? saved.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

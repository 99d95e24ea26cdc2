import Anser from 'anser';

export interface LogSegment {
  text: string;
  /** CSS colours; absent means the log's default. */
  color?: string;
  background?: string;
  bold?: boolean;
  dim?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** The 16 SGR colours, tuned to read on the log's dark background in both themes. */
const PALETTE: Record<string, string> = {
  'ansi-black': '#71717a',
  'ansi-red': '#f87171',
  'ansi-green': '#4ade80',
  'ansi-yellow': '#facc15',
  'ansi-blue': '#60a5fa',
  'ansi-magenta': '#e879f9',
  'ansi-cyan': '#22d3ee',
  'ansi-white': '#e4e4e7',
  'ansi-bright-black': '#a1a1aa',
  'ansi-bright-red': '#fca5a5',
  'ansi-bright-green': '#86efac',
  'ansi-bright-yellow': '#fde047',
  'ansi-bright-blue': '#93c5fd',
  'ansi-bright-magenta': '#f0abfc',
  'ansi-bright-cyan': '#67e8f9',
  'ansi-bright-white': '#ffffff',
};

function colour(cls: string | null, truecolor: string | null): string | undefined {
  if (truecolor) return `rgb(${truecolor})`;
  if (!cls) return undefined;
  if (PALETTE[cls]) return PALETTE[cls];
  // 256-colour codes arrive as `ansi-palette-<n>` classes; anser's own RGB table is not exposed, so the
  // common ones fall back to their 16-colour cousins.
  const n = /^ansi-palette-(\d+)$/.exec(cls)?.[1];
  if (n === undefined) return undefined;
  const names = Object.keys(PALETTE);
  const i = Number(n);
  return i < 16 ? PALETTE[names[i] as string] : undefined;
}

/**
 * A log line with ANSI SGR codes as plain-text segments with styles, so the view builds React elements from
 * them (never HTML): colours, bold, dim, italic and underline; cursor codes are dropped.
 */
export function ansiSegments(line: string): LogSegment[] {
  if (!line.includes('\u001b')) return line === '' ? [] : [{ text: line }];
  const entries = Anser.ansiToJson(line, { use_classes: true, remove_empty: true });
  return entries.map((e) => {
    const decorations = new Set(e.decorations);
    const reverse = decorations.has('reverse');
    const fg = colour(e.fg, e.fg_truecolor);
    const bg = colour(e.bg, e.bg_truecolor);
    const segment: LogSegment = { text: e.content };
    const [color, background] = reverse ? [bg ?? '#18181b', fg ?? '#e4e4e7'] : [fg, bg];
    if (color) segment.color = color;
    if (background) segment.background = background;
    if (decorations.has('bold')) segment.bold = true;
    if (decorations.has('dim')) segment.dim = true;
    if (decorations.has('italic')) segment.italic = true;
    if (decorations.has('underline')) segment.underline = true;
    return segment;
  });
}

/** The line without its escape codes (for search and copy). */
export const stripAnsi = (line: string) =>
  ansiSegments(line)
    .map((s) => s.text)
    .join('');

import { shapeOf, type CliService, type CliShapeRef } from './model';

/**
 * The AWS CLI's three output formats, following its formatters (awscli/formatter.py, text.py, table.py): JSON with
 * a four-space indent, text as tab-separated rows, and the boxed table titled with the operation's name.
 */

type Value = unknown;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown) => !Array.isArray(v) && !isRecord(v);

/** Python's `isoformat()` of a UTC datetime, as CLI v2 prints timestamps: microseconds only when not zero. */
export function isoTimestamp(date: Date): string {
  const ms = date.getUTCMilliseconds();
  const base = date.toISOString().slice(0, 19);
  return `${base}${ms === 0 ? '' : `.${String(ms).padStart(3, '0')}000`}+00:00`;
}

/** Applies `convert` to every timestamp member of a value, by its shape. */
function mapTimestamps(
  service: CliService,
  ref: CliShapeRef | undefined,
  value: Value,
  convert: (v: Value) => Value,
): Value {
  if (ref === undefined || value === null || value === undefined) return value;
  if (ref === 'timestamp') return convert(value);
  const shape = shapeOf(service, ref);
  if (!shape) return value;
  if (shape.type === 'list' && Array.isArray(value))
    return value.map((v) => mapTimestamps(service, shape.member, v, convert));
  if (shape.type === 'map' && isRecord(value))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, mapTimestamps(service, shape.value, v, convert)]),
    );
  if (shape.type === 'structure' && isRecord(value))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, mapTimestamps(service, shape.members[k], v, convert)]),
    );
  return value;
}

/** Timestamps in an answer (epoch seconds on JSON wires) as CLI v2 prints them: ISO 8601 with the offset. */
export const cliTimestamps = (service: CliService, ref: CliShapeRef | undefined, value: Value) =>
  mapTimestamps(service, ref, value, (v) => {
    if (typeof v === 'number') return isoTimestamp(new Date(v * 1000));
    if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) return isoTimestamp(new Date(v));
    return v;
  });

/** Timestamps typed on the command line (`2024-05-01T12:00:00Z`, or epoch seconds) as the JSON wire wants them. */
export const wireTimestamps = (service: CliService, ref: CliShapeRef | undefined, value: Value) =>
  mapTimestamps(service, ref, value, (v) => {
    if (typeof v !== 'string') return v;
    if (/^\d+(\.\d+)?$/.test(v)) return Number(v);
    const ms = Date.parse(v);
    return Number.isNaN(ms) || service.protocol !== 'json' ? v : ms / 1000;
  });

/** Python's `json.dumps(indent=4, ensure_ascii=False)`: `[]` and `{}` stay on one line. */
export function formatJson(value: Value): string {
  return `${JSON.stringify(value, null, 4)}\n`;
}

/** Python's `str()` of a scalar as the text and table formatters print it. */
const str = (v: unknown): string => {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  return String(v);
};

export function formatText(value: Value): string {
  const out: string[] = [];
  const write = (s: string) => out.push(s);

  const scalarList = (elements: unknown[], identifier: string | undefined) => {
    if (identifier !== undefined) for (const e of elements) write(`${identifier.toUpperCase()}\t${str(e)}\n`);
    else write(`${elements.map(str).join('\t')}\n`);
  };

  const allScalarKeys = (list: Record<string, unknown>[]) => {
    const keys = new Set<string>();
    for (const d of list) for (const [k, v] of Object.entries(d)) if (isScalar(v)) keys.add(k);
    return [...keys].sort();
  };

  const formatDict = (item: Record<string, unknown>, identifier: string | undefined, scalarKeys?: string[]) => {
    const scalars: string[] = [];
    const nonScalars: [string, unknown][] = [];
    if (scalarKeys === undefined) {
      for (const [k, v] of Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (isScalar(v)) scalars.push(str(v));
        else nonScalars.push([k, v]);
      }
    } else {
      for (const k of scalarKeys) scalars.push(k in item ? str(item[k]) : '');
      for (const k of Object.keys(item)
        .filter((k) => !scalarKeys.includes(k))
        .sort())
        nonScalars.push([k, item[k]]);
    }
    if (scalars.length > 0) {
      if (identifier !== undefined) scalars.unshift(identifier.toUpperCase());
      write(`${scalars.join('\t')}\n`);
    }
    for (const [k, v] of nonScalars) format(v, k);
  };

  const formatList = (item: unknown[], identifier: string | undefined) => {
    if (item.length === 0) return;
    if (item.some(isRecord)) {
      const keys = allScalarKeys(item.filter(isRecord));
      for (const element of item) format(element, identifier, keys);
    } else if (item.some(Array.isArray)) {
      const scalars = item.filter(isScalar);
      if (scalars.length > 0) scalarList(scalars, identifier);
      for (const nonScalar of item.filter((e) => !isScalar(e))) format(nonScalar, identifier);
    } else scalarList(item, identifier);
  };

  function format(item: unknown, identifier?: string, scalarKeys?: string[]) {
    if (isRecord(item)) formatDict(item, identifier, scalarKeys);
    else if (Array.isArray(item)) formatList(item, identifier);
    else write(`${str(item)}\n`);
  }

  format(value);
  return out.join('');
}

interface Section {
  title: string;
  headers: string[];
  rows: string[][];
  indent: number;
  maxWidths: number[];
}

const newSection = (title = '', indent = 0): Section => ({ title, headers: [], rows: [], indent, maxWidths: [] });

const updateWidths = (section: Section, row: string[]) => {
  section.maxWidths =
    section.maxWidths.length === 0
      ? row.map((c) => c.length)
      : section.maxWidths.map((w, i) => Math.max(w, (row[i] ?? '').length));
};

/** Python 3's `round()`: halves go to the even neighbour. */
const roundHalfEven = (x: number) => {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
};

function columnWidths(section: Section, padding: number, maxWidth?: number): number[] {
  const unscaled = section.maxWidths.map((w) => w + padding);
  if (maxWidth === undefined || unscaled.length === 0) return unscaled;
  const factor = maxWidth / unscaled.reduce((a, b) => a + b, 0);
  const scaled = unscaled.map((w) => roundHalfEven(factor * w));
  let offBy = scaled.reduce((a, b) => a + b, 0) - maxWidth;
  while (offBy !== 0) {
    const order = [...scaled.keys()];
    if (offBy < 0) order.reverse();
    for (const i of order) {
      if (offBy > 0) {
        scaled[i] = (scaled[i] as number) - 1;
        offBy--;
      } else {
        scaled[i] = (scaled[i] as number) + 1;
        offBy++;
      }
      if (offBy === 0) break;
    }
  }
  return scaled;
}

function totalWidth(section: Section): number {
  const total = columnWidths(section, 0).reduce((a, w) => a + w + 4, 0) + 2 + section.indent * 2;
  return Math.max(section.title.length + 2 + section.indent * 2, total);
}

function centerText(text: string, length: number, left: string, right: string): string {
  const start = Math.floor(length / 2) - Math.floor(text.length / 2) - 1;
  const soFar = left.length + start + text.length;
  return `${left}${' '.repeat(Math.max(0, start))}${text}${' '.repeat(Math.max(0, length - right.length - soFar))}${right}`;
}

function alignLeft(text: string, length: number, left: string, right: string): string {
  const padding = length - (text.length + 2 + left.length + right.length) >= 0 ? 2 : 0;
  const soFar = left.length + padding + text.length;
  return `${left}${' '.repeat(padding)}${text}${' '.repeat(Math.max(0, length - soFar - right.length))}${right}`;
}

/** The CLI's inversion of one-row sections when the table is wider than the terminal. */
function toVertical(section: Section): Section {
  if (section.rows.length !== 1 || section.headers.length === 0) return section;
  const vertical = newSection(section.title, section.indent);
  section.headers.forEach((h, i) => {
    const row = [h, section.rows[0]?.[i] ?? ''];
    vertical.rows.push(row);
    updateWidths(vertical, row);
  });
  return vertical;
}

export function formatTable(title: string, value: Value, terminalWidth = 80): string {
  const sections: Section[] = [newSection()];
  let current = sections[0] as Section;
  const startSection = (t: string, indent: number) => {
    current = newSection(t, indent);
    sections.push(current);
  };
  const addHeader = (headers: string[]) => {
    updateWidths(current, headers);
    current.headers = headers;
  };
  const addRow = (row: unknown[]) => {
    const cells = row.map(str);
    current.rows.push(cells);
    updateWidths(current, cells);
  };
  const groupScalarKeys = (d: Record<string, unknown>): [string[], string[]] => {
    const headers: string[] = [];
    const more: string[] = [];
    for (const [k, v] of Object.entries(d)) (isScalar(v) ? headers : more).push(k);
    return [headers.sort(), more.sort()];
  };

  const fromDict = (d: Record<string, unknown>, indent: number) => {
    const [headers, more] = groupScalarKeys(d);
    if (headers.length === 1) addRow([headers[0], d[headers[0] as string]]);
    else if (headers.length > 0) {
      addHeader(headers);
      addRow(headers.map((h) => d[h]));
    }
    for (const k of more) build(k, d[k], indent + 1);
  };

  const fromList = (list: unknown[], indent: number, t: string | undefined) => {
    const headerSet = new Set<string>();
    const moreSet = new Set<string>();
    for (const item of list.filter(isRecord)) {
      const [h, m] = groupScalarKeys(item);
      h.forEach((k) => headerSet.add(k));
      m.forEach((k) => moreSet.add(k));
    }
    const headers = [...headerSet].sort();
    const more = [...moreSet].sort();
    addHeader(headers);
    list.forEach((element, index) => {
      const e = isRecord(element) ? element : {};
      if (index > 0 && more.length > 0) {
        startSection(t ?? '', indent);
        addHeader(headers);
      }
      addRow(headers.map((h) => (h in e ? e[h] : '')));
      for (const k of more) if (k in e) build(k, e[k], indent + 1);
    });
  };

  function build(t: string | undefined, node: unknown, indent = 0): boolean {
    if (node === null || node === undefined || node === '' || node === false || node === 0) return false;
    if ((Array.isArray(node) && node.length === 0) || (isRecord(node) && Object.keys(node).length === 0)) return false;
    if (t !== undefined) startSection(t, indent);
    if (Array.isArray(node)) {
      if (isRecord(node[0])) fromList(node, indent, t);
      else
        for (const item of node) {
          if (isScalar(item)) addRow([item]);
          else if (Array.isArray(item) && item.every(isScalar)) addRow(item);
          else build(undefined, item);
        }
    }
    if (isRecord(node)) fromDict(node, indent);
    return true;
  }

  if (!build(title, value)) return '';
  let maxWidth = Math.max(...sections.map(totalWidth));
  const rendered = maxWidth > terminalWidth ? sections.map(toVertical) : sections;
  maxWidth = Math.max(...rendered.map(totalWidth));

  const out: string[] = [`${'-'.repeat(maxWidth)}\n`];
  for (const section of rendered) {
    const bars = '|'.repeat(section.indent);
    const write = (line: string) => out.push(`${bars}${line}${bars}\n`);
    const width = maxWidth - section.indent * 2;
    const lineBreak = (widths: number[]) =>
      write(widths.map((w, i) => (i === 0 ? `+${'-'.repeat(w - 2)}+` : `${'-'.repeat(w - 1)}+`)).join(''));
    if (section.title) {
      write(centerText(section.title, width, '|', '|'));
      if (section.headers.length === 0 && section.rows.length === 0) write(`+${'-'.repeat(width - 2)}+`);
    }
    if (section.headers.length > 0) {
      const widths = columnWidths(section, 4, width);
      lineBreak(widths);
      write(widths.map((w, i) => centerText(section.headers[i] ?? '', w, i === 0 ? '|' : '', '|')).join(''));
    }
    if (section.rows.length > 0) {
      const widths = columnWidths(section, 4, width);
      lineBreak(widths);
      for (const row of section.rows)
        write(widths.map((w, i) => alignLeft(row[i] ?? '', w, i === 0 ? '|' : '', '|')).join(''));
      lineBreak(widths);
    }
  }
  return out.join('');
}

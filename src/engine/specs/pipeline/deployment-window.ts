/**
 * The DeploymentWindow rule (rule reference: `Cron` required, `TimeZone` optional, UTC by default): met while the
 * time, read in that zone, matches the cron expression — seconds (`*` only), minutes, hours, day-of-month, month,
 * day-of-week (1–7 or SUN–SAT) and an optional year, with `* ? , - /`, `L`, `W` and `#` as Quartz reads them.
 * Pure: the time comes in as epoch milliseconds (the virtual clock), and Intl reads it in the zone.
 */

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const FIELDS = ['seconds', 'minutes', 'hours', 'day-of-month', 'month', 'day-of-week', 'year'] as const;

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 1 = Sunday … 7 = Saturday, as the cron's day-of-week counts. */
  weekday: number;
}

export type WindowCheck = { ok: true; open: boolean; local: string } | { ok: false; problem: string };

function localTime(epochMs: number, timeZone: string): LocalTime | undefined {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    }).formatToParts(new Date(epochMs));
  } catch {
    return undefined;
  }
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: Number(part('year')),
    month: Number(part('month')),
    day: Number(part('day')),
    hour: Number(part('hour')),
    minute: Number(part('minute')),
    weekday: DAYS.indexOf(part('weekday').toUpperCase()) + 1,
  };
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const weekdayOf = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;

/** A value of a field: a number, or a month / day name where the field allows one. */
function value(text: string, field: (typeof FIELDS)[number]): number | undefined {
  const upper = text.toUpperCase();
  if (field === 'month' && MONTHS.includes(upper)) return MONTHS.indexOf(upper) + 1;
  if (field === 'day-of-week' && DAYS.includes(upper)) return DAYS.indexOf(upper) + 1;
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

const RANGES: Record<(typeof FIELDS)[number], [number, number]> = {
  seconds: [0, 59],
  minutes: [0, 59],
  hours: [0, 23],
  'day-of-month': [1, 31],
  month: [1, 12],
  'day-of-week': [1, 7],
  year: [1970, 2199],
};

/** Whether one comma-separated item of a field matches `n`, or why the item is not valid. */
function matchItem(item: string, field: (typeof FIELDS)[number], n: number, t: LocalTime): boolean | string {
  const [min, max] = RANGES[field];
  const bad = `'${item}' is not a valid ${field} value (${min}-${max}${field === 'month' ? ' or JAN-DEC' : ''}${
    field === 'day-of-week' ? ' or SUN-SAT' : ''
  })`;
  if (field === 'day-of-month') {
    const last = daysIn(t.year, t.month);
    const lastOffset = /^L(?:-(\d+))?$/.exec(item);
    if (lastOffset) return n === last - Number(lastOffset[1] ?? 0);
    const nearest = /^(\d+|L)W$/.exec(item);
    if (nearest) {
      const target = nearest[1] === 'L' ? last : Number(nearest[1]);
      if (target < 1 || target > 31) return bad;
      const day = Math.min(target, last);
      const weekday = weekdayOf(t.year, t.month, day);
      // Saturday moves to Friday, Sunday to Monday, never across the month's edge.
      const shifted =
        weekday === 7 ? (day === 1 ? day + 2 : day - 1) : weekday === 1 ? (day === last ? day - 2 : day + 1) : day;
      return n === shifted;
    }
  }
  if (field === 'day-of-week') {
    if (item.toUpperCase() === 'L') return n === 7;
    const lastOf = /^(\w+)L$/.exec(item);
    if (lastOf) {
      const day = value(lastOf[1]!, field);
      if (day === undefined || day < 1 || day > 7) return bad;
      return n === day && t.day + 7 > daysIn(t.year, t.month);
    }
    const nth = /^(\w+)#([1-5])$/.exec(item);
    if (nth) {
      const day = value(nth[1]!, field);
      if (day === undefined || day < 1 || day > 7) return bad;
      return n === day && Math.ceil(t.day / 7) === Number(nth[2]);
    }
  }
  const step = /^(.+)\/(\d+)$/.exec(item);
  const base = step ? step[1]! : item;
  const every = step ? Number(step[2]) : 1;
  if (every < 1) return bad;
  let from: number | undefined;
  let to: number | undefined;
  if (base === '*') [from, to] = [min, max];
  else {
    const range = base.split('-');
    if (range.length > 2) return bad;
    from = value(range[0]!, field);
    to = range.length === 2 ? value(range[1]!, field) : step ? max : from;
  }
  if (from === undefined || to === undefined || from < min || to > max || from > to) return bad;
  return n >= from && n <= to && (n - from) % every === 0;
}

function matchField(text: string, field: (typeof FIELDS)[number], n: number, t: LocalTime): boolean | string {
  if (text === '?')
    return field === 'day-of-month' || field === 'day-of-week'
      ? true
      : `'?' is only allowed in day-of-month and day-of-week`;
  let matched = false;
  for (const item of text.split(',')) {
    const result = matchItem(item, field, n, t);
    if (typeof result === 'string') return result;
    matched ||= result;
  }
  return matched;
}

/** Whether `epochMs` falls in the window `cron` opens, read in `timeZone`; a problem names what is wrong. */
export function checkDeploymentWindow(cron: string, timeZone: string, epochMs: number): WindowCheck {
  const fields = cron.trim().split(/\s+/);
  if (cron.trim() === '' || fields.length < 6 || fields.length > 7) {
    return { ok: false, problem: `Cron '${cron}' must have 6 fields and an optional year, separated by spaces` };
  }
  if (fields[0] !== '*') return { ok: false, problem: `Cron '${cron}': the seconds field must be '*'` };
  if (fields[3] !== '?' && fields[5] !== '?') {
    return { ok: false, problem: `Cron '${cron}': one of day-of-month and day-of-week must be '?'` };
  }
  const t = localTime(epochMs, timeZone);
  if (!t) return { ok: false, problem: `TimeZone '${timeZone}' is not a time zone name such as UTC or Europe/Paris` };
  const values = [0, t.minute, t.hour, t.day, t.month, t.weekday, t.year];
  let open = true;
  for (let i = 1; i < fields.length; i++) {
    const result = matchField(fields[i]!, FIELDS[i]!, values[i]!, t);
    if (typeof result === 'string') return { ok: false, problem: `Cron '${cron}': ${result}` };
    open &&= result;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)} ${DAYS[t.weekday - 1]} ${timeZone}`;
  return { ok: true, open, local };
}

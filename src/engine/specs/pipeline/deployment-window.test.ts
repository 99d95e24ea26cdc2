import { describe, expect, it } from 'vitest';
import { checkDeploymentWindow } from './deployment-window';

// Monday 5 January 2026, 09:00 UTC (the scenarios' start).
const MONDAY_9_UTC = Date.UTC(2026, 0, 5, 9, 0);
const at = (cron: string, epochMs = MONDAY_9_UTC, zone = 'UTC') => checkDeploymentWindow(cron, zone, epochMs);
const open = (cron: string, epochMs?: number, zone?: string) => {
  const check = at(cron, epochMs, zone);
  if (!check.ok) throw new Error(check.problem);
  return check.open;
};

describe('DeploymentWindow cron', () => {
  it('is open on weekdays 9–17 on Monday 09:00 and closed at 18:00 and on Saturday', () => {
    const cron = '* * 9-17 ? * MON-FRI';
    expect(open(cron)).toBe(true);
    expect(open(cron, MONDAY_9_UTC + 9 * 3_600_000)).toBe(false);
    expect(open(cron, Date.UTC(2026, 0, 10, 10, 0))).toBe(false);
  });

  it('reads the time in the TimeZone given: 09:00 UTC is 04:00 in New York, outside 9–17 there', () => {
    expect(open('* * 9-17 ? * 2-6', MONDAY_9_UTC, 'America/New_York')).toBe(false);
    expect(open('* * 9-17 ? * 2-6', MONDAY_9_UTC, 'Europe/Paris')).toBe(true);
    const check = at('* * 9-17 ? * 2-6', MONDAY_9_UTC, 'Europe/Paris');
    expect(check).toMatchObject({ local: '2026-01-05 10:00 MON Europe/Paris' });
  });

  it('understands steps, lists, L, W, # and the optional year', () => {
    expect(open('* 0/15 * ? * *')).toBe(true);
    expect(open('* 5/15 * ? * *')).toBe(false);
    expect(open('* * 8,9 5 JAN ? 2026')).toBe(true);
    expect(open('* * * 5 JAN ? 2027')).toBe(false);
    expect(open('* * * L * ?', Date.UTC(2026, 1, 28, 12))).toBe(true); // 28 Feb 2026 is the last day
    expect(open('* * * 5W * ?')).toBe(true); // the 5th is a Monday
    expect(open('* * * 3W * ?', Date.UTC(2026, 0, 2, 12))).toBe(true); // Sat 3rd → Fri 2nd
    expect(open('* * * ? * 2#1')).toBe(true); // first Monday
    expect(open('* * * ? * 6L', Date.UTC(2026, 0, 30, 12))).toBe(true); // last Friday of January
  });

  it('says what is wrong with a bad expression or zone, naming the field', () => {
    expect(at('* * 25 ? * *')).toEqual({
      ok: false,
      problem: "Cron '* * 25 ? * *': '25' is not a valid hours value (0-23)",
    });
    expect(at('0 * * ? * *')).toMatchObject({ problem: "Cron '0 * * ? * *': the seconds field must be '*'" });
    expect(at('* * * * * *')).toMatchObject({
      problem: expect.stringContaining('one of day-of-month and day-of-week must be'),
    });
    expect(at('* * *')).toMatchObject({ problem: expect.stringContaining('must have 6 fields') });
    expect(at('* * * ? * FUNDAY')).toMatchObject({ problem: expect.stringContaining('or SUN-SAT') });
    expect(checkDeploymentWindow('* * * ? * *', 'Mars/Olympus', MONDAY_9_UTC)).toMatchObject({
      problem: "TimeZone 'Mars/Olympus' is not a time zone name such as UTC or Europe/Paris",
    });
  });
});

import { dateTimeFormat, listFormat } from '../format/intl.ts';
import { WEEKDAYS, type Weekday } from '../settings/settings-schema.ts';

export interface OpeningHoursRow {
  days: readonly Weekday[];
  opens: string;
  closes: string;
}

/** A readable line of opening hours, such as { days: "Monday to Thursday", opensLabel: "9 AM", closesLabel: "7 PM" }. */
export interface HoursLine {
  days: string;
  opensLabel: string;
  closesLabel: string;
  /** Machine-readable times for a <time> element, such as "09:00". */
  opens: string;
  closes: string;
}

function dayName(day: Weekday, locale: string): string {
  // 2024-01-01 was a Monday: offset from it to name the day in the site's language.
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
  return dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** Names a set of days: a run of three or more becomes "Monday to Thursday". */
export function describeDays(days: readonly Weekday[], locale: string): string {
  const sorted = [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const runs: Weekday[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && WEEKDAYS.indexOf(day) === WEEKDAYS.indexOf(last) + 1) run.push(day);
    else runs.push([day]);
  }
  const parts = runs.flatMap((run) => {
    const first = run[0]!;
    const end = run.at(-1)!;
    if (run.length >= 3) return [`${dayName(first, locale)} to ${dayName(end, locale)}`];
    return run.map((day) => dayName(day, locale));
  });
  return listFormat(locale, { style: 'long', type: 'conjunction' }).format(parts);
}

/** Formats "HH:MM" as a local clock time, such as "9 AM" or "5:30 PM" in en-US. */
export function formatTime(time: string, locale: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  const date = new Date(Date.UTC(2024, 0, 1, hours ?? 0, minutes ?? 0));
  return dateTimeFormat(
    locale,
    minutes ? { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' } : { hour: 'numeric', timeZone: 'UTC' },
  ).format(date);
}

/** Turns the settings' opening hours into lines a person can read. */
export function describeOpeningHours(rows: readonly OpeningHoursRow[], locale: string): HoursLine[] {
  return rows.map((row) => ({
    days: describeDays(row.days, locale),
    opensLabel: formatTime(row.opens, locale),
    closesLabel: formatTime(row.closes, locale),
    opens: row.opens,
    closes: row.closes,
  }));
}

/** The business runs on China Standard Time, UTC+8 with no daylight saving. */
const OFFSET_MS = 8 * 60 * 60 * 1000;

/** Returns the calendar date in UTC+8 as `yyyymmdd`, whatever the server's time zone. */
export function chinaDateCompact(at: Date = new Date()): string {
  return chinaDate(at).replace(/-/g, '');
}

/** Returns the calendar date in UTC+8 as `YYYY-MM-DD`. */
export function chinaDate(at: Date = new Date()): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Formats an instant as ISO 8601 with the +08:00 offset, e.g. `2014-06-20T09:30:00.000+08:00`. */
export function formatChinaInstant(at: Date): string {
  return `${new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 23)}+08:00`;
}

/** Returns the instant at which a UTC+8 calendar day (`YYYY-MM-DD`) starts. */
export function chinaDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** Returns the instant at which the UTC+8 calendar day after `date` starts (exclusive upper bound). */
export function chinaDayEnd(date: string): Date {
  return new Date(chinaDayStart(date).getTime() + 24 * 60 * 60 * 1000);
}

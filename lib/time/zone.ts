/**
 * Date-times as a person reads and types them: in one IANA time zone, formatted the same way by the
 * server and the browser (fixed locale, plain spaces — ICU versions differ in the space before "PM").
 */

/** The cookie the browser's zone travels in, so the server renders in it too. */
export const TIME_ZONE_COOKIE = "tz";

export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== "string" || !zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

type Parts = Record<Intl.DateTimeFormatPartTypes, string>;
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsOf(date: Date, zone: string, options: Intl.DateTimeFormatOptions): Parts {
  const key = `${zone}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat("en-US", { ...options, timeZone: zone })));
  return Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value])) as Parts;
}

const numeric: Intl.DateTimeFormatOptions = { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" };

/** "2026-05-01T17:00": the wall-clock time in `zone`, as a datetime-local input takes it. */
export function wallTime(date: Date, zone: string): string {
  const p = partsOf(date, zone, numeric);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** How far `zone` is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, zone: string): number {
  const p = partsOf(new Date(instant), zone, numeric);
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const wall = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d))?$/;

/**
 * The instant a wall-clock time ("2026-05-01T17:00", no offset) names in `zone`. Anything else (an ISO
 * instant with its offset, or not a date at all) is returned unchanged for the schema to judge. A time
 * skipped by a DST jump lands an hour later, as clocks do.
 */
export function instantOf(value: string, zone: string): string {
  const m = wall.exec(value);
  if (!m) return value;
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
  const typed = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`;
  const first = utc - offsetAt(utc, zone);
  const second = utc - offsetAt(first, zone);
  const fits = [second, first].find((t) => wallTime(new Date(t), zone) === typed);
  return new Date(fits ?? Math.max(first, second)).toISOString();
}

/** "Dec 2, 2026, 5:00 PM", with " EST" when `withZone`. */
export function formatDateTime(date: Date, zone: string, withZone = false): string {
  const p = partsOf(date, zone, { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", hourCycle: "h12", ...(withZone ? { timeZoneName: "short" } : {}) });
  const text = `${p.month} ${p.day}, ${p.year}, ${p.hour}:${p.minute} ${p.dayPeriod}`;
  return withZone ? `${text} ${p.timeZoneName}` : text;
}

/** "Dec 2, 2026": the calendar day in `zone`. */
export function formatDate(date: Date, zone: string): string {
  const p = partsOf(date, zone, { year: "numeric", month: "short", day: "numeric" });
  return `${p.month} ${p.day}, ${p.year}`;
}

/** "EST": the zone's short name at `date` (summer and winter differ). */
export const zoneName = (date: Date, zone: string) => partsOf(date, zone, { timeZoneName: "short" }).timeZoneName;

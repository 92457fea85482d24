"use client";

import { useSyncExternalStore } from "react";
import { useTimeZone } from "@/components/time/time-zone";
import { formatDateTime } from "@/lib/time/zone";

const TICK_MS = 30_000;
const subscribe = (onTick: () => void) => {
  const timer = setInterval(onTick, TICK_MS);
  return () => clearInterval(timer);
};
// Rounded to the tick, so the snapshot stays the same between ticks.
const browserNow = () => Math.floor(Date.now() / TICK_MS) * TICK_MS;
const noBrowserYet = () => null;

const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400],
  ["month", 30 * 86_400],
  ["week", 7 * 86_400],
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
];

/** "just now", "5 minutes ago", "yesterday"… A time a little ahead (clocks differ) is "just now". */
export function relativeTime(date: Date, now: number): string {
  const seconds = Math.round((now - date.getTime()) / 1000);
  if (seconds < 45) return "just now";
  const [unit, size] = units.find(([, size]) => seconds >= size) ?? units.at(-1)!;
  return format.format(-Math.max(1, Math.round(seconds / size)), unit);
}

const compactUnits: [string, number][] = [
  ["y", 365 * 86_400],
  ["mo", 30 * 86_400],
  ["w", 7 * 86_400],
  ["d", 86_400],
  ["h", 3_600],
  ["m", 60],
];

/** "3h ago", "in 2d", "just now": for lists, where a column has no room for words, past or future. */
export function compactRelativeTime(date: Date, now: number): string {
  const seconds = Math.round((now - date.getTime()) / 1000);
  const size = Math.abs(seconds);
  if (size < 45) return "just now";
  const [unit, unitSize] = compactUnits.find(([, s]) => size >= s) ?? compactUnits.at(-1)!;
  const n = `${Math.max(1, Math.round(size / unitSize))}${unit}`;
  return seconds > 0 ? `${n} ago` : `in ${n}`;
}

/**
 * A relative time that keeps itself current, with the exact time in the user's zone on hover (the one
 * date-time formatter, as DateTime). The server renders it against its own clock (`now`); the browser
 * takes over after hydration, so the two never disagree.
 */
export function RelativeTime({ date, now, className, compact = false }: { date: Date; now: number; className?: string; compact?: boolean }) {
  const browser = useSyncExternalStore(subscribe, browserNow, noBrowserYet);
  const zone = useTimeZone();
  const words = compact ? compactRelativeTime : relativeTime;
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date, zone, true)} className={className}>
      {words(date, browser ?? now)}
    </time>
  );
}

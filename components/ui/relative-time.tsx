"use client";

import { useSyncExternalStore } from "react";

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

/**
 * A relative time that keeps itself current, with the exact local time on hover. The server renders it
 * against its own clock (`now`); the browser takes over after hydration, so the two never disagree.
 */
export function RelativeTime({ date, now, className }: { date: Date; now: number; className?: string }) {
  const browser = useSyncExternalStore(subscribe, browserNow, noBrowserYet);
  return (
    <time dateTime={date.toISOString()} title={browser === null ? undefined : date.toLocaleString()} className={className}>
      {relativeTime(date, browser ?? now)}
    </time>
  );
}

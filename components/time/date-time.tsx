"use client";

import { formatDate, formatDateTime } from "@/lib/time/zone";
import { useTimeZone } from "./time-zone";

/**
 * The one way a date-time is shown, on the server and in the browser alike: in the user's zone,
 * with the zone's name where it matters (`withZone`) and always on hover.
 */
/** `dateOnly`: just the day ("Dec 2, 2026"), for dates where the hour does not matter. */
export function DateTime({
  value,
  withZone,
  dateOnly,
  fallback = "—",
  className,
}: {
  value: Date | string | null | undefined;
  withZone?: boolean;
  dateOnly?: boolean;
  fallback?: string;
  className?: string;
}) {
  const zone = useTimeZone();
  if (!value) return <>{fallback}</>;
  const date = new Date(value);
  return (
    <time dateTime={date.toISOString()} title={`${formatDateTime(date, zone, true)} (${zone})`} className={className}>
      {dateOnly ? formatDate(date, zone) : formatDateTime(date, zone, withZone)}
    </time>
  );
}

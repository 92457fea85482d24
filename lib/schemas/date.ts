import { z } from "zod";

// JavaScript dates reach ±275760 years, Postgres and ISO 8601 text do not: a year outside this range
// used to fail in the driver and answer 500. No date in this app is earlier or later than these.
export const EARLIEST = new Date("1900-01-01T00:00:00.000Z");
export const LATEST = new Date("9999-12-31T23:59:59.999Z");

/** A date-time from JSON, a form or a query string, between the years 1900 and 9999. */
export const dateTime = (error = "Enter a valid date and time") =>
  z.coerce
    .date({ error })
    .min(EARLIEST, "The date must be in the year 1900 or later")
    .max(LATEST, "The date must be in the year 9999 or earlier");

import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, instantOf, isTimeZone, wallTime, zoneName } from "./zone";

describe("time zones", () => {
  it("a wall-clock time typed in New York is that instant, in winter and in summer", () => {
    expect(instantOf("2026-12-02T17:00", "America/New_York")).toBe("2026-12-02T22:00:00.000Z");
    expect(instantOf("2026-07-01T17:00", "America/New_York")).toBe("2026-07-01T21:00:00.000Z");
    expect(instantOf("2026-07-01T17:00", "Asia/Kolkata")).toBe("2026-07-01T11:30:00.000Z");
    expect(instantOf("2026-07-01T17:00", "UTC")).toBe("2026-07-01T17:00:00.000Z");
  });

  it("a time skipped by the spring jump lands after it; anything not a wall time is left for the schema", () => {
    expect(instantOf("2026-03-08T02:30", "America/New_York")).toBe("2026-03-08T07:30:00.000Z");
    expect(instantOf("2026-07-01T17:00:00Z", "America/New_York")).toBe("2026-07-01T17:00:00Z");
    expect(instantOf("soon", "America/New_York")).toBe("soon");
  });

  it("shows an instant in the zone, the same string the datetime-local input takes back", () => {
    const deadline = new Date("2026-12-02T22:00:00Z");
    expect(wallTime(deadline, "America/New_York")).toBe("2026-12-02T17:00");
    expect(formatDateTime(deadline, "America/New_York")).toBe("Dec 2, 2026, 5:00 PM");
    expect(formatDateTime(deadline, "America/New_York", true)).toBe("Dec 2, 2026, 5:00 PM EST");
    expect(formatDateTime(new Date("2026-12-02T00:05:00Z"), "UTC")).toBe("Dec 2, 2026, 12:05 AM");
    expect(formatDate(new Date("2026-12-02T03:00:00Z"), "America/New_York")).toBe("Dec 1, 2026");
    expect(zoneName(deadline, "America/New_York")).toBe("EST");
  });

  it("knows a zone from a made-up name", () => {
    expect(isTimeZone("Europe/Lisbon")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone(undefined)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { compactRelativeTime } from "./relative-time";

const now = Date.parse("2026-03-10T12:00:00Z");
const at = (offsetSeconds: number) => new Date(now + offsetSeconds * 1000);

describe("compactRelativeTime", () => {
  it("says how long ago, or how long until, in one short word", () => {
    expect(compactRelativeTime(at(-10), now)).toBe("just now");
    expect(compactRelativeTime(at(-5 * 60), now)).toBe("5m ago");
    expect(compactRelativeTime(at(-3 * 3600), now)).toBe("3h ago");
    expect(compactRelativeTime(at(2 * 86_400), now)).toBe("in 2d");
    expect(compactRelativeTime(at(3 * 7 * 86_400), now)).toBe("in 3w");
    expect(compactRelativeTime(at(-400 * 86_400), now)).toBe("1y ago");
  });
});

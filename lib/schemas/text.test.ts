import { describe, expect, it } from "vitest";
import { dateTime } from "./date";
import { multiLine, singleLine } from "./text";

describe("shared text schemas", () => {
  it("one line refuses NUL, other control characters, tabs and line breaks", () => {
    for (const bad of ["a\u0000b", "a\u0007", "a\tb", "a\nb", "a\rb", "\u007f", "\u0085"]) expect(singleLine().safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    expect(singleLine().parse("Zoë – 日本 😀")).toBe("Zoë – 日本 😀");
  });

  it("multi-line text keeps tab, line feed and carriage return, refuses NUL and the rest", () => {
    expect(multiLine().parse("a\tb\r\nc\n")).toBe("a\tb\r\nc\n");
    for (const bad of ["a\u0000b", "\u001b[31m", "\u0008"]) expect(multiLine().safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it("both refuse a lone surrogate and keep a well-formed pair", () => {
    for (const schema of [singleLine(), multiLine()]) {
      expect(schema.safeParse("x\ud800").success).toBe(false);
      expect(schema.safeParse("\udc00x").success).toBe(false);
      expect(schema.safeParse("\ud83d\ude00").success).toBe(true);
    }
  });
});

describe("dateTime", () => {
  it("takes dates from 1900 to 9999 and refuses the rest and nonsense", () => {
    expect(dateTime().parse("2030-01-02T03:04:05Z").toISOString()).toBe("2030-01-02T03:04:05.000Z");
    for (const bad of ["+275760-09-13T00:00:00Z", "-000001-01-01T00:00:00Z", "1899-12-31T23:59:59Z", "10000-01-01", "not a date", 8.64e15]) {
      expect(dateTime().safeParse(bad).success, String(bad)).toBe(false);
    }
  });
});

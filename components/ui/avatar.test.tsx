import { describe, expect, it } from "vitest";
import { hueOf, initialsOf } from "./avatar";

describe("avatar", () => {
  it("takes the first and last initials, or two letters of a single name", () => {
    expect(initialsOf("Ada King Lovelace")).toBe("AL");
    expect(initialsOf("morgan")).toBe("MO");
    expect(initialsOf("  ")).toBe("?");
    expect(initialsOf("élodie durand")).toBe("ÉD");
  });

  it("gives one user the same colour every time, and different users different colours", () => {
    const a = "7d0c1f2e-0000-4000-8000-000000000001";
    const b = "7d0c1f2e-0000-4000-8000-000000000002";
    expect(hueOf(a)).toBe(hueOf(a));
    expect(hueOf(a)).not.toBe(hueOf(b));
    expect(hueOf(a)).toBeGreaterThanOrEqual(0);
    expect(hueOf(a)).toBeLessThan(360);
  });
});

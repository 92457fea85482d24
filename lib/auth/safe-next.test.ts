import { describe, expect, it } from "vitest";
import { safeNext } from "@/lib/auth/safe-next";

describe("safeNext", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeNext("/tickets?status=approved#top")).toBe("/tickets?status=approved#top");
    expect(safeNext("/tickets/%20odd")).toBe("/tickets/%20odd");
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/\u0000/evil.example",
    "\t//evil.example",
    "https://evil.example/",
    "evil.example",
    "/%09/evil.example".replace("%09", "\t"),
    "/.//evil.example",
  ])("sends %j home", (next) => {
    expect(safeNext(next)).toBe("/");
  });

  it("percent-encoded control characters stay encoded in the path, so browsers do not strip them", () => {
    expect(safeNext("/%09/evil.example")).toBe("/%09/evil.example");
  });

  it("never loops back to sign-in or registration", () => {
    for (const next of ["/login", "/login?next=/x", "/register", undefined, null, ""]) expect(safeNext(next)).toBe("/");
  });
});

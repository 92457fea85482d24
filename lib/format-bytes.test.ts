import { describe, expect, it } from "vitest";
import { formatBytes } from "./format-bytes";

describe("formatBytes", () => {
  it("reads like a person would say it", () => {
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(820)).toBe("820 bytes");
    expect(formatBytes(1024)).toBe("1 KB");
    expect(formatBytes(14_541)).toBe("14 KB");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(25 * 1024 * 1024)).toBe("25 MB");
    expect(formatBytes(3.25 * 1024 ** 3)).toBe("3.3 GB");
  });
});

import { describe, expect, it, vi } from "vitest";
import { pageWithTotal } from "./pagination";

describe("pageWithTotal", () => {
  it("a full page asks for the count", async () => {
    const countAll = vi.fn(async () => 57);
    expect(await pageWithTotal(["a", "b"], countAll, 3, 2)).toEqual({ items: ["a", "b"], page: 3, pageSize: 2, total: 57, totalPages: 29 });
    expect(countAll).toHaveBeenCalledOnce();
  });

  it("a partly filled page is the last: the total comes from its rows, without counting", async () => {
    const countAll = vi.fn(async () => 999);
    expect(await pageWithTotal(["a"], countAll, 3, 2)).toMatchObject({ total: 5, totalPages: 3 });
    expect(await pageWithTotal([], countAll, 1, 25)).toMatchObject({ items: [], total: 0, totalPages: 1 });
    expect(countAll).not.toHaveBeenCalled();
  });

  it("past the last page there is no row to tell: the count says how many there are", async () => {
    expect(await pageWithTotal([], async () => 3, 9, 25)).toEqual({ items: [], page: 9, pageSize: 25, total: 3, totalPages: 1 });
  });
});

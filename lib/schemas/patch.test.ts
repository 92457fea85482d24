import { describe, expect, it } from "vitest";
import { z } from "zod";
import { patchOf } from "./patch";

describe("patchOf", () => {
  const schema = z.object({ name: z.string(), count: z.coerce.number().default(3), flag: z.boolean().default(true), note: z.string().nullish().transform((v) => v ?? null) });
  const patch = patchOf(schema);

  it("parses a one-key body to that one key, with no defaults filled in", () => {
    expect(patch.parse({ name: "x" })).toEqual({ name: "x" });
    expect(patch.parse({ count: "7" })).toEqual({ count: 7 });
    expect(patch.parse({})).toEqual({});
  });

  it("still validates the keys it is given and refuses unknown ones", () => {
    expect(patch.safeParse({ flag: "yes" }).success).toBe(false);
    expect(patch.safeParse({ other: 1 }).success).toBe(false);
  });

  it("refuses a field that would still fill itself in", () => {
    const hidden = z.object({ n: z.union([z.number().default(1), z.string()]) });
    expect(() => patchOf(hidden)).toThrow(/fills in a default/);
  });
});

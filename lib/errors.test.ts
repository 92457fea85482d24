import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, parseInput } from "./errors";

describe("parseInput", () => {
  const schema = z.object({ name: z.string().min(1, "Name is required"), address: z.object({ city: z.string() }).strict() }).strict();

  it("names each bad field with its message", () => {
    const error = (() => {
      try {
        parseInput(schema, { name: "", address: { city: "Lima" } });
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error?.code).toBe("invalid");
    expect(error?.fields).toEqual({ name: ["Name is required"] });
  });

  it("names an unknown field by its own path, also when nested", () => {
    expect(() => parseInput(schema, { name: "a", role: "admin", address: { city: "Lima", zip: 1 } })).toThrow(
      expect.objectContaining({ fields: { role: [expect.stringMatching(/unknown field/i)], "address.zip": [expect.stringMatching(/unknown field/i)] } }),
    );
  });
});

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

  it("names prototype-named unknown fields like any other (constructor, __proto__, toString)", () => {
    const input = JSON.parse('{"name":"a","address":{"city":"Lima"},"constructor":1,"__proto__":{"x":1},"toString":2}');
    const error = (() => {
      try {
        parseInput(schema, input);
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(Object.keys(error?.fields ?? {}).sort()).toEqual(["__proto__", "constructor", "toString"]);
    expect(JSON.parse(JSON.stringify(error?.fields)).constructor).toEqual([expect.stringMatching(/unknown field/i)]);
  });
});

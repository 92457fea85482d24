import { z } from "zod";

type WithoutDefault<S> = S extends z.ZodDefault<infer Inner> ? Inner : S extends z.ZodPrefault<infer Inner> ? Inner : S;
type PatchShape<T extends z.ZodRawShape> = { -readonly [K in keyof T]: z.ZodOptional<WithoutDefault<T[K]>> };

function withoutDefault(field: z.ZodType): z.ZodType {
  if (field instanceof z.ZodDefault || field instanceof z.ZodPrefault) return withoutDefault(field.unwrap() as z.ZodType);
  return field;
}

/**
 * The PATCH body of an object schema: every field optional and strict, with no default left in.
 * zod 4 applies `.default()` inside `.partial()`, so a one-key PATCH would reset every other key
 * that has one; a field that still fills itself in when absent is refused here, at start.
 */
export function patchOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>): z.ZodObject<PatchShape<T>, z.core.$strict> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const inner = withoutDefault(field as z.ZodType);
    if (inner._zod.optin === "defaulted") throw new Error(`patchOf: field "${key}" fills in a default when absent`);
    shape[key] = inner.optional();
  }
  return z.object(shape).strict() as unknown as z.ZodObject<PatchShape<T>, z.core.$strict>;
}

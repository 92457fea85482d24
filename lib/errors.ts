import type { z } from "zod";

export const errorCodes = [
  "invalid",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "locked",
  "rate_limited",
  "too_large",
  "unsupported_type",
  // Only the API raises this one: a path that exists, called with a verb it does not answer.
  "method_not_allowed",
  "internal",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const httpStatusOf: Record<ErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  too_large: 413,
  unsupported_type: 415,
  method_not_allowed: 405,
  rate_limited: 429,
  internal: 500,
};

export type FieldErrors = Record<string, string[]>;

/** The one error type domain code throws; callers map it to HTTP or form state. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    /** Extra machine-readable facts, e.g. seconds until a lock ends. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "Record") => new AppError("not_found", `${what} not found`);
export const forbidden = (message = "You are not allowed to do this") => new AppError("forbidden", message);
export const conflict = (message: string) => new AppError("conflict", message);

/** Turns zod issues into `{ field: [messages] }`, with nested paths joined by dots. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  // A Map, not an object: a field named "constructor" or "__proto__" must be a key like any other.
  const fields = new Map<string, string[]>();
  for (const issue of error.issues) {
    const prefix = issue.path.join(".");
    // An unknown field is named by itself, so a caller sees which one it sent by mistake.
    const entries =
      issue.code === "unrecognized_keys"
        ? issue.keys.map((k) => [prefix ? `${prefix}.${k}` : k, "Unknown field, or one you cannot change here"] as const)
        : [[prefix || "_", issue.message] as const];
    for (const [key, message] of entries) fields.set(key, [...(fields.get(key) ?? []), message]);
  }
  return Object.fromEntries(fields);
}

/** Parses with zod; on failure throws AppError("invalid") with per-field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("invalid", "Some fields are not valid", fieldErrorsOf(result.error));
  }
  return result.data;
}

function pgCode(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } } | undefined;
  return e?.cause?.code ?? e?.code;
}
/** Postgres unique violation, from either driver. */
export const isUniqueViolation = (error: unknown) => pgCode(error) === "23505";
/** Postgres foreign-key violation: the row is still referenced. */
export const isForeignKeyViolation = (error: unknown) => pgCode(error) === "23503";

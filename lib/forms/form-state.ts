import { unstable_rethrow } from "next/navigation";
import { AppError, type ErrorCode, type FieldErrors } from "@/lib/errors";
import { logger } from "@/lib/logger";

/** What a server action returns to useActionState. */
export type FormState<T = unknown> = {
  ok: boolean;
  message?: string;
  code?: ErrorCode;
  fields?: FieldErrors;
  /** What was typed, so React 19's reset after an action puts it back instead of clearing it. */
  values?: Record<string, string>;
  /** A result to show once (e.g. a new API token). */
  data?: T;
  /** How to take the action back, offered as "Undo" on its toast. */
  undo?: Undo;
};

/** An undo the app knows by name (app/(app)/undo.ts), with the fields it needs. */
export type Undo = { kind: string; fields: Record<string, string> };
/** The toast a redirecting action leaves for the next page (a short-lived cookie). */
export const FLASH_COOKIE = "crewdesk-flash";
export type Flash = { message: string; undo?: Undo };

export const initialFormState: FormState = { ok: false };

/**
 * A form's state for the record as it is now: what was typed is shown again only while the record is
 * the version it was typed over (the form's hidden "version"); after any change — this form's save or
 * another action on the page — the form shows the record, never stale values to write back.
 */
export const forVersion = <T,>(state: FormState<T>, version: string): FormState<T> => (state.values && state.values.version !== version ? { ...state, values: undefined } : state);

// Secrets are never sent back to the browser, even to the person who typed them.
const isSecret = (key: string) => /password/i.test(key);

/**
 * The form's text fields as a plain object (Next's internal $ACTION keys and files left out). Line
 * breaks become "\n": browsers send a textarea's as "\r\n", the API's clients as "\n".
 */
export function readForm(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith("$ACTION") && typeof value === "string") values[key] = value.replace(/\r\n?/g, "\n");
  }
  return values;
}

/** A checkbox submits "on" when ticked and nothing when not. */
export const checked = (values: Record<string, string>, key: string) => values[key] === "on" || values[key] === "true";

/** An empty <select> or optional field means "none". */
export const orNull = (value: string | undefined) => (value ? value : null);

function echo(values: Record<string, string> = {}) {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !isSecret(key)));
}

export const success = <T,>(message?: string, data?: T, values?: Record<string, string>, undo?: Undo): FormState<T> => ({
  ok: true,
  message,
  data,
  values: values && echo(values),
  ...(undo ? { undo } : {}),
});

/**
 * Maps an error to form state. Next's redirect/notFound signals are re-thrown so they still work;
 * anything that is not an AppError is logged and shown as a generic message, never its details.
 */
export function toFormState(error: unknown, values?: Record<string, string>): FormState<never> {
  unstable_rethrow(error);
  if (error instanceof AppError) {
    return { ok: false, code: error.code, message: error.message, fields: error.fields, values: echo(values) };
  }
  logger.error({ err: error }, "form action failed");
  return { ok: false, code: "internal", message: "Something went wrong. Please try again.", values: echo(values) };
}

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/current";
import { FLASH_COOKIE, readForm, success, toFormState, type Flash, type FormState, type Undo } from "./form-state";

type Values = Record<string, string>;
type Paths<R> = string[] | ((values: Values, result: R) => string[]);

type Outcome<R> = {
  /** The pages whose data the change touched: addresses, or route patterns such as "/tickets/[id]" for every page of the route. */
  revalidate: Paths<R>;
  /** Where to go on success; without it the form stays and shows `message`. */
  redirect?: (values: Values, result: R) => string;
  /** Shown on success; a function words it from what the command returned. */
  message?: string | ((values: Values, result: R) => string);
  /** Put what was typed back into a form that stays on the page. */
  keepValues?: boolean;
  /** How to take it back (trash → restore…): the toast offers "Undo". */
  undo?: (values: Values, result: R, actor: Actor) => Promise<Undo | null> | Undo | null;
};

/**
 * A server action's one course: the signed-in actor runs one domain command with the form's values.
 * A refusal comes back as form state with what was typed; success refreshes the touched pages, then
 * redirects or answers the message. The message (and its undo) is the toast the browser shows: in
 * the answer, or, across a redirect, in a short-lived cookie the next page reads.
 */
export function formAction<R>(run: (actor: Actor, values: Values) => Promise<R>, outcome: Outcome<R>) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const actor = await requireActor();
    const values = readForm(formData);
    let result: R;
    try {
      result = await run(actor, values);
    } catch (error) {
      return toFormState(error, values);
    }
    const paths = typeof outcome.revalidate === "function" ? outcome.revalidate(values, result) : outcome.revalidate;
    for (const path of paths) revalidatePath(path, path.includes("[") ? "page" : undefined);
    const message = typeof outcome.message === "function" ? outcome.message(values, result) : outcome.message;
    const undo = (await outcome.undo?.(values, result, actor)) ?? undefined;
    if (outcome.redirect) {
      if (message) {
        const flash: Flash = { message, ...(undo ? { undo } : {}) };
        (await cookies()).set(FLASH_COOKIE, encodeURIComponent(JSON.stringify(flash)), { path: "/", maxAge: 60, sameSite: "lax" });
      }
      redirect(outcome.redirect(values, result));
    }
    return success(message, undefined, outcome.keepValues ? values : undefined, undo);
  };
}

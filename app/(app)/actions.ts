"use server";

import { signOut } from "@/lib/auth/next-auth";
import { formAction } from "@/lib/forms/form-action";
import { initialFormState, type FormState, type Undo } from "@/lib/forms/form-state";
import { undos } from "./undo";

export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}

/** The "Undo" of a toast: runs the named undo (itself a domain command) through the one form course. */
export async function undoAction(undo: Undo): Promise<FormState> {
  const entry = undos[undo.kind];
  if (!entry) return { ok: false, code: "invalid", message: "Nothing to undo." };
  const run = formAction((actor, v) => entry.run(actor, v), { revalidate: entry.revalidate, message: entry.message });
  const form = new FormData();
  for (const [key, value] of Object.entries(undo.fields)) form.set(key, value);
  return run(initialFormState, form);
}

"use client";

import { useActionState } from "react";
import { useShowToast } from "@/components/shell/toasts";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

/**
 * useActionState for the app's server actions: each success is toasted (with Undo when it has one)
 * as soon as the server answers — even when the answer removes the form (an Approve button gone).
 */
export function useFormAction<T = unknown>(action: (prev: FormState<T>, formData: FormData) => Promise<FormState<T>>, initial: FormState<T> = initialFormState as FormState<T>) {
  const show = useShowToast();
  return useActionState(async (prev: FormState<T>, formData: FormData) => {
    const next = await action(prev, formData);
    if (next.ok && next.message) show({ message: next.message, undo: next.undo });
    return next;
  }, initial);
}

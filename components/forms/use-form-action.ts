"use client";

import { useActionState, useEffect } from "react";
import { useShowToast } from "@/components/shell/toasts";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

/** useActionState for the app's server actions: each success is toasted (with Undo when it has one). */
export function useFormAction<T = unknown>(action: (prev: FormState<T>, formData: FormData) => Promise<FormState<T>>, initial: FormState<T> = initialFormState as FormState<T>) {
  const [state, formAction, pending] = useActionState(action, initial);
  const show = useShowToast();
  useEffect(() => {
    if (state !== initial && state.ok && state.message) show({ message: state.message, undo: state.undo });
  }, [state, initial, show]);
  return [state, formAction, pending] as const;
}

"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { HiddenFields, type FormAction } from "@/components/forms/action-button";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

/** Runs one schedule now and says what it sent (or why it sent nothing). */
export function RunNowButton({ action, id, name }: { action: FormAction; id: string; name: string }) {
  const [state, formAction] = useFormAction(action, initialFormState);
  return (
    <form action={formAction} className="grid justify-items-start gap-3">
      <HiddenFields fields={{ id }} />
      {/* The name starts with what the button shows, so "click Run now" works for speech input too. */}
      <SubmitButton size="sm">
        Run now<span className="sr-only"> for {name}</span>
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

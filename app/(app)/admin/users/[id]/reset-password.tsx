"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { resetPasswordAction } from "../actions";

export function ResetPasswordForm({ id }: { id: string }) {
  const [state, action] = useFormAction(resetPasswordAction, initialFormState);
  return (
    <form action={action} className="grid gap-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <TextField state={state} name="password" label="New password" type="password" autoComplete="new-password" required />
      <div>
        <SubmitButton variant="outline">Reset password</SubmitButton>
      </div>
    </form>
  );
}

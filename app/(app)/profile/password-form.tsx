"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { CheckboxField, TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { changePasswordAction } from "./actions";

export function PasswordForm() {
  const [state, action] = useFormAction(changePasswordAction, initialFormState);
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormMessage state={state} />
      <TextField state={state} name="currentPassword" label="Current password" type="password" autoComplete="current-password" required />
      <TextField state={state} name="newPassword" label="New password" type="password" autoComplete="new-password" hint="At least 8 characters, not only digits, not a common password." required />
      <TextField state={state} name="newPasswordConfirm" label="Repeat new password" type="password" autoComplete="new-password" required />
      <CheckboxField state={state} name="revokeApiTokens" label="Also revoke my personal API tokens" defaultChecked />
      <p className="text-xs text-muted-foreground">You will be signed out everywhere and asked to sign in again.</p>
      <div>
        <SubmitButton>Change password</SubmitButton>
      </div>
    </form>
  );
}

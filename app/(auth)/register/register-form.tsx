"use client";

import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { useActionState } from "react";
import { SelectField, TextField, type Option } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import type { Registration } from "@/lib/users/self-service";
import { registerAction } from "./actions";

export function RegisterForm({ departments }: { departments: Option[] }) {
  const [state, action] = useActionState(registerAction, initialFormState as FormState<Registration>);
  if (state.ok && state.data) {
    return (
      <div className="grid gap-4 text-center" data-testid="registration-pending">
        <CircleCheck className="mx-auto size-10 text-emerald-600" aria-hidden />
        <h2 className="text-lg font-semibold">Registration received</h2>
        <p className="text-sm text-muted-foreground">
          Your account <strong className="text-foreground">{state.data.username}</strong> is pending approval. An admin or the manager of your department will
          approve it; you can sign in after that.
        </p>
        <Button asChild variant="outline">
          <Link href="/login">Back to sign in</Link>
        </Button>
      </div>
    );
  }
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormMessage state={state} />
      <TextField state={state} name="username" label="Username" autoComplete="username" autoCapitalize="none" required />
      <TextField state={state} name="name" label="Full name" autoComplete="name" required />
      <TextField state={state} name="email" label="Email" type="email" autoComplete="email" required />
      <SelectField state={state} name="departmentId" label="Department" options={departments} placeholder="Choose a department" required />
      <TextField state={state} name="telegramHandle" label="Telegram handle (optional)" placeholder="@yourname" autoCapitalize="none" />
      <TextField state={state} name="password" label="Password" type="password" autoComplete="new-password" hint="At least 8 characters, not only digits, not a common password." required />
      <TextField state={state} name="passwordConfirm" label="Repeat password" type="password" autoComplete="new-password" required />
      <SubmitButton className="w-full">Register</SubmitButton>
      <p className="text-center text-sm text-muted-foreground">
        Have an account?{" "}
        <Link href="/login" className="font-medium text-foreground underline underline-offset-4">
          Sign in
        </Link>
      </p>
    </form>
  );
}

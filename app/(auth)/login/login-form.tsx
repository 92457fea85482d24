"use client";

import Link from "next/link";
import { useActionState } from "react";
import { TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { loginAction } from "./actions";

export function LoginForm({ next }: { next?: string }) {
  const [state, action] = useActionState(loginAction, initialFormState);
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next ?? ""} />
      <TextField state={state} name="username" label="Username" autoComplete="username" autoCapitalize="none" autoFocus required />
      <TextField state={state} name="password" label="Password" type="password" autoComplete="current-password" required />
      <SubmitButton className="w-full">Sign in</SubmitButton>
      <p className="text-center text-sm text-muted-foreground">
        No account?{" "}
        <Link href="/register" className="font-medium text-foreground underline underline-offset-4">
          Register
        </Link>
      </p>
    </form>
  );
}

"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import type { UserView } from "@/lib/users/schemas";
import { updateProfileAction } from "./actions";

export function ProfileForm({ user }: { user: Pick<UserView, "name" | "email" | "phone" | "telegramHandle"> }) {
  const [state, action] = useFormAction(updateProfileAction, initialFormState);
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormMessage state={state} />
      <TextField state={state} name="name" label="Name" defaultValue={user.name} autoComplete="name" required />
      <TextField state={state} name="email" label="Email" type="email" defaultValue={user.email} autoComplete="email" required />
      <TextField state={state} name="phone" label="Phone" type="tel" defaultValue={user.phone} autoComplete="tel" />
      <TextField
        state={state}
        name="telegramHandle"
        label="Telegram handle"
        defaultValue={user.telegramHandle ? `@${user.telegramHandle}` : ""}
        placeholder="@yourname"
        hint="Used to mention you in the team's Telegram group."
      />
      <div>
        <SubmitButton>Save profile</SubmitButton>
      </div>
    </form>
  );
}

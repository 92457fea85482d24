"use client";

import { Fragment } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { SelectField, TextField, type Option } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { forVersion, initialFormState } from "@/lib/forms/form-state";
import type { UserView } from "@/lib/users/schemas";
import { createUserAction, updateUserAction } from "./actions";

type Props = {
  roles: Option[];
  departments: Option[];
  /** Absent: a new user (username and password asked). Present: editing. */
  user?: UserView;
  /** An admin editing themselves cannot change their own role. */
  self?: boolean;
};

export function UserForm({ roles, departments, user, self }: Props) {
  const [submitted, action] = useFormAction(user ? updateUserAction : createUserAction, initialFormState);
  const version = user ? user.updatedAt.toISOString() : "";
  const state = forVersion(submitted, version);
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      {/* Keyed by the record's version: after any change the fields start again from the record. */}
      <Fragment key={version}>
        {user && <input type="hidden" name="version" value={version} />}
        {user ? <input type="hidden" name="id" value={user.id} /> : <TextField state={state} name="username" label="Username" autoCapitalize="none" autoComplete="off" required />}
        <TextField state={state} name="name" label="Name" defaultValue={user?.name} required />
        <TextField state={state} name="email" label="Email" type="email" defaultValue={user?.email} required />
        <TextField state={state} name="phone" label="Phone" type="tel" defaultValue={user?.phone} />
        <TextField state={state} name="telegramHandle" label="Telegram handle" defaultValue={user?.telegramHandle ? `@${user.telegramHandle}` : ""} placeholder="@name" />
        <SelectField state={state} name="role" label="Role" options={roles} defaultValue={user?.role ?? "member"} disabled={self} />
        {self && <input type="hidden" name="role" value={user?.role} />}
        <SelectField state={state} name="departmentId" label="Department" options={departments} defaultValue={user?.departmentId} placeholder="No department" />
        {!user && (
          <TextField state={state} name="password" label="Password" type="password" autoComplete="new-password" hint="At least 8 characters, not only digits, not a common password." required />
        )}
      </Fragment>
      <div className="sm:col-span-2">
        <SubmitButton>{user ? "Save changes" : "Create user"}</SubmitButton>
      </div>
    </form>
  );
}

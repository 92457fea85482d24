"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current";
import { signOut } from "@/lib/auth/next-auth";
import { createApiToken, revokeApiToken } from "@/lib/auth/tokens";
import { formAction } from "@/lib/forms/form-action";
import { checked, readForm, success, toFormState, type FormState } from "@/lib/forms/form-state";
import { notificationChannels, notificationKinds } from "@/lib/notifications/kinds";
import { changePassword, updateProfile } from "@/lib/users/self-service";

export async function updateProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = readForm(formData);
  try {
    await updateProfile(actor, { name: values.name, email: values.email, phone: values.phone, telegramHandle: values.telegramHandle });
  } catch (error) {
    return toFormState(error, values);
  }
  revalidatePath("/", "layout");
  return success("Profile saved.", undefined, values);
}

/** The grid posts one checkbox per kind and channel, named "kind:channel"; every kind is saved, unticked ones as []. */
const prefsFrom = (values: Record<string, string>) =>
  Object.fromEntries(notificationKinds.map((kind) => [kind, notificationChannels.filter((channel) => checked(values, `${kind}:${channel}`))]));

export const updateNotificationPrefsAction = formAction((actor, v) => updateProfile(actor, { notificationPrefs: prefsFrom(v) }), {
  revalidate: ["/profile"],
  message: "Notification preferences saved.",
  keepValues: true,
});

/** Changing the password ends every session, this one included: sign out and ask for the new password. */
export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = readForm(formData);
  try {
    await changePassword(actor, values);
  } catch (error) {
    return toFormState(error, values);
  }
  await signOut({ redirect: false });
  redirect("/login?notice=password-changed");
}

export type NewToken = { token: string; name: string | null };

export async function createApiTokenAction(_prev: FormState<NewToken>, formData: FormData): Promise<FormState<NewToken>> {
  const actor = await requireActor();
  const values = readForm(formData);
  try {
    const created = await createApiToken(actor, { name: values.name, expiresInDays: values.expiresInDays || null });
    revalidatePath("/profile");
    return success("Token created. Copy it now: it will not be shown again.", { token: created.token, name: created.name });
  } catch (error) {
    return toFormState(error, values);
  }
}

export const revokeApiTokenAction = formAction((actor, v) => revokeApiToken(actor, v.id), { revalidate: ["/profile"], message: "Token revoked." });

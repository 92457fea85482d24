"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentSessionId, requireActor } from "@/lib/auth/current";
import { revokeAllSessions, revokeSession } from "@/lib/auth/sessions";
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
    await changePassword(actor, { ...values, revokeApiTokens: checked(values, "revokeApiTokens") });
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
    const created = await createApiToken(actor, { name: values.name, expiresInDays: values.expiresInDays === "never" ? null : values.expiresInDays || undefined });
    revalidatePath("/profile");
    return success("Token created. Copy it now: it will not be shown again.", { token: created.token, name: created.name });
  } catch (error) {
    return toFormState(error, values);
  }
}

export const revokeApiTokenAction = formAction((actor, v) => revokeApiToken(actor, v.id), { revalidate: ["/profile"], message: "Token revoked." });

/** Ends one session from the list; ending this browser's own session signs it out. */
export async function revokeSessionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = readForm(formData);
  const current = (await currentSessionId()) === values.id;
  try {
    await revokeSession(actor, values.id);
  } catch (error) {
    return toFormState(error, values);
  }
  if (current) await signOut({ redirectTo: "/login?notice=signed-out" });
  revalidatePath("/profile");
  return success("Session ended.");
}

/** Sign out everywhere: every browser and API login of yours, this one included. */
export async function signOutEverywhereAction(_prev: FormState): Promise<FormState> {
  const actor = await requireActor();
  try {
    await revokeAllSessions(actor);
  } catch (error) {
    return toFormState(error, {});
  }
  await signOut({ redirectTo: "/login?notice=signed-out" });
  return success();
}

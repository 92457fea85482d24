"use server";

import type { Actor } from "@/lib/auth/actor";
import { formAction } from "@/lib/forms/form-action";
import { orNull } from "@/lib/forms/form-state";
import { revokeUserApiToken } from "@/lib/users/api-tokens";
import { approveUser, createUser, deleteUser, resetPassword, unlockUser, updateUser } from "@/lib/users/commands";

const LIST = "/admin/users";
const detail = (id: string) => `${LIST}/${id}`;

export const createUserAction = formAction((actor, v) => createUser(actor, { ...v, departmentId: orNull(v.departmentId), telegramHandle: orNull(v.telegramHandle) }), {
  revalidate: [LIST],
  redirect: (_v, user) => detail(user.id),
});

export const updateUserAction = formAction(
  (actor, v) =>
    updateUser(actor, v.id, {
      name: v.name,
      email: v.email,
      phone: v.phone,
      telegramHandle: v.telegramHandle,
      role: v.role,
      departmentId: orNull(v.departmentId),
    }),
  // The active flag has one control, Deactivate/Reactivate: a Save never writes it.
  { revalidate: (v) => [detail(v.id)], message: "Saved." },
);

/** The one-click actions on a user's page: each calls one domain command. */
const userCommand = (run: (actor: Actor, id: string, v: Record<string, string>) => Promise<unknown>, message: string) =>
  formAction((actor, v) => run(actor, v.id, v), { revalidate: (v) => [detail(v.id)], message });

export const approveUserAction = userCommand((actor, id) => approveUser(actor, id), "Approved.");
export const unlockUserAction = userCommand((actor, id) => unlockUser(actor, id), "Unlocked.");
export const resetPasswordAction = userCommand((actor, id, v) => resetPassword(actor, id, { password: v.password }), "Password reset. Their sessions and API tokens have ended.");
export const revokeUserTokenAction = userCommand((actor, id, v) => revokeUserApiToken(actor, id, v.tokenId), "Token revoked.");
export const setActiveAction = userCommand((actor, id, v) => updateUser(actor, id, { isActive: v.isActive === "true" }), "Saved.");
export const deleteUserAction = formAction((actor, v) => deleteUser(actor, v.id), { revalidate: [LIST], redirect: () => LIST });

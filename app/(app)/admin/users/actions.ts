"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current";
import { checked, orNull, readForm, success, toFormState, type FormState } from "@/lib/forms/form-state";
import { approveUser, createUser, deleteUser, resetPassword, unlockUser, updateUser } from "@/lib/users/commands";

const detail = (id: string) => `/admin/users/${id}`;

export async function createUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const v = readForm(formData);
  let id: string;
  try {
    ({ id } = await createUser(actor, { ...v, departmentId: orNull(v.departmentId), telegramHandle: orNull(v.telegramHandle) }));
  } catch (error) {
    return toFormState(error, v);
  }
  revalidatePath("/admin/users");
  redirect(detail(id));
}

export async function updateUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const v = readForm(formData);
  try {
    await updateUser(actor, v.id, {
      name: v.name,
      email: v.email,
      phone: v.phone,
      telegramHandle: v.telegramHandle,
      role: v.role,
      departmentId: orNull(v.departmentId),
      isActive: checked(v, "isActive"),
    });
  } catch (error) {
    return toFormState(error, v);
  }
  revalidatePath(detail(v.id));
  return success("Saved.", undefined, v);
}

/** The one-click actions on a user's page: each calls one domain command. */
function userCommand(run: (actor: Awaited<ReturnType<typeof requireActor>>, id: string, v: Record<string, string>) => Promise<unknown>, done: string) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const actor = await requireActor();
    const v = readForm(formData);
    try {
      await run(actor, v.id, v);
    } catch (error) {
      return toFormState(error, v);
    }
    revalidatePath(detail(v.id));
    return success(done);
  };
}

export const approveUserAction = userCommand((actor, id) => approveUser(actor, id), "Approved.");
export const unlockUserAction = userCommand((actor, id) => unlockUser(actor, id), "Unlocked.");
export const resetPasswordAction = userCommand((actor, id, v) => resetPassword(actor, id, { password: v.password }), "Password reset. Their sessions have ended.");
export const setActiveAction = userCommand((actor, id, v) => updateUser(actor, id, { isActive: v.isActive === "true" }), "Saved.");

export async function deleteUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const id = String(formData.get("id"));
  try {
    await deleteUser(actor, id);
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/admin/users");
  redirect("/admin/users");
}

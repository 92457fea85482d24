"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/current";
import { success, toFormState, type FormState } from "@/lib/forms/form-state";
import { markAllRead, markRead } from "@/lib/notifications";

export async function markReadAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  try {
    await markRead(actor, String(formData.get("id")));
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/", "layout");
  return success("Marked as read.");
}

export async function markAllReadAction(_prev: FormState): Promise<FormState> {
  const actor = await requireActor();
  let updated: number;
  try {
    ({ updated } = await markAllRead(actor));
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/", "layout");
  return success(updated === 1 ? "1 notification marked as read." : `${updated} notifications marked as read.`);
}

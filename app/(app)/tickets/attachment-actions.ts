"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/current";
import { readForm, success, toFormState, type FormState } from "@/lib/forms/form-state";
import { deleteAttachment } from "@/lib/tickets";

/** Deletes one attachment; the domain decides who may (uploader, admin or manager). */
export async function deleteAttachmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const v = readForm(formData);
  try {
    await deleteAttachment(actor, v.attachmentId ?? "");
  } catch (error) {
    return toFormState(error);
  }
  // The page is open by id or by number (T-12): refresh it under either address.
  revalidatePath("/tickets/[id]", "page");
  return success("Attachment deleted.");
}

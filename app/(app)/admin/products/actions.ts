"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current";
import { checked, readForm, success, toFormState, type FormState } from "@/lib/forms/form-state";
import { createProduct, deleteProduct, updateProduct } from "@/lib/products";

const LIST = "/admin/products";
const input = (v: Record<string, string>) => ({ name: v.name, description: v.description ?? "", isActive: checked(v, "isActive") });

export async function createProductAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const v = readForm(formData);
  try {
    await createProduct(actor, input(v));
  } catch (error) {
    return toFormState(error, v);
  }
  revalidatePath(LIST);
  redirect(LIST);
}

export async function updateProductAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const v = readForm(formData);
  try {
    await updateProduct(actor, v.id, input(v));
  } catch (error) {
    return toFormState(error, v);
  }
  revalidatePath(LIST);
  redirect(LIST);
}

export async function deleteProductAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  try {
    await deleteProduct(actor, String(formData.get("id")));
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath(LIST);
  return success("Deleted.");
}

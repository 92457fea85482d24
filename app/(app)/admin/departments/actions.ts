"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current";
import { createDepartment, deleteDepartment, updateDepartment } from "@/lib/departments";
import { checked, orNull, readForm, success, toFormState, type FormState } from "@/lib/forms/form-state";

const LIST = "/admin/departments";
const input = (v: Record<string, string>) => ({ name: v.name, description: v.description ?? "", managerId: orNull(v.managerId), isCreative: checked(v, "isCreative") });

export async function createDepartmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const v = readForm(formData);
  try {
    await createDepartment(actor, input(v));
  } catch (error) {
    return toFormState(error, v);
  }
  revalidatePath(LIST);
  redirect(LIST);
}

export async function updateDepartmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const v = readForm(formData);
  try {
    await updateDepartment(actor, v.id, input(v));
  } catch (error) {
    return toFormState(error, v);
  }
  revalidatePath(LIST);
  redirect(LIST);
}

export async function deleteDepartmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  try {
    await deleteDepartment(actor, String(formData.get("id")));
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath(LIST);
  return success("Deleted.");
}

"use server";

import { createDepartment, deleteDepartment, updateDepartment } from "@/lib/departments";
import { formAction } from "@/lib/forms/form-action";
import { checked, orNull } from "@/lib/forms/form-state";

const LIST = "/admin/departments";
const input = (v: Record<string, string>) => ({ name: v.name, description: v.description ?? "", managerId: orNull(v.managerId), isCreative: checked(v, "isCreative") });
const backToList = { revalidate: [LIST], redirect: () => LIST };

export const createDepartmentAction = formAction((actor, v) => createDepartment(actor, input(v)), backToList);
export const updateDepartmentAction = formAction((actor, v) => updateDepartment(actor, v.id, input(v)), backToList);
export const deleteDepartmentAction = formAction((actor, v) => deleteDepartment(actor, v.id), { revalidate: [LIST], message: "Deleted." });

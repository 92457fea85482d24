"use server";

import { formAction } from "@/lib/forms/form-action";
import { checked } from "@/lib/forms/form-state";
import { createProduct, deleteProduct, updateProduct } from "@/lib/products";

const LIST = "/admin/products";
const input = (v: Record<string, string>) => ({ name: v.name, description: v.description ?? "", isActive: checked(v, "isActive") });
const backToList = { revalidate: [LIST], redirect: () => LIST };

export const createProductAction = formAction((actor, v) => createProduct(actor, input(v)), backToList);
export const updateProductAction = formAction((actor, v) => updateProduct(actor, v.id, input(v)), backToList);
export const deleteProductAction = formAction((actor, v) => deleteProduct(actor, v.id), { revalidate: [LIST], message: "Deleted." });

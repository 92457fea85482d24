"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { CheckboxField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { createProductAction, updateProductAction } from "./actions";

type ProductFields = { id: string; name: string; description: string; isActive: boolean };

export function ProductForm({ product }: { product?: ProductFields }) {
  const [state, action] = useFormAction(product ? updateProductAction : createProductAction, initialFormState);
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormMessage state={state} />
      {product && <input type="hidden" name="id" value={product.id} />}
      <TextField state={state} name="name" label="Name" defaultValue={product?.name} required />
      <TextAreaField state={state} name="description" label="Description" defaultValue={product?.description} rows={3} />
      <CheckboxField state={state} name="isActive" label="Active (offered on new tickets)" defaultChecked={product?.isActive ?? true} />
      <div>
        <SubmitButton>{product ? "Save product" : "Create product"}</SubmitButton>
      </div>
    </form>
  );
}

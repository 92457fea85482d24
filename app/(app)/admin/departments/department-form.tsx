"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { CheckboxField, SelectField, TextAreaField, TextField, type Option } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { DepartmentView } from "@/lib/departments/schemas";
import { initialFormState } from "@/lib/forms/form-state";
import { createDepartmentAction, updateDepartmentAction } from "./actions";

export function DepartmentForm({ department, managers }: { department?: DepartmentView; managers: Option[] }) {
  const [state, action] = useFormAction(department ? updateDepartmentAction : createDepartmentAction, initialFormState);
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormMessage state={state} />
      {department && <input type="hidden" name="id" value={department.id} />}
      <TextField state={state} name="name" label="Name" defaultValue={department?.name} required />
      <TextAreaField state={state} name="description" label="Description" defaultValue={department?.description} rows={3} />
      <SelectField state={state} name="managerId" label="Manager" options={managers} defaultValue={department?.managerId} placeholder="No manager" />
      <CheckboxField state={state} name="isCreative" label="Creative department (does the creative work on tickets)" defaultChecked={department?.isCreative} />
      <div>
        <SubmitButton>{department ? "Save department" : "Create department"}</SubmitButton>
      </div>
    </form>
  );
}

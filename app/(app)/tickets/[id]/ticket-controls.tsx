"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { ConfirmButton, HiddenFields, type ConfirmProps, type FormAction } from "@/components/forms/action-button";
import { TextAreaField, type Option } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { initialFormState } from "@/lib/forms/form-state";

/** Reject / request changes: a dialog asking for the reason; it closes once the server says yes. */
export function ReasonButton({ required, variant = "outline", ...props }: Omit<ConfirmProps, "body" | "confirmVariant"> & { required?: boolean }) {
  return (
    <ConfirmButton
      {...props}
      variant={variant}
      confirmVariant={variant === "destructive" ? "destructive" : "default"}
      body={(state) => <TextAreaField state={state} name="reason" label={required ? "Reason" : "Reason (optional)"} rows={4} />}
    />
  );
}

/** A select of people and a button: assign (creative users) or add a collaborator. */
export function PickUserForm({
  action,
  fields,
  name,
  label,
  options,
  defaultValue,
  submitLabel,
}: {
  action: FormAction;
  fields: Record<string, string>;
  name: string;
  label: string;
  options: Option[];
  defaultValue?: string | null;
  submitLabel: string;
}) {
  const [state, formAction] = useFormAction(action, initialFormState);
  return (
    <form action={formAction} className="grid gap-2">
      <HiddenFields fields={fields} />
      <div className="flex items-end gap-2">
        <div className="grid flex-1 gap-1">
          <Label htmlFor={`pick-${name}`}>{label}</Label>
          {/* Keyed by the current value: after the action the form resets to it, not to the first one shown. */}
          <Select key={defaultValue ?? ""} id={`pick-${name}`} name={name} defaultValue={defaultValue ?? ""} required>
            <option value="">Choose…</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </div>
        <SubmitButton size="sm" variant="outline">
          {submitLabel}
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

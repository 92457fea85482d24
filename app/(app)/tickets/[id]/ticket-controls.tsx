"use client";

import { useActionState, useState } from "react";
import type { Option } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

type FormAction = (prev: FormState, formData: FormData) => Promise<FormState>;

const Hidden = ({ fields }: { fields: Record<string, string> }) =>
  Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);

/** Reject / request changes: a dialog asking for the reason; it closes once the server says yes. */
export function ReasonButton({
  action,
  fields,
  children,
  title,
  description,
  confirmLabel,
  required,
  variant = "outline",
}: {
  action: FormAction;
  fields: Record<string, string>;
  children: React.ReactNode;
  title: string;
  description: string;
  confirmLabel: string;
  required?: boolean;
  variant?: ButtonProps["variant"];
}) {
  const [open, setOpen] = useState(false);
  const [state, formAction] = useActionState(async (prev: FormState, formData: FormData) => {
    const next = await action(prev, formData);
    if (next.ok) setOpen(false);
    return next;
  }, initialFormState);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={variant} size="sm">
          {children}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <form action={formAction} className="grid gap-4">
          <Hidden fields={fields} />
          {!state.ok && <FormMessage state={state} />}
          <div className="grid gap-2">
            <Label htmlFor="reason">Reason{required ? "" : " (optional)"}</Label>
            <Textarea id="reason" name="reason" rows={4} defaultValue={state.values?.reason ?? ""} aria-invalid={state.fields?.reason ? true : undefined} />
            {state.fields?.reason && (
              <p data-testid="reason-error" className="text-sm text-destructive">
                {state.fields.reason.join(" ")}
              </p>
            )}
          </div>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline">
                Cancel
              </Button>
            </DialogClose>
            <SubmitButton variant={variant === "destructive" ? "destructive" : "default"}>{confirmLabel}</SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
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
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="grid gap-2">
      <Hidden fields={fields} />
      <div className="flex items-end gap-2">
        <div className="grid flex-1 gap-1">
          <Label htmlFor={`pick-${name}`}>{label}</Label>
          <Select id={`pick-${name}`} name={name} defaultValue={defaultValue ?? ""} required>
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

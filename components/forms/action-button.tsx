"use client";

import { useActionState, useState } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

type FormAction = (prev: FormState, formData: FormData) => Promise<FormState>;
type Props = { action: FormAction; fields: Record<string, string>; children: React.ReactNode; variant?: ButtonProps["variant"]; size?: ButtonProps["size"] };

const Hidden = ({ fields }: { fields: Record<string, string> }) =>
  Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);

/** A one-click action (approve, unlock…) that shows the server's answer beside it. */
export function ActionButton({ action, fields, children, variant = "outline", size = "sm" }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="grid gap-2">
      <Hidden fields={fields} />
      <SubmitButton variant={variant} size={size}>
        {children}
      </SubmitButton>
      {!state.ok && <FormMessage state={state} />}
    </form>
  );
}

/** A destructive action behind a confirmation dialog; the dialog closes once the server says yes. */
export function ConfirmButton({ action, fields, children, title, description, confirmLabel, variant = "destructive", size = "sm" }: Props & { title: string; description: string; confirmLabel: string }) {
  const [open, setOpen] = useState(false);
  // Close on success; a refusal stays visible inside the dialog.
  const [state, formAction] = useActionState(async (prev: FormState, formData: FormData) => {
    const next = await action(prev, formData);
    if (next.ok) setOpen(false);
    return next;
  }, initialFormState);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={variant} size={size}>
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
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline">
                Cancel
              </Button>
            </DialogClose>
            <SubmitButton variant="destructive">{confirmLabel}</SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

"use client";

import { useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export type FormAction = (prev: FormState, formData: FormData) => Promise<FormState>;
type Props = { action: FormAction; fields: Record<string, string>; children: React.ReactNode; variant?: ButtonProps["variant"]; size?: ButtonProps["size"] };

/** The record a form acts on (id, version…), sent along unseen. */
export const HiddenFields = ({ fields }: { fields: Record<string, string> }) =>
  Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);

/** A one-click action (approve, unlock…) that shows the server's answer beside it. */
export function ActionButton({ action, fields, children, variant = "outline", size = "sm" }: Props) {
  const [state, formAction] = useFormAction(action, initialFormState);
  return (
    <form action={formAction} className="grid gap-2">
      <HiddenFields fields={fields} />
      <SubmitButton variant={variant} size={size}>
        {children}
      </SubmitButton>
      {!state.ok && <FormMessage state={state} />}
    </form>
  );
}

export type ConfirmProps = Props & {
  title: string;
  description: string;
  confirmLabel: string;
  confirmVariant?: ButtonProps["variant"];
  /** Fields the dialog asks for (a reason…), drawn with the server's last answer for their errors. */
  body?: (state: FormState) => React.ReactNode;
  /** Opened from elsewhere (a menu item): no button of its own. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
};

/** An action behind a confirmation dialog; the dialog closes once the server says yes. */
export function ConfirmButton({ action, fields, children, title, description, confirmLabel, variant = "destructive", confirmVariant = "destructive", size = "sm", body, ...control }: ConfirmProps) {
  const [ownOpen, setOwnOpen] = useState(false);
  const controlled = control.open !== undefined;
  const open = controlled ? control.open! : ownOpen;
  const setOpen = controlled ? (control.onOpenChange ?? (() => {})) : setOwnOpen;
  // Close on success; a refusal stays visible inside the dialog.
  const [state, formAction] = useFormAction(async (prev: FormState, formData: FormData) => {
    const next = await action(prev, formData);
    if (next.ok) setOpen(false);
    return next;
  }, initialFormState);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      {!controlled && (
        <DialogTrigger asChild>
          <Button variant={variant} size={size}>
            {children}
          </Button>
        </DialogTrigger>
      )}
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <form action={formAction} className="grid gap-4">
          <HiddenFields fields={fields} />
          {!state.ok && <FormMessage state={state} />}
          {body?.(state)}
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline">
                Cancel
              </Button>
            </DialogClose>
            <SubmitButton variant={confirmVariant}>{confirmLabel}</SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { SelectField, TextAreaField, TextField, type Option } from "@/components/forms/fields";
import { DateTimeField } from "@/components/forms/date-time-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import type { TicketView } from "@/lib/tickets/schemas";
import { createTicketAction, updateTicketAction } from "./actions";

type Props = {
  departments: Option[];
  products: Option[];
  priorities: Option[];
  complexities: Option[];
  /** Absent: a new request. Present: editing its fields (status changes only through the actions). */
  ticket?: TicketView;
};

export function TicketForm({ departments, products, priorities, complexities, ticket }: Props) {
  const [state, action] = useFormAction(ticket ? updateTicketAction : createTicketAction, initialFormState);
  const hours = (n: number | null | undefined) => (n == null ? "" : String(n));
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      {ticket && (
        <>
          <input type="hidden" name="id" value={ticket.id} />
          <input type="hidden" name="version" value={ticket.version} />
        </>
      )}
      <TextField state={state} name="title" label="Title" defaultValue={ticket?.title} className="sm:col-span-2" required />
      <TextAreaField state={state} name="description" label="Description" defaultValue={ticket?.description} className="sm:col-span-2" rows={6} hint="Markdown is supported: **bold**, _italic_, lists, links, `code`, tables. HTML shows as plain text." />
      <SelectField state={state} name="departmentId" label="Department" options={departments} defaultValue={ticket?.departmentId} placeholder="No department" />
      <SelectField state={state} name="productId" label="Product" options={products} defaultValue={ticket?.productId} placeholder="No product" />
      <SelectField state={state} name="priority" label="Priority" options={priorities} defaultValue={ticket?.priority ?? "medium"} />
      <SelectField state={state} name="complexity" label="Complexity" options={complexities} defaultValue={ticket?.complexity} placeholder="Not set" />
      <DateTimeField state={state} name="deadline" label="Deadline" value={ticket?.deadline} />
      <TextField state={state} name="estimatedHours" label="Estimated hours" type="number" min={0} step="0.5" defaultValue={hours(ticket?.estimatedHours)} />
      {ticket && <TextField state={state} name="actualHours" label="Actual hours" type="number" min={0} step="0.5" defaultValue={hours(ticket.actualHours)} />}
      <div className="sm:col-span-2">
        <SubmitButton>{ticket ? "Save changes" : "Submit request"}</SubmitButton>
      </div>
    </form>
  );
}

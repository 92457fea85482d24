import { ActionButton } from "@/components/forms/action-button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { listCreativeAssignees, type TicketDetail } from "@/lib/tickets";
import {
  approveTicketAction,
  assignTicketAction,
  completeTicketAction,
  confirmTicketAction,
  rejectTicketAction,
  requestChangesAction,
  startTicketAction,
  trashTicketAction,
} from "../actions";
import { PickUserForm, ReasonButton } from "./ticket-controls";
import { TicketMenu } from "./ticket-menu";

type Props = { ticket: TicketDetail; fields: Record<string, string> };

/**
 * The header's actions: the step this viewer may take now (from the ticket's allowedActions, the
 * transition table's answer — never re-derived here), then "⋯" for edit and trash.
 */
export function HeaderActions({ ticket, fields }: Props) {
  const may = new Set(ticket.allowedActions);
  const step = ticket.status === "requested" ? "dept" : "creative";
  return (
    <div className="flex flex-wrap items-start gap-2" data-testid="ticket-actions">
      {may.has("approve") && (
        <ActionButton action={approveTicketAction} fields={{ ...fields, step }} variant="default">
          Approve
        </ActionButton>
      )}
      {may.has("reject") && (
        <ReasonButton action={rejectTicketAction} fields={{ ...fields, step }} title={`Reject ${ticket.key}?`} description="The requester sees your reason." confirmLabel="Reject" variant="destructive">
          Reject
        </ReasonButton>
      )}
      {may.has("start") && (
        <ActionButton action={startTicketAction} fields={fields} variant="default">
          Start work
        </ActionButton>
      )}
      {may.has("complete") && (
        <ActionButton action={completeTicketAction} fields={fields} variant="default">
          Mark completed
        </ActionButton>
      )}
      {may.has("confirm") && (
        <ActionButton action={confirmTicketAction} fields={fields} variant="default">
          Confirm delivery
        </ActionButton>
      )}
      {may.has("requestChanges") && (
        <ReasonButton action={requestChangesAction} fields={fields} title="Request changes" description="The work goes back to in progress with your reason." confirmLabel="Request changes" required>
          Request changes
        </ReasonButton>
      )}
      <TicketMenu ticketKey={ticket.key} editHref={may.has("edit") ? `/tickets/${ticket.id}/edit` : null} trash={may.has("trash") ? { action: trashTicketAction, fields } : null} />
    </div>
  );
}

/** Assign / reassign, only where the table allows it: no empty card otherwise. */
export async function AssignCard({ actor, ticket, fields }: Props & { actor: Actor }) {
  if (!ticket.allowedActions.includes("assign")) return null;
  const assignees = (await listCreativeAssignees(actor)).map((u) => ({ value: u.id, label: `${u.name} (${u.departmentName})` }));
  return (
    <Card>
      <CardHeader>
        <CardTitle>Assignment</CardTitle>
      </CardHeader>
      <CardContent data-testid="ticket-assignment">
        <PickUserForm action={assignTicketAction} fields={fields} name="assigneeId" label="Assignee" options={assignees} defaultValue={ticket.assigneeId} submitLabel={ticket.assigneeId ? "Reassign" : "Assign"} />
      </CardContent>
    </Card>
  );
}

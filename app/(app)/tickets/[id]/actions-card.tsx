import { ActionButton, ConfirmButton } from "@/components/forms/action-button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { listCreativeAssignees, type AllowedTicketActions, type PageActionName, type TicketDetail } from "@/lib/tickets";
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

type Props = { actor: Actor; ticket: TicketDetail; allowed: AllowedTicketActions; fields: Record<string, string> };

/**
 * The workflow buttons this actor may use on the ticket now (allowedTicketActions, which the command
 * palette reads too). They only decide what is shown; every command checks again.
 */
export async function ActionsCard({ actor, ticket, allowed: { actions, step }, fields }: Props) {
  const may = (name: PageActionName) => actions.includes(name);
  const mayAssign = may("assign");
  const assignees = mayAssign ? (await listCreativeAssignees(actor)).map((u) => ({ value: u.id, label: `${u.name} (${u.departmentName})` })) : [];

  return (
    <Card>
      <CardHeader>
        <CardTitle>Actions</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-wrap gap-2" data-testid="ticket-actions">
        {may("approve") && (
          <>
            <ActionButton action={approveTicketAction} fields={{ ...fields, step: step ?? "" }} variant="default">
              Approve
            </ActionButton>
            <ReasonButton action={rejectTicketAction} fields={{ ...fields, step: step ?? "" }} title={`Reject ${ticket.key}?`} description="The requester sees your reason." confirmLabel="Reject" variant="destructive">
              Reject
            </ReasonButton>
          </>
        )}
        {may("start") && (
          <ActionButton action={startTicketAction} fields={fields} variant="default">
            Start work
          </ActionButton>
        )}
        {may("complete") && (
          <ActionButton action={completeTicketAction} fields={fields} variant="default">
            Mark completed
          </ActionButton>
        )}
        {may("confirm") && (
          <>
            <ActionButton action={confirmTicketAction} fields={fields} variant="default">
              Confirm delivery
            </ActionButton>
            <ReasonButton action={requestChangesAction} fields={fields} title="Request changes" description="The work goes back to in progress with your reason." confirmLabel="Request changes" required>
              Request changes
            </ReasonButton>
          </>
        )}
        {may("trash") && (
          <ConfirmButton action={trashTicketAction} fields={fields} title={`Move ${ticket.key} to trash?`} description="An admin or manager can restore it from the trash." confirmLabel="Move to trash">
            Trash
          </ConfirmButton>
        )}
        {mayAssign && (
          <div className="w-full">
            <PickUserForm action={assignTicketAction} fields={fields} name="assigneeId" label="Assignee" options={assignees} defaultValue={ticket.assigneeId} submitLabel={ticket.assigneeId ? "Reassign" : "Assign"} />
          </div>
        )}
      </CardContent>
    </Card>
  );
}

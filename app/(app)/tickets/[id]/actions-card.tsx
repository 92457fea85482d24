import { ActionButton, ConfirmButton } from "@/components/forms/action-button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { can, isTicketRequester, mayApproveCreativeStep, mayApproveDeptStep, mayEditTicket, mayWorkOnTicket } from "@/lib/auth/policy";
import { getApprovalContext, listCreativeAssignees, type TicketDetail } from "@/lib/tickets";
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

type Props = { actor: Actor; ticket: TicketDetail; fields: Record<string, string> };

/**
 * The workflow buttons this actor may use on the ticket now. The predicates only decide what is
 * shown; every command checks again.
 */
export async function ActionsCard({ actor, ticket, fields }: Props) {
  const staff = actor.role === "admin" || actor.role === "manager";
  const approval = staff ? await getApprovalContext(actor, ticket) : null;
  const mayDept = ticket.status === "requested" && !!approval && mayApproveDeptStep(actor, approval.requesterDepartment);
  const mayCreative = ticket.status === "pending_creative" && !!approval && mayApproveCreativeStep(actor, approval.creativeDepartments);
  const step = mayDept ? "dept" : "creative";
  const mayAssign = (ticket.status === "approved" || ticket.status === "in_progress") && can(actor, "tickets.assign");
  const mayStart = ticket.status === "approved" && mayWorkOnTicket(actor, ticket);
  const mayComplete = ticket.status === "in_progress" && mayWorkOnTicket(actor, ticket);
  const awaitingConfirmation = ticket.status === "completed" && !ticket.confirmedAt && isTicketRequester(actor, ticket);
  const assignees = mayAssign ? (await listCreativeAssignees(actor)).map((u) => ({ value: u.id, label: `${u.name} (${u.departmentName})` })) : [];

  return (
    <Card>
      <CardHeader>
        <CardTitle>Actions</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-wrap gap-2" data-testid="ticket-actions">
        {(mayDept || mayCreative) && (
          <>
            <ActionButton action={approveTicketAction} fields={{ ...fields, step }} variant="default">
              Approve
            </ActionButton>
            <ReasonButton action={rejectTicketAction} fields={{ ...fields, step }} title={`Reject ${ticket.key}?`} description="The requester sees your reason." confirmLabel="Reject" variant="destructive">
              Reject
            </ReasonButton>
          </>
        )}
        {mayStart && (
          <ActionButton action={startTicketAction} fields={fields} variant="default">
            Start work
          </ActionButton>
        )}
        {mayComplete && (
          <ActionButton action={completeTicketAction} fields={fields} variant="default">
            Mark completed
          </ActionButton>
        )}
        {awaitingConfirmation && (
          <>
            <ActionButton action={confirmTicketAction} fields={fields} variant="default">
              Confirm delivery
            </ActionButton>
            <ReasonButton action={requestChangesAction} fields={fields} title="Request changes" description="The work goes back to in progress with your reason." confirmLabel="Request changes" required>
              Request changes
            </ReasonButton>
          </>
        )}
        {mayEditTicket(actor, ticket) && (
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

import type { Actor } from "@/lib/auth/actor";
import { can, isStaffManager, isTicketRequester, mayApproveCreativeStep, mayApproveDeptStep, mayEditTicket, mayWorkOnTicket } from "@/lib/auth/policy";
import type { TicketStatus } from "@/db/schema/tickets";
import { getApprovalContext } from "./queries";

/** The workflow actions a person may take on one ticket from its page or the command palette. */
export const ticketActionNames = ["approve", "reject", "start", "complete", "confirm", "requestChanges", "assign", "trash"] as const;
export type TicketActionName = (typeof ticketActionNames)[number];

export type AllowedTicketActions = {
  actions: TicketActionName[];
  /** The approval step that approve/reject act on, when they are allowed. */
  step: "dept" | "creative" | null;
};

type TicketState = { status: TicketStatus; requesterId: string; assigneeId: string | null; confirmedAt: Date | null };

/**
 * What the actor may do to the ticket now, from the policy's predicates: the ticket page's buttons
 * and the palette's ticket actions both read it, so they never disagree. The commands check again.
 * Seam: when the transition table (availableActions) lands, this becomes a thin call to it.
 */
export async function allowedTicketActions(actor: Actor, ticket: TicketState): Promise<AllowedTicketActions> {
  const approval = isStaffManager(actor) ? await getApprovalContext(actor, ticket) : null;
  const mayDept = ticket.status === "requested" && !!approval && mayApproveDeptStep(actor, approval.requesterDepartment);
  const mayCreative = ticket.status === "pending_creative" && !!approval && mayApproveCreativeStep(actor, approval.creativeDepartments);
  const awaitingConfirmation = ticket.status === "completed" && !ticket.confirmedAt && isTicketRequester(actor, ticket);
  const allowed: Record<TicketActionName, boolean> = {
    approve: mayDept || mayCreative,
    reject: mayDept || mayCreative,
    start: ticket.status === "approved" && mayWorkOnTicket(actor, ticket),
    complete: ticket.status === "in_progress" && mayWorkOnTicket(actor, ticket),
    confirm: awaitingConfirmation,
    requestChanges: awaitingConfirmation,
    assign: (ticket.status === "approved" || ticket.status === "in_progress") && can(actor, "tickets.assign"),
    trash: mayEditTicket(actor, ticket),
  };
  return { actions: ticketActionNames.filter((name) => allowed[name]), step: mayDept ? "dept" : mayCreative ? "creative" : null };
}

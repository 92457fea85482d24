import type { Actor } from "@/lib/auth/actor";
import { isStaffManager } from "@/lib/auth/policy";
import { getApprovalContext } from "./queries";
import { ticketActionsFor, type TicketActionName, type TicketState } from "./transitions";

/** The workflow actions taken from a ticket's page buttons or the command palette (edit, rollback, restore have their own places). */
export const pageActionNames = ["approve", "reject", "start", "complete", "confirm", "requestChanges", "assign", "trash"] as const satisfies readonly TicketActionName[];
export type PageActionName = (typeof pageActionNames)[number];

export type AllowedTicketActions = {
  actions: PageActionName[];
  /** The approval step that approve/reject act on, when they are allowed. */
  step: "dept" | "creative" | null;
};

/** The page's and the palette's share of a ticket's allowedActions (the transition table's answer). */
export function pageActions(ticket: { status: TicketState["status"]; allowedActions: readonly TicketActionName[] }): AllowedTicketActions {
  const actions = pageActionNames.filter((name) => ticket.allowedActions.includes(name));
  const step = actions.includes("approve") || actions.includes("reject") ? (ticket.status === "requested" ? "dept" : "creative") : null;
  return { actions, step };
}

/** The same for any actor and ticket state, judged by the transition table (with the approval context it needs). */
export async function allowedTicketActions(actor: Actor, ticket: Omit<TicketState, "approval">): Promise<AllowedTicketActions> {
  const approval = isStaffManager(actor) ? await getApprovalContext(actor, ticket) : undefined;
  return pageActions({ status: ticket.status, allowedActions: ticketActionsFor(actor, { ...ticket, approval }) });
}

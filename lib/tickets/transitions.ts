import { ticketStatuses, type TicketStatus } from "@/db/schema/tickets";
import type { Actor } from "@/lib/auth/actor";
import { can, mayApproveCreativeStep, mayApproveDeptStep, type CreativeDepartmentRef, type DepartmentRef } from "@/lib/auth/policy";
import { availableActions, defineTransitions } from "@/lib/kit/transitions";
import { ticketKey } from "./schemas";

/** What the approval rules need besides the ticket: the requester's department and the creative departments. */
export type ApprovalContext = { requesterDepartment: CreativeDepartmentRef | null; creativeDepartments: readonly DepartmentRef[] };

/** A ticket as the transition table judges it. `approval` is needed only for approve/reject. */
export type TicketState = {
  number: number;
  status: TicketStatus;
  requesterId: string;
  assigneeId: string | null;
  confirmedAt: Date | null;
  deletedAt: Date | null;
  approval?: ApprovalContext;
};

const live = (t: TicketState) => !t.deletedAt;

/** Whoever may approve (or reject) the step the ticket waits on; any other status: the role gate, so a 409 follows. */
function mayDecideStep(actor: Actor, t: TicketState): boolean {
  if (!can(actor, "tickets.approve")) return false;
  if (t.status === "requested") return !!t.approval && mayApproveDeptStep(actor, t.approval.requesterDepartment);
  if (t.status === "pending_creative") return !!t.approval && mayApproveCreativeStep(actor, t.approval.creativeDepartments);
  return true;
}
const stepDenied = (verb: string) => (t: TicketState, actor: Actor) =>
  !can(actor, "tickets.approve")
    ? `Only an admin or a manager can ${verb} tickets.`
    : t.status === "requested"
      ? `Only an admin or a manager of the requester's department can ${verb} ${verb === "approve" ? "this step" : "at this step"}.`
      : `Only an admin or a manager of a creative department can ${verb} ${verb === "approve" ? "this step" : "at this step"}.`;

const key = (t: TicketState) => ticketKey(t.number);
const unconfirmed = { test: (t: TicketState) => !t.confirmedAt, message: (t: TicketState) => `${key(t)} is already confirmed.` };
const inLive = { test: live, message: (t: TicketState) => `${key(t)} is in the trash.` };
const inTrash = { test: (t: TicketState) => !live(t), message: (t: TicketState) => `${key(t)} is not in the trash.` };

/**
 * The ticket workflow (SPEC §2), in the order the buttons appear. Commands assert it; the ticket
 * page's actions and the API's `allowedActions` come from it.
 */
export const ticketTransitions = defineTransitions<TicketState>()({
  approve: { from: ["requested", "pending_creative"], may: mayDecideStep, denied: stepDenied("approve") },
  reject: { from: ["requested", "pending_creative"], may: mayDecideStep, denied: stepDenied("reject") },
  start: { from: ["approved"], may: (a, t) => can(a, "tickets.work", t), denied: "Only the assignee or an admin/manager can start this ticket." },
  complete: { from: ["in_progress"], may: (a, t) => can(a, "tickets.work", t), denied: "Only the assignee or an admin/manager can complete this ticket." },
  confirm: { from: ["completed"], may: (a, t) => can(a, "tickets.confirm", t), denied: "Only the requester can confirm this ticket.", when: unconfirmed },
  requestChanges: { from: ["completed"], may: (a, t) => can(a, "tickets.requestChanges", t), denied: "Only the requester can request changes.", when: unconfirmed },
  assign: { from: ["approved", "in_progress"], may: (a) => can(a, "tickets.assign"), denied: "Only an admin or a manager can assign tickets." },
  edit: { from: ticketStatuses, may: (a, t) => can(a, "tickets.update", t), denied: "Only the requester or an admin/manager can edit this ticket.", when: inLive },
  rollback: { from: ticketStatuses, may: (a) => can(a, "tickets.rollback"), denied: "Only an admin or a manager can roll a ticket back.", when: inLive },
  trash: { from: ticketStatuses, may: (a, t) => can(a, "tickets.trash", t), denied: "Only the requester or an admin/manager can move this ticket to trash.", when: inLive },
  restore: { from: ticketStatuses, may: (a) => can(a, "tickets.restore"), denied: "Only an admin or a manager can restore tickets.", when: inTrash },
});

export type TicketActionName = keyof typeof ticketTransitions;
export const ticketActionNames = Object.keys(ticketTransitions) as TicketActionName[];

/** What the actor may do on the ticket now (the page's buttons, the API's `allowedActions`). */
export const ticketActionsFor = (actor: Actor, ticket: TicketState): TicketActionName[] => availableActions(ticketTransitions, actor, ticket);

/**
 * The action that moves a ticket from one status to another (the board's drag), if any: the same
 * transitions as the buttons, looked up by where they lead.
 */
export function actionForMove(from: TicketStatus, to: TicketStatus): TicketActionName | null {
  if ((from === "requested" && to === "pending_creative") || (from === "pending_creative" && to === "approved")) return "approve";
  if ((from === "requested" || from === "pending_creative") && to === "rejected") return "reject";
  if (from === "approved" && to === "in_progress") return "start";
  if (from === "in_progress" && to === "completed") return "complete";
  if (from === "completed" && to === "in_progress") return "requestChanges";
  return null;
}

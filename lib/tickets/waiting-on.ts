import type { Actor } from "@/lib/auth/actor";
import type { TicketView } from "./schemas";
import { isAvailable } from "@/lib/kit/transitions";
import { ticketTransitions } from "./transitions";

export const waitingStages = ["dept_approval", "creative_approval", "assignment", "start", "work", "confirmation", "done", "rejected", "trash"] as const;

/** Who a ticket waits on and what happens next, for the banner and the API. */
export type WaitingOn = {
  stage: (typeof waitingStages)[number];
  /** The people expected to act next (named ones; empty when the role is not one person). */
  userIds: string[];
  /** The viewer is the one it waits on. */
  you: boolean;
  /** One sentence, from the viewer's side: "Waiting for Morgan (Operations manager) to approve". */
  message: string;
};

type Manager = { id: string; name: string } | null;
/** The approval context with the names the sentence needs. */
type NamedDepartment = { id: string; name: string; managerId: string | null; isCreative: boolean; manager: Manager };
export type WaitingContext = {
  requesterDepartment: NamedDepartment | null;
  creativeDepartments: readonly NamedDepartment[];
  /** Names of the people the ticket's approval trail points to (rejecter, confirmer). */
  names: ReadonlyMap<string, string>;
};

type Ticket = Pick<TicketView, "number" | "status" | "requesterId" | "requesterName" | "assigneeId" | "assigneeName" | "confirmedAt" | "confirmedById" | "rejectedById" | "rejectionReason" | "deletedAt" | "revisionCount">;

/** Computed from the same transition table the commands assert: "you" when the viewer may (and is meant to) act. */
export function waitingOn(actor: Actor, ticket: Ticket, context: WaitingContext): WaitingOn {
  const state = { ...ticket, approval: context };
  const mayDo = (name: keyof typeof ticketTransitions) => isAvailable(ticketTransitions[name], actor, state);
  const person = (id: string | null, name: string | null, what: string, role?: string) =>
    id === actor.id ? `Waiting for you to ${what}` : `Waiting for ${name ?? "someone"}${role ? ` (${role})` : ""} to ${what}`;

  if (ticket.deletedAt) return { stage: "trash", userIds: [], you: false, message: "In trash: an admin or a manager can restore it" };
  switch (ticket.status) {
    case "requested": {
      const dept = context.requesterDepartment;
      const manager = dept && !dept.isCreative ? dept.manager : null;
      // A manager who manages the requester's department is who it waits on, named or not.
      const you = mayDo("approve") && actor.role === "manager";
      const message = you
        ? "Waiting for you to approve or reject"
        : manager
          ? `Waiting for ${manager.name} (${dept!.name} manager) to approve`
          : dept && !dept.isCreative
            ? `Waiting for the ${dept.name} manager to approve`
            : "Waiting for an admin to approve";
      return { stage: "dept_approval", userIds: manager ? [manager.id] : [], you, message };
    }
    case "pending_creative": {
      const named = context.creativeDepartments.filter((d) => d.manager);
      const you = mayDo("approve") && actor.role === "manager";
      const only = named.length === 1 ? named[0] : null;
      const message = you
        ? "Waiting for you to approve or reject"
        : only
          ? `Waiting for ${only.manager!.name} (${only.name} manager) to approve`
          : "Waiting for the creative manager to approve";
      return { stage: "creative_approval", userIds: named.map((d) => d.manager!.id), you, message };
    }
    case "approved":
      if (!ticket.assigneeId) return { stage: "assignment", userIds: [], you: false, message: mayDo("assign") ? "Waiting for a designer to be assigned: assign one" : "Waiting for a designer to be assigned" };
      return { stage: "start", userIds: [ticket.assigneeId], you: ticket.assigneeId === actor.id, message: person(ticket.assigneeId, ticket.assigneeName, "start work") };
    case "in_progress": {
      const what = ticket.revisionCount > 0 ? "make the requested changes" : "complete the work";
      return { stage: "work", userIds: ticket.assigneeId ? [ticket.assigneeId] : [], you: ticket.assigneeId === actor.id, message: person(ticket.assigneeId, ticket.assigneeName, what) };
    }
    case "completed":
      if (ticket.confirmedAt) {
        const by = ticket.confirmedById ? context.names.get(ticket.confirmedById) : null;
        return { stage: "done", userIds: [], you: false, message: `Done: confirmed by ${ticket.confirmedById === actor.id ? "you" : (by ?? ticket.requesterName)}` };
      }
      return { stage: "confirmation", userIds: [ticket.requesterId], you: ticket.requesterId === actor.id, message: person(ticket.requesterId, ticket.requesterName, "confirm or request changes", "requester") };
    case "rejected": {
      const by = ticket.rejectedById === actor.id ? "you" : ticket.rejectedById ? (context.names.get(ticket.rejectedById) ?? "someone") : "someone";
      return { stage: "rejected", userIds: [], you: false, message: `Rejected by ${by}: ${ticket.rejectionReason ?? "no reason given"}` };
    }
  }
}

import type { Tx } from "@/db";
import type { ActivityEntry, FieldChanges, Ticket } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import type { Actor } from "@/lib/auth/actor";
import { writeTicketNotifications } from "./notifications";

/** Every action on a ticket; also the activity_log `action` of its history entry. */
export const ticketActions = [
  "ticket.created", // routed to requested / pending_creative, or auto-approved (message "auto-approved")
  "ticket.dept_approved", // requested → pending_creative
  "ticket.approved", // pending_creative → approved
  "ticket.rejected", // data.reason
  "ticket.assigned", // data.assigneeId, data.previousAssigneeId
  "ticket.started",
  "ticket.completed",
  "ticket.confirmed",
  "ticket.changes_requested", // data.reason
  "ticket.updated",
  "ticket.collaborator_added", // data.userId
  "ticket.collaborator_removed", // data.userId
  "ticket.rolled_back", // data.entryId
  "ticket.trashed",
  "ticket.restored",
  "ticket.deleted",
  "ticket.commented", // data.commentId, data.parentId, data.recipientIds, data.excerpt (no workflow change)
  "ticket.attachment_added", // data.attachmentId, data.name (no workflow change, no notification)
  "ticket.attachment_deleted", // data.attachmentId, data.name
] as const;
export type TicketAction = (typeof ticketActions)[number];

export type TicketEvent = {
  action: TicketAction;
  actor: Actor;
  /** The ticket after the action (before it, for ticket.deleted). */
  ticket: Ticket;
  /** The ticket before the action (absent for ticket.created). */
  before?: Ticket;
  changes: FieldChanges;
  message?: string | null;
  /** Facts a notification needs beyond the row: reason, the collaborator's id, the rollback's entry… */
  data?: Record<string, unknown>;
};

/** The workflow fields a history entry snapshots and a rollback restores (never title/description). */
export const restorableFields = [
  "status",
  "assigneeId",
  "deptApprovedById",
  "deptApprovedAt",
  "creativeApprovedById",
  "creativeApprovedAt",
  "rejectedById",
  "rejectedAt",
  "rejectionReason",
  "startedAt",
  "completedAt",
  "confirmedById",
  "confirmedAt",
  "priority",
  "deadline",
  "departmentId",
  "productId",
  "complexity",
  "estimatedHours",
  "actualHours",
] as const satisfies readonly (keyof Ticket)[];
export type RestorableField = (typeof restorableFields)[number];
export const restorableDateFields = new Set<RestorableField>(["deptApprovedAt", "creativeApprovedAt", "rejectedAt", "startedAt", "completedAt", "confirmedAt", "deadline"]);

const hoursOf = (v: string | null) => (v == null ? null : Number(v));

/** The ticket's workflow state as stored in a history entry's snapshot (dates become ISO strings in JSON). */
export function workflowSnapshot(t: Ticket): Record<string, unknown> {
  const snapshot: Record<string, unknown> = {};
  for (const key of restorableFields) snapshot[key] = t[key];
  snapshot.estimatedHours = hoursOf(t.estimatedHours);
  snapshot.actualHours = hoursOf(t.actualHours);
  snapshot.revisionCount = t.revisionCount;
  snapshot.rollbackCount = t.rollbackCount;
  snapshot.version = t.version;
  snapshot.deletedAt = t.deletedAt;
  return snapshot;
}

/**
 * THE hook for everything a ticket action writes besides the ticket row. Called once per action,
 * inside the action's transaction, after the row is updated: appends the history entry and writes
 * the in-app notification rows (lib/tickets/notifications.ts) in the same `tx`, keyed by the entry's
 * id, so that one action yields one set of notifications and a rolled-back action yields none.
 */
export async function recordTicketEvent(tx: Tx, event: TicketEvent): Promise<ActivityEntry> {
  const entry = await logActivity(tx, {
    entityType: "ticket",
    entityId: event.ticket.id,
    actorId: event.actor.id,
    action: event.action,
    changes: event.changes,
    snapshot: workflowSnapshot(event.ticket),
    message: event.message ?? undefined,
  });
  await writeTicketNotifications(tx, event, entry);
  return entry;
}

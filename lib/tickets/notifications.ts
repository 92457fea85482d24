import { and, eq, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Tx } from "@/db";
import { departments, users, type ActivityEntry, type Ticket } from "@/db/schema";
import { deleteNotificationsFor, notify, resolveNotifications, type NotificationKind } from "@/lib/notifications";
import type { TicketEvent } from "./events";
import { ticketKey } from "./schemas";

// Who hears about each ticket action (SPEC §4). Every recipient set is one SQL query at most; the
// actor is dropped by notify(). The dedupe key is the history entry's id, so one action yields one
// set of notifications however often it is replayed, and a losing racer (rolled back) yields none.

const requesterDept = alias(users, "requester_dept_of");

/**
 * Who may approve for a department: its named manager (if a manager or admin), plus every active
 * manager-role member of it — the same people `managesDepartment` lets act.
 */
const managerOfDepartment = or(
  and(eq(departments.managerId, users.id), inArray(users.role, ["manager", "admin"])),
  and(eq(users.departmentId, departments.id), eq(users.role, "manager")),
);

/** The managers of the requester's department, unless that department is creative (one query). */
async function requesterDepartmentManagers(tx: Tx, requesterId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(departments, managerOfDepartment)
    .where(
      and(
        eq(users.isActive, true),
        eq(departments.isCreative, false),
        inArray(departments.id, tx.select({ id: sql<string>`${requesterDept.departmentId}` }).from(requesterDept).where(eq(requesterDept.id, requesterId))),
      ),
    );
  return rows.map((r) => r.id);
}

/** The managers of every creative department (one query). */
async function creativeManagers(tx: Tx): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(departments, managerOfDepartment)
    .where(and(eq(users.isActive, true), eq(departments.isCreative, true)));
  return rows.map((r) => r.id);
}

type Message = { kind: NotificationKind; recipientIds: (string | null)[]; title: string; body?: string };

const reasonOf = (event: TicketEvent) => (typeof event.data?.reason === "string" && event.data.reason.trim() ? event.data.reason.trim() : null);

async function messageFor(tx: Tx, event: TicketEvent): Promise<Message | null> {
  const t: Ticket = event.ticket;
  const key = ticketKey(t.number);
  const who = event.actor.name;
  switch (event.action) {
    case "ticket.created":
      if (t.status === "requested")
        return { kind: "ticket.created", recipientIds: await requesterDepartmentManagers(tx, t.requesterId), title: `${key} waits for your approval`, body: `${who} requested “${t.title}”.` };
      if (t.status === "pending_creative")
        return { kind: "ticket.created", recipientIds: await creativeManagers(tx), title: `${key} waits for your creative approval`, body: `${who} requested “${t.title}”.` };
      return null; // auto-approved: nobody has to act
    case "ticket.dept_approved":
      return { kind: "ticket.dept_approved", recipientIds: await creativeManagers(tx), title: `${key} waits for your creative approval`, body: `${who} approved “${t.title}” for the department.` };
    case "ticket.approved":
      return { kind: "ticket.approved", recipientIds: [t.requesterId], title: `${key} was approved`, body: `${who} approved “${t.title}”.` };
    case "ticket.rejected": {
      const reason = reasonOf(event);
      return { kind: "ticket.rejected", recipientIds: [t.requesterId], title: `${key} was rejected`, body: reason ? `${who} rejected “${t.title}”: ${reason}` : `${who} rejected “${t.title}” (no reason given).` };
    }
    case "ticket.assigned":
      return { kind: "ticket.assigned", recipientIds: [t.assigneeId], title: `${key} was assigned to you`, body: `${who} assigned “${t.title}” to you.` };
    case "ticket.started":
      return { kind: "ticket.started", recipientIds: [t.requesterId], title: `Work on ${key} started`, body: `${who} started “${t.title}”.` };
    case "ticket.completed":
      return { kind: "ticket.completed", recipientIds: [t.requesterId], title: `${key} was completed`, body: `${who} completed “${t.title}”. Please confirm it or request changes.` };
    case "ticket.confirmed":
      return { kind: "ticket.confirmed", recipientIds: [t.assigneeId], title: `${key} was confirmed`, body: `${who} confirmed your work on “${t.title}”.` };
    case "ticket.changes_requested":
      return { kind: "ticket.changes_requested", recipientIds: [t.assigneeId], title: `Changes requested on ${key}`, body: `${who}: ${reasonOf(event) ?? "(no reason)"}` };
    case "ticket.rolled_back":
      return { kind: "ticket.rolled_back", recipientIds: [t.requesterId], title: `${key} was rolled back`, body: `${who} rolled “${t.title}” back; it is now ${t.status.replace("_", " ")}.` };
    case "ticket.commented": {
      const recipientIds = Array.isArray(event.data?.recipientIds) ? (event.data.recipientIds as string[]) : [];
      const excerpt = typeof event.data?.excerpt === "string" ? event.data.excerpt : "";
      return { kind: "ticket.commented", recipientIds, title: `${who} commented on ${key}`, body: excerpt };
    }
    default:
      return null;
  }
}

/** The notifications that ask for an approval, and the actions that answer them. */
const approvalRequestKinds = ["ticket.created", "ticket.dept_approved"] as const satisfies NotificationKind[];
const settlesApproval = new Set<TicketEvent["action"]>(["ticket.dept_approved", "ticket.approved", "ticket.rejected", "ticket.trashed"]);

/** Writes the in-app notifications of one ticket action, in its transaction, keyed by its history entry. */
export async function writeTicketNotifications(tx: Tx, event: TicketEvent, entry: ActivityEntry): Promise<void> {
  if (event.action === "ticket.deleted") {
    // The ticket is gone for good: its notifications would only link to a 404.
    await deleteNotificationsFor(tx, "ticket", event.ticket.id);
    return;
  }
  // The approval step was decided (or the ticket left the workflow): the "waits for your approval"
  // notifications of every approver are settled, before this action asks anyone anew.
  if (settlesApproval.has(event.action)) await resolveNotifications(tx, "ticket", event.ticket.id, approvalRequestKinds);
  const message = await messageFor(tx, event);
  if (!message) return;
  await notify(tx, {
    kind: message.kind,
    entityType: "ticket",
    entityId: event.ticket.id,
    actorId: event.actor.id,
    title: message.title,
    body: message.body ?? "",
    link: `/tickets/${ticketKey(event.ticket.number)}`,
    recipientIds: message.recipientIds,
    dedupeKey: `activity:${entry.id}`,
  });
}

import { inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { activityLog, notifications, tickets, type NewTicket } from "@/db/schema";
import { unique } from "./helpers";

/** The clock the reminder tests run at: a Monday, 10:00 UTC (daytime, inside the 06–12 UTC window). */
export const NOW = new Date("2030-03-04T10:00:00Z");
export const hoursFrom = (base: Date, hours: number) => new Date(base.getTime() + hours * 60 * 60 * 1000);

/** A ticket in exactly the given state, written directly (no workflow, no history) so dates are ours. */
export async function putTicket(values: Omit<NewTicket, "title"> & { title?: string }) {
  const db = await getDb();
  const [row] = await db
    .insert(tickets)
    .values({ title: unique("Reminder "), createdAt: hoursFrom(NOW, -72), updatedAt: hoursFrom(NOW, -1), ...values })
    .returning();
  return row;
}

/** A history entry on a ticket at a given time (a comment, say), as if someone touched it. */
export async function touchTicket(ticketId: string, at: Date) {
  const db = await getDb();
  await db.insert(activityLog).values({ entityType: "ticket", entityId: ticketId, action: "ticket.commented", createdAt: at });
}

export const reminderKinds = ["ticket.deadline_approaching", "ticket.overdue", "ticket.idle"];

/** Every reminder sent so far, as "kind ticketId recipientId" lines, sorted. */
export async function sentReminders() {
  const db = await getDb();
  const rows = await db.select().from(notifications).where(inArray(notifications.kind, reminderKinds));
  return rows.map((n) => `${n.kind} ${n.entityId} ${n.recipientId}`).sort();
}

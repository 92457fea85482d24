import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { notificationDeliveries, notifications, users, type Notification } from "@/db/schema";
import { parseInput } from "@/lib/errors";
import { notifyInputSchema, type NotifyInput } from "./schemas";

/**
 * Writes one notification per recipient, in the caller's transaction (so it commits or rolls back
 * with the change it reports). The actor is never notified, duplicate and missing ids collapse,
 * inactive or unknown users are skipped, and a (recipient, dedupeKey) pair that already exists is left
 * alone — so replaying or racing the same event creates nothing new. With `channels`, one pending
 * delivery per created notification and channel is queued for the Telegram/email worker.
 *
 * Returns only the rows this call created.
 */
export async function notify(tx: DbOrTx, input: NotifyInput): Promise<Notification[]> {
  const { recipientIds, channels, ...event } = parseInput(notifyInputSchema, input);
  const wanted = [...new Set(recipientIds.filter((id): id is string => !!id && id !== event.actorId))];
  if (!wanted.length) return [];

  const active = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, wanted), eq(users.isActive, true)));
  if (!active.length) return [];
  const activeIds = new Set(active.map((u) => u.id));
  const recipients = wanted.filter((id) => activeIds.has(id));

  const created = await tx
    .insert(notifications)
    .values(recipients.map((recipientId) => ({ ...event, recipientId })))
    .onConflictDoNothing({ target: [notifications.recipientId, notifications.dedupeKey] })
    .returning();

  const uniqueChannels = [...new Set(channels)];
  if (created.length && uniqueChannels.length) {
    await tx
      .insert(notificationDeliveries)
      .values(created.flatMap((n) => uniqueChannels.map((channel) => ({ notificationId: n.id, channel }))))
      .onConflictDoNothing({ target: [notificationDeliveries.notificationId, notificationDeliveries.channel] });
  }
  return created;
}

/** Removes every notification about one record (e.g. when a ticket is permanently deleted). */
export async function deleteNotificationsFor(tx: DbOrTx, entityType: string, entityId: string): Promise<number> {
  const rows = await tx
    .delete(notifications)
    .where(and(eq(notifications.entityType, entityType), eq(notifications.entityId, entityId)))
    .returning({ id: notifications.id });
  return rows.length;
}

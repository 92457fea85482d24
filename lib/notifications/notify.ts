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
  return notifyMany(tx, [input]);
}

// Rows per INSERT: well under PostgreSQL's 65,535 bind parameters at ten columns a row.
const BATCH = 1000;

/**
 * notify() for many events at once (e.g. one reminder per due ticket), with the same rules, in a
 * fixed number of statements: one query for who is active, then one insert per thousand rows.
 */
export async function notifyMany(tx: DbOrTx, inputs: NotifyInput[]): Promise<Notification[]> {
  const events = inputs.map((input) => {
    const { recipientIds, channels, ...event } = parseInput(notifyInputSchema, input);
    const wanted = [...new Set(recipientIds.filter((id): id is string => !!id && id !== event.actorId))];
    return { event, wanted, channels: [...new Set(channels)] };
  });
  const everyone = [...new Set(events.flatMap((e) => e.wanted))];
  if (!everyone.length) return [];

  const active = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, everyone), eq(users.isActive, true)));
  if (!active.length) return [];
  const activeIds = new Set(active.map((u) => u.id));

  const rows = events.flatMap(({ event, wanted, channels }) =>
    wanted.filter((id) => activeIds.has(id)).map((recipientId) => ({ row: { ...event, recipientId }, channels })),
  );
  const created: Notification[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const inserted = await tx
      .insert(notifications)
      .values(batch.map((r) => r.row))
      .onConflictDoNothing({ target: [notifications.recipientId, notifications.dedupeKey] })
      .returning();
    if (!inserted.length) continue;
    created.push(...inserted);
    // Which channels each created row asked for: its (recipient, dedupeKey) is unique.
    const channelsOf = new Map(batch.map((r) => [`${r.row.recipientId} ${r.row.dedupeKey}`, r.channels]));
    const deliveries = inserted.flatMap((n) => (channelsOf.get(`${n.recipientId} ${n.dedupeKey}`) ?? []).map((channel) => ({ notificationId: n.id, channel })));
    if (deliveries.length) {
      await tx
        .insert(notificationDeliveries)
        .values(deliveries)
        .onConflictDoNothing({ target: [notificationDeliveries.notificationId, notificationDeliveries.channel] });
    }
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

import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { getDb, type DbOrTx } from "@/db";
import { notifications, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { notFound, parseInput } from "@/lib/errors";
import { pageWithTotal, type Page } from "@/lib/pagination";
import { listNotificationsQuery, type NotificationView } from "./schemas";

// Everyone reads only their own notifications: the recipient is always in the WHERE clause, so
// another user's notification is never loaded and comes back as 404.

const actors = alias(users, "actor");

const viewColumns = {
  id: notifications.id,
  kind: notifications.kind,
  entityType: notifications.entityType,
  entityId: notifications.entityId,
  title: notifications.title,
  body: notifications.body,
  link: notifications.link,
  actorId: notifications.actorId,
  actorName: actors.name,
  readAt: notifications.readAt,
  createdAt: notifications.createdAt,
};

const mine = (actor: Actor) => eq(notifications.recipientId, actor.id);

/** A page of the actor's notifications, newest first; `unread: true` for the unread ones only. */
export async function listNotifications(actor: Actor, input?: unknown, tx?: DbOrTx): Promise<Page<NotificationView>> {
  const query = parseInput(listNotificationsQuery, input ?? {});
  const where = and(mine(actor), query.unread ? isNull(notifications.readAt) : undefined);
  const conn = tx ?? (await getDb());
  const rows = await conn
    .select(viewColumns)
    .from(notifications)
    .leftJoin(actors, eq(actors.id, notifications.actorId))
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const countAll = async () => (await conn.select({ n: count() }).from(notifications).where(where))[0].n;
  return pageWithTotal(rows, countAll, query.page, query.pageSize);
}

/** The number on the bell. */
export async function unreadCount(actor: Actor, tx?: DbOrTx): Promise<number> {
  const conn = tx ?? (await getDb());
  const [row] = await conn
    .select({ n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(notifications)
    .where(and(mine(actor), isNull(notifications.readAt)));
  return row.n;
}

/** One of the actor's notifications; anyone else's (or a malformed id) is 404. */
export async function getNotification(actor: Actor, id: string, tx?: DbOrTx): Promise<NotificationView> {
  if (!z.uuid().safeParse(id).success) throw notFound("Notification");
  const conn = tx ?? (await getDb());
  const [row] = await conn
    .select(viewColumns)
    .from(notifications)
    .leftJoin(actors, eq(actors.id, notifications.actorId))
    .where(and(mine(actor), eq(notifications.id, id)));
  if (!row) throw notFound("Notification");
  return row;
}

/** Marks one of the actor's notifications read (idempotent: the first read time is kept). */
export async function markRead(actor: Actor, id: string, tx?: DbOrTx): Promise<NotificationView> {
  if (!z.uuid().safeParse(id).success) throw notFound("Notification");
  const conn = tx ?? (await getDb());
  const [row] = await conn
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(mine(actor), eq(notifications.id, id)))
    .returning({ id: notifications.id });
  if (!row) throw notFound("Notification");
  return getNotification(actor, id, conn);
}

/** Marks every unread notification of the actor read; returns how many changed. */
export async function markAllRead(actor: Actor, tx?: DbOrTx): Promise<{ updated: number }> {
  const conn = tx ?? (await getDb());
  const rows = await conn
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(mine(actor), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { updated: rows.length };
}

/** Opening a record reads what the bell said about it: the actor's unread notifications of it become read. */
export async function markEntityRead(actor: Actor, entityType: string, entityId: string, tx?: DbOrTx): Promise<{ updated: number }> {
  const conn = tx ?? (await getDb());
  const rows = await conn
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(mine(actor), eq(notifications.entityType, entityType), eq(notifications.entityId, entityId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { updated: rows.length };
}

/**
 * A request for action that someone has acted on is resolved for everyone it asked ("waits for your
 * approval" once another approver approved): marked read for every recipient, in the action's tx.
 */
export async function resolveNotifications(tx: DbOrTx, entityType: string, entityId: string, kinds: readonly string[]): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.entityType, entityType), eq(notifications.entityId, entityId), inArray(notifications.kind, [...kinds]), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

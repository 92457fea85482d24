import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { notificationDeliveries, notifications, users } from "@/db/schema";
import { isUniqueViolation } from "@/lib/errors";
import { deleteNotificationsFor, getNotification, listNotifications, markAllRead, markRead, notify, unreadCount } from "@/lib/notifications";
import type { NotifyInput } from "@/lib/notifications";
import { actorOf, makeUser, rejects, unique } from "./helpers";

/** An event as a ticket command would raise it; override any field. */
function event(actorId: string | null, recipientIds: (string | null)[], over: Partial<NotifyInput> = {}): NotifyInput {
  const ticket = unique("T-");
  return {
    kind: "ticket.commented",
    entityType: "ticket",
    entityId: ticket,
    actorId,
    title: `New comment on ${ticket}`,
    body: "Looks good, one more change please.",
    link: `/tickets/${ticket}`,
    recipientIds,
    dedupeKey: unique("activity:"),
    ...over,
  };
}

async function rowsFor(recipientId: string) {
  const db = await getDb();
  return db.select().from(notifications).where(eq(notifications.recipientId, recipientId));
}

describe("notify", () => {
  it("writes one row per recipient, never the actor, duplicates collapsed", async () => {
    const [actor, a, b] = await Promise.all([makeUser("member"), makeUser("manager"), makeUser("technician")]);
    const db = await getDb();
    const created = await notify(db, event(actor.id, [a.id, actor.id, b.id, a.id, null]));
    expect(created.map((n) => n.recipientId).sort()).toEqual([a.id, b.id].sort());
    expect(await rowsFor(actor.id)).toEqual([]);
    expect(await rowsFor(a.id)).toHaveLength(1);
    expect(created[0]).toMatchObject({ kind: "ticket.commented", actorId: actor.id, readAt: null });
  });

  it("skips deactivated users and does nothing with no one left", async () => {
    const [actor, gone] = await Promise.all([makeUser("member"), makeUser("member", null, { isActive: false })]);
    const db = await getDb();
    expect(await notify(db, event(actor.id, [gone.id, actor.id]))).toEqual([]);
    expect(await rowsFor(gone.id)).toEqual([]);
  });

  it("the same dedupe key twice creates nothing new", async () => {
    const [actor, a, b] = await Promise.all([makeUser("member"), makeUser("member"), makeUser("member")]);
    const db = await getDb();
    const e = event(actor.id, [a.id]);
    expect(await notify(db, e)).toHaveLength(1);
    expect(await notify(db, e)).toEqual([]);
    // A second recipient added on replay still gets theirs; the first does not get a second one.
    const again = await notify(db, { ...e, recipientIds: [a.id, b.id] });
    expect(again.map((n) => n.recipientId)).toEqual([b.id]);
    expect(await rowsFor(a.id)).toHaveLength(1);
  });

  it("racing transactions with one dedupe key create exactly one row per recipient", async () => {
    const [actor, a, b] = await Promise.all([makeUser("member"), makeUser("member"), makeUser("member")]);
    const db = await getDb();
    const e = event(actor.id, [a.id, b.id]);
    const results = await Promise.all(Array.from({ length: 6 }, () => db.transaction((tx) => notify(tx, e))));
    expect(results.flat()).toHaveLength(2);
    expect(await rowsFor(a.id)).toHaveLength(1);
    expect(await rowsFor(b.id)).toHaveLength(1);
  });

  it("rolls back with the transaction of the change", async () => {
    const [actor, a] = await Promise.all([makeUser("member"), makeUser("member")]);
    const db = await getDb();
    await expect(
      db.transaction(async (tx) => {
        expect(await notify(tx, event(actor.id, [a.id], { channels: ["email"] }))).toHaveLength(1);
        throw new Error("the ticket update failed");
      }),
    ).rejects.toThrow("the ticket update failed");
    expect(await rowsFor(a.id)).toEqual([]);
  });

  it("refuses an unknown kind or an absolute link, and shortens a long body", async () => {
    const [actor, a] = await Promise.all([makeUser("member"), makeUser("member")]);
    const db = await getDb();
    await rejects(notify(db, event(actor.id, [a.id], { kind: "ticket.exploded" as never })), "invalid");
    await rejects(notify(db, event(actor.id, [a.id], { link: "https://evil.example/x" })), "invalid");
    await rejects(notify(db, event(actor.id, [a.id], { link: "//evil.example/x" })), "invalid");
    const [n] = await notify(db, event(actor.id, [a.id], { body: "word ".repeat(400) }));
    expect(n.body.length).toBeLessThanOrEqual(500);
    expect(n.body.endsWith("…")).toBe(true);
  });

  it("queues one delivery per channel, and the database refuses a second for the same channel", async () => {
    const [actor, a, b] = await Promise.all([makeUser("member"), makeUser("member"), makeUser("member")]);
    const db = await getDb();
    const e = event(actor.id, [a.id, b.id], { channels: ["telegram", "email", "telegram"] });
    const created = await notify(db, e);
    await notify(db, e);
    const ids = created.map((n) => n.id);
    const deliveries = await db.select().from(notificationDeliveries).where(inArray(notificationDeliveries.notificationId, ids));
    expect(deliveries).toHaveLength(4);
    expect(deliveries.every((d) => d.status === "pending" && d.attempts === 0 && d.sentAt === null)).toBe(true);
    const error = await db
      .insert(notificationDeliveries)
      .values({ notificationId: ids[0], channel: "telegram" })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isUniqueViolation(error)).toBe(true);
    // Without channels nothing is queued.
    const [quiet] = await notify(db, event(actor.id, [a.id]));
    expect(await db.select().from(notificationDeliveries).where(eq(notificationDeliveries.notificationId, quiet.id))).toEqual([]);
  });

  it("deleting a recipient or the record removes their notifications and deliveries", async () => {
    const [actor, a, b] = await Promise.all([makeUser("member"), makeUser("member"), makeUser("member")]);
    const db = await getDb();
    const e = event(actor.id, [a.id, b.id], { channels: ["email"] });
    const created = await notify(db, e);
    await db.delete(users).where(eq(users.id, a.id));
    expect(await rowsFor(a.id)).toEqual([]);
    expect(await deleteNotificationsFor(db, "ticket", e.entityId)).toBe(1);
    expect(await db.select().from(notificationDeliveries).where(inArray(notificationDeliveries.notificationId, created.map((n) => n.id)))).toEqual([]);
  });
});

describe("inbox", () => {
  async function setup() {
    const [actor, me, other] = await Promise.all([makeUser("manager"), makeUser("member"), makeUser("member")]);
    const db = await getDb();
    const mine = [];
    for (let i = 0; i < 3; i++) mine.push((await notify(db, event(actor.id, [me.id, other.id], { title: `Event ${i}` })))[0]);
    const [theirs] = await notify(db, event(actor.id, [other.id], { title: "Only for other" }));
    return { actor, me: actorOf(me), other: actorOf(other), mine: mine.filter((n) => n.recipientId === me.id), theirs };
  }

  it("lists only my own, newest first, paginated, with the actor's name", async () => {
    const { actor, me, other } = await setup();
    const page = await listNotifications(me, { pageSize: 2 });
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 2, totalPages: 2 });
    expect(page.items.map((n) => n.title)).toEqual(["Event 2", "Event 1"]);
    expect(page.items[0]).toMatchObject({ actorId: actor.id, actorName: actor.name, readAt: null });
    expect((await listNotifications(me, { page: 2, pageSize: 2 })).items.map((n) => n.title)).toEqual(["Event 0"]);
    expect(await listNotifications(me, { page: 9 })).toMatchObject({ items: [], total: 3 });
    expect((await listNotifications(other)).items.map((n) => n.title)).toContain("Only for other");
    expect((await listNotifications(me)).items.map((n) => n.title)).not.toContain("Only for other");
  });

  it("counts unread, marks one read (idempotent) and filters unread", async () => {
    const { me, mine } = await setup();
    expect(await unreadCount(me)).toBe(3);
    const read = await markRead(me, mine[1].id);
    expect(read.readAt).toBeInstanceOf(Date);
    const again = await markRead(me, mine[1].id);
    expect(again.readAt).toEqual(read.readAt);
    expect(await unreadCount(me)).toBe(2);
    const unread = await listNotifications(me, { unread: "true" });
    expect(unread.total).toBe(2);
    expect(unread.items.map((n) => n.id)).not.toContain(mine[1].id);
    expect((await listNotifications(me, { unread: "false" })).total).toBe(3);
  });

  it("marks all of mine read, and no one else's", async () => {
    const { me, other } = await setup();
    expect(await markAllRead(me)).toEqual({ updated: 3 });
    expect(await unreadCount(me)).toBe(0);
    expect(await markAllRead(me)).toEqual({ updated: 0 });
    expect(await unreadCount(other)).toBe(4);
  });

  it("another user's notification is 404 and stays unread", async () => {
    const { me, other, theirs } = await setup();
    await rejects(markRead(me, theirs.id), "not_found");
    await rejects(getNotification(me, theirs.id), "not_found");
    await rejects(markRead(me, "not-a-uuid"), "not_found");
    expect((await getNotification(other, theirs.id)).readAt).toBeNull();
  });

  it("refuses a malformed list query", async () => {
    const { me } = await setup();
    await rejects(listNotifications(me, { pageSize: 1000 }), "invalid");
    await rejects(listNotifications(me, { unread: "maybe" }), "invalid");
  });
});

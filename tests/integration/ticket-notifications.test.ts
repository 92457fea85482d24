import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { notifications } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { listNotifications } from "@/lib/notifications";
import {
  approveTicket,
  assignTicket,
  completeTicket,
  confirmTicket,
  createTicket,
  deleteTicketForever,
  rejectTicket,
  requestChanges,
  rollbackTicket,
  startTicket,
  trashTicket,
} from "@/lib/tickets";
import { actorOf, makeUser, unique } from "./helpers";
import { entriesOf, makeOrg, newTicket, type Org } from "./tickets-fixtures";

let org: Org;
/** A second manager-role member of marketing, who is not the department's named manager. */
let marketingManager2: Actor;
beforeAll(async () => {
  org = await makeOrg();
  marketingManager2 = actorOf(await makeUser("manager", org.marketing.id));
});

/** The notifications about one ticket, as [recipient, kind] pairs, in a stable order. */
async function sent(ticketId: string, kind?: string) {
  const db = await getDb();
  const rows = await db.select().from(notifications).where(eq(notifications.entityId, ticketId));
  return rows.filter((n) => !kind || n.kind === kind);
}
const who = (rows: { recipientId: string }[]) => rows.map((r) => r.recipientId).sort();
const ids = (...actors: Actor[]) => actors.map((a) => a.id).sort();

describe("ticket created: the approver who must act", () => {
  it("a member's ticket goes to their department's managers (named manager and manager-role members), with the link and dedupe key", async () => {
    const t = await newTicket(org.requester);
    const rows = await sent(t.id);
    expect(who(rows)).toEqual(ids(org.marketingManager, marketingManager2));
    const [entry] = await entriesOf(t.id);
    for (const n of rows) {
      expect(n.kind).toBe("ticket.created");
      expect(n.link).toBe(`/tickets/T-${t.number}`);
      expect(n.dedupeKey).toBe(`activity:${entry.id}`);
      expect(n.actorId).toBe(org.requester.id);
      expect(n.title).toContain(`T-${t.number}`);
    }
    // And it shows in the manager's own list.
    const page = await listNotifications(org.marketingManager, { pageSize: 100 });
    expect(page.items.some((n) => n.entityId === t.id && n.kind === "ticket.created")).toBe(true);
  });

  it("a creative member's ticket goes to the creative manager; an auto-approved one to nobody", async () => {
    const pending = await newTicket(org.designer);
    expect(pending.status).toBe("pending_creative");
    expect(who(await sent(pending.id))).toEqual(ids(org.creativeManager));

    const auto = await newTicket(org.creativeManager);
    expect(auto.status).toBe("approved");
    expect(await sent(auto.id)).toHaveLength(0);
  });

  it("never the actor: a department manager's own ticket notifies only the other manager", async () => {
    const t = await newTicket(org.marketingManager);
    expect(t.status).toBe("requested");
    expect(who(await sent(t.id))).toEqual(ids(marketingManager2));
  });

  it("someone with no department: nobody to notify, and the ticket is still created", async () => {
    const t = await createTicket(org.technician, { title: unique("Flyer "), priority: "low" });
    expect(await sent(t.id)).toHaveLength(0);
  });
});

describe("the life cycle: who gets what", () => {
  it("dept-approved → creative manager; approved → requester; assigned → assignee; started/completed → requester; changes → assignee; confirmed → assignee; rolled back → requester", async () => {
    const t = await newTicket(org.requester);
    const step = async <T>(action: () => Promise<T>, kind: string, recipients: Actor[], body?: RegExp) => {
      await action();
      const rows = await sent(t.id, kind);
      expect(who(rows), kind).toEqual(ids(...recipients));
      if (body) for (const n of rows) expect(n.body).toMatch(body);
      return rows;
    };
    await step(() => approveTicket(org.marketingManager, t.id), "ticket.dept_approved", [org.creativeManager]);
    await step(() => approveTicket(org.creativeManager, t.id), "ticket.approved", [org.requester]);
    await step(() => assignTicket(org.creativeManager, t.id, { assigneeId: org.designer.id }), "ticket.assigned", [org.designer]);
    await step(() => startTicket(org.designer, t.id), "ticket.started", [org.requester]);
    await step(() => completeTicket(org.designer, t.id), "ticket.completed", [org.requester]);
    await step(() => requestChanges(org.requester, t.id, { reason: "Logo too small" }), "ticket.changes_requested", [org.designer], /Logo too small/);
    await completeTicket(org.designer, t.id);
    expect(await sent(t.id, "ticket.completed")).toHaveLength(2); // one per completion, each its own event
    await step(() => confirmTicket(org.requester, t.id), "ticket.confirmed", [org.designer]);
    const entries = await entriesOf(t.id);
    const approved = entries.find((e) => e.action === "ticket.approved")!;
    await step(() => rollbackTicket(org.admin, t.id, { entryId: approved.id }), "ticket.rolled_back", [org.requester]);

    // Every notification is keyed by its own history entry: no two events share a key.
    const all = await sent(t.id);
    const keys = new Set(all.map((n) => `${n.recipientId} ${n.dedupeKey}`));
    expect(keys.size).toBe(all.length);
    const entryKeys = new Set((await entriesOf(t.id)).map((e) => `activity:${e.id}`));
    expect(all.every((n) => entryKeys.has(n.dedupeKey))).toBe(true);
  });

  it("rejected → requester, with the reason in the body; without a reason it says so", async () => {
    const a = await newTicket(org.requester);
    await rejectTicket(org.marketingManager, a.id, { reason: "Out of budget this quarter" });
    const [withReason] = await sent(a.id, "ticket.rejected");
    expect(withReason.recipientId).toBe(org.requester.id);
    expect(withReason.body).toContain("Out of budget this quarter");

    const b = await newTicket(org.designer);
    await rejectTicket(org.creativeManager, b.id);
    const [noReason] = await sent(b.id, "ticket.rejected");
    expect(noReason.recipientId).toBe(org.designer.id);
    expect(noReason.body).toMatch(/no reason/i);
  });

  it("no notification to the actor: assigning oneself, starting one's own ticket", async () => {
    const t = await newTicket(org.creativeManager); // auto-approved
    await assignTicket(org.creativeManager, t.id, { assigneeId: org.creativeManager.id });
    await startTicket(org.creativeManager, t.id);
    expect(await sent(t.id)).toHaveLength(0);
  });

  it("a failed command notifies nobody", async () => {
    const t = await newTicket(org.requester);
    await expect(approveTicket(org.salesManager, t.id)).rejects.toMatchObject({ code: "forbidden" });
    expect(await sent(t.id, "ticket.dept_approved")).toHaveLength(0);
  });
});

describe("permanent delete", () => {
  it("removes the ticket's notifications (they would only link to a 404); trash alone keeps them", async () => {
    const t = await newTicket(org.requester);
    await trashTicket(org.requester, t.id);
    expect(await sent(t.id)).not.toHaveLength(0);
    await deleteTicketForever(org.admin, t.id);
    expect(await sent(t.id)).toHaveLength(0);
  });
});

describe("simultaneous approvals", () => {
  it("10 approvals of one ticket at once: exactly one set of notifications", async () => {
    const t = await newTicket(org.requester);
    const approvers = [org.admin, org.marketingManager];
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => approveTicket(approvers[i % 2], t.id, {}, { expectedVersion: t.version })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rows = await sent(t.id, "ticket.dept_approved");
    expect(who(rows)).toEqual(ids(org.creativeManager));
    const [entry] = (await entriesOf(t.id)).filter((e) => e.action === "ticket.dept_approved");
    expect(rows[0].dedupeKey).toBe(`activity:${entry.id}`);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { listNotifications, markEntityRead, unreadCount } from "@/lib/notifications";
import { approveTicket, rejectTicket } from "@/lib/tickets";
import { actorOf, makeUser } from "./helpers";
import { makeOrg, newTicket, type Org } from "./tickets-fixtures";

let org: Org;
let secondManager: Actor;
beforeAll(async () => {
  org = await makeOrg();
  // A second manager-role member of marketing: also asked to approve its requests.
  secondManager = actorOf(await makeUser("manager", org.marketing.id));
});

const unreadAbout = async (actor: Actor, ticketId: string) => (await listNotifications(actor, { unread: true, pageSize: 100 })).items.filter((n) => n.entityId === ticketId);

describe("approval requests are settled once someone decides", () => {
  it("every approver's 'waits for your approval' is read once one of them approves", async () => {
    const t = await newTicket(org.requester);
    expect(await unreadAbout(org.marketingManager, t.id)).toHaveLength(1);
    expect(await unreadAbout(secondManager, t.id)).toHaveLength(1);
    await approveTicket(org.marketingManager, t.id);
    expect(await unreadAbout(secondManager, t.id)).toHaveLength(0);
    // The creative step's request is new and stays unread until that step is decided.
    expect(await unreadAbout(org.creativeManager, t.id)).toHaveLength(1);
    await rejectTicket(org.admin, t.id, { reason: "No budget" });
    expect(await unreadAbout(org.creativeManager, t.id)).toHaveLength(0);
    // The requester's own news (rejected) is not an approval request: it stays unread.
    expect((await unreadAbout(org.requester, t.id)).map((n) => n.kind)).toEqual(["ticket.rejected"]);
  });

  it("opening a ticket reads the opener's notifications of it, and only theirs", async () => {
    const t = await newTicket(org.requester);
    const before = await unreadCount(secondManager);
    expect(await markEntityRead(org.marketingManager, "ticket", t.id)).toEqual({ updated: 1 });
    expect(await unreadAbout(org.marketingManager, t.id)).toHaveLength(0);
    expect(await unreadCount(secondManager)).toBe(before);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { addCollaborator, approveTicket, bulkTicketCommand, getTicket, getTrashedTicket } from "@/lib/tickets";
import { rejects } from "./helpers";
import { entriesOf, makeOrg, newTicket, type Org } from "./tickets-fixtures";

let org: Org;
beforeAll(async () => {
  org = await makeOrg();
});

const approved = async () => {
  const t = await newTicket(org.requester);
  await approveTicket(org.marketingManager, t.id);
  return approveTicket(org.creativeManager, t.id);
};

describe("bulk ticket commands", () => {
  it("trash: a member moves their own requests and is refused, per ticket, the others", async () => {
    const own = await newTicket(org.colleague);
    const othersVisible = await newTicket(org.requester);
    const unseen = await newTicket(org.requester);
    // The colleague sees the second ticket as a collaborator, but did not request it.
    await addCollaborator(org.requester, othersVisible.id, { userId: org.colleague.id });

    const result = await bulkTicketCommand(org.colleague, { action: "trash", ids: [own.id, othersVisible.id, unseen.id] });
    expect(result.done).toEqual([own.id]);
    expect(result.refused).toEqual([
      { id: othersVisible.id, code: "forbidden", message: expect.stringContaining("requester") },
      { id: unseen.id, code: "not_found", message: "Ticket not found" },
    ]);
    await rejects(getTicket(org.colleague, own.id), "not_found");
    expect((await getTicket(org.requester, othersVisible.id)).deletedAt).toBeNull();
    // The same history entry as a single trash.
    expect((await entriesOf(own.id)).map((e) => e.action)).toContain("ticket.trashed");
  });

  it("trash then restore as a manager; a member may not restore at all", async () => {
    const a = await newTicket(org.requester);
    const b = await newTicket(org.colleague);
    expect((await bulkTicketCommand(org.salesManager, { action: "trash", ids: [a.id, b.id] })).done).toEqual([a.id, b.id]);
    const byMember = await bulkTicketCommand(org.requester, { action: "restore", ids: [a.id] });
    expect(byMember.refused).toEqual([{ id: a.id, code: "forbidden", message: expect.any(String) }]);
    expect((await getTrashedTicket(org.admin, a.id)).deletedAt).not.toBeNull();
    const restored = await bulkTicketCommand(org.salesManager, { action: "restore", ids: [a.id, b.id] });
    expect(restored).toEqual({ done: [a.id, b.id], refused: [] });
    expect((await getTicket(org.requester, a.id)).deletedAt).toBeNull();
  });

  it("assign: a manager assigns the approved tickets; the domain refuses one still waiting for approval", async () => {
    const ready = await approved();
    const waiting = await newTicket(org.requester);
    const result = await bulkTicketCommand(org.creativeManager, { action: "assign", ids: [ready.id, waiting.id], assigneeId: org.designer.id });
    expect(result.done).toEqual([ready.id]);
    expect(result.refused).toEqual([{ id: waiting.id, code: "conflict", message: expect.stringContaining("approved") }]);
    expect((await getTicket(org.admin, ready.id)).assigneeId).toBe(org.designer.id);
    // A member may not assign any of them.
    const byMember = await bulkTicketCommand(org.requester, { action: "assign", ids: [ready.id], assigneeId: org.designer2.id });
    expect(byMember.refused.map((r) => r.code)).toEqual(["forbidden"]);
    expect((await getTicket(org.admin, ready.id)).assigneeId).toBe(org.designer.id);
  });

  it("refuses an empty or oversized selection and an unknown action as a whole", async () => {
    await rejects(bulkTicketCommand(org.admin, { action: "trash", ids: [] }), "invalid");
    await rejects(bulkTicketCommand(org.admin, { action: "trash", ids: Array.from({ length: 101 }, () => crypto.randomUUID()) }), "invalid");
    await rejects(bulkTicketCommand(org.admin, { action: "delete", ids: [crypto.randomUUID()] }), "invalid");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import {
  approveTicket,
  assignTicket,
  deleteTicketForever,
  getTicket,
  getTrashedTicket,
  listHistory,
  listTickets,
  listTrash,
  restoreTicket,
  rollbackTicket,
  startTicket,
  trashTicket,
  updateTicket,
} from "@/lib/tickets";
import { listHistoryNames } from "@/lib/tickets/history-names";
import { createProduct } from "@/lib/products";
import { makeDepartment, rejects, unique } from "./helpers";
import { entriesOf, makeOrg, newTicket, type Org } from "./tickets-fixtures";

let org: Org;
beforeAll(async () => {
  org = await makeOrg();
});

describe("history", () => {
  it("lists every entry, oldest first, with who and old → new; visible only to who sees the ticket", async () => {
    const t = await newTicket(org.requester);
    await approveTicket(org.marketingManager, t.id);
    const history = await listHistory(org.requester, t.id);
    expect(history.map((h) => [h.action, h.actorName])).toEqual([
      ["ticket.created", org.requester.name],
      ["ticket.dept_approved", org.marketingManager.name],
    ]);
    expect(history[1].changes.status).toEqual({ from: "requested", to: "pending_creative" });
    await rejects(listHistory(org.colleague, t.id), "not_found");
  });

  it("names every person, department and product its changes and snapshots refer to, even those no longer on the ticket", async () => {
    const oldProduct = await createProduct(org.admin, { name: unique("Flyer ") });
    const newProduct = await createProduct(org.admin, { name: unique("Banner ") });
    const otherDepartment = await makeDepartment();
    const t = await newTicket(org.requester, { departmentId: org.marketing.id, productId: oldProduct.id });
    await approveTicket(org.marketingManager, t.id);
    await approveTicket(org.creativeManager, t.id);
    await assignTicket(org.creativeManager, t.id, { assigneeId: org.designer.id });
    await assignTicket(org.creativeManager, t.id, { assigneeId: org.designer2.id });
    await updateTicket(org.requester, t.id, { departmentId: otherDepartment.id, productId: newProduct.id });

    const names = await listHistoryNames(org.requester, t.id);
    // The requester is the ticket's, not a change: the ticket names them.
    expect(names.users).toEqual({
      [org.marketingManager.id]: org.marketingManager.name,
      [org.creativeManager.id]: org.creativeManager.name,
      // Assigned and then replaced: named only by the history now.
      [org.designer.id]: org.designer.name,
      [org.designer2.id]: org.designer2.name,
    });
    expect(names.departments).toEqual({ [org.marketing.id]: org.marketing.name, [otherDepartment.id]: otherDepartment.name });
    expect(names.products).toEqual({ [oldProduct.id]: oldProduct.name, [newProduct.id]: newProduct.name });

    // Same visibility as the ticket: someone who cannot see it learns no names.
    await rejects(listHistoryNames(org.colleague, t.id), "not_found");
    await rejects(listHistoryNames(org.designer, t.id), "not_found");
  });
});

describe("rollback", () => {
  it("restores the workflow state of the chosen entry, never title or description; logged and counted", async () => {
    const t = await newTicket(org.requester, { deadline: "2030-01-01T10:00:00Z" });
    await approveTicket(org.marketingManager, t.id);
    const [, deptApproved] = await entriesOf(t.id);
    await approveTicket(org.creativeManager, t.id);
    await assignTicket(org.creativeManager, t.id, { assigneeId: org.designer.id });
    await startTicket(org.designer, t.id);
    await updateTicket(org.requester, t.id, { title: "Renamed", description: "New text", priority: "low", deadline: "2031-06-01T00:00:00Z", estimatedHours: 3 });

    const back = await rollbackTicket(org.salesManager, t.id, { entryId: deptApproved.id });
    expect(back).toMatchObject({
      status: "pending_creative",
      assigneeId: null,
      deptApprovedById: org.marketingManager.id,
      creativeApprovedById: null,
      creativeApprovedAt: null,
      startedAt: null,
      priority: "high",
      estimatedHours: null,
      title: "Renamed",
      description: "New text",
      rollbackCount: 1,
    });
    expect(back.deadline?.toISOString()).toBe("2030-01-01T10:00:00.000Z");
    const last = (await entriesOf(t.id)).at(-1)!;
    expect(last).toMatchObject({ action: "ticket.rolled_back", actorId: org.salesManager.id });
    expect(last.changes).toMatchObject({ status: { from: "in_progress", to: "pending_creative" }, assigneeId: { from: org.designer.id, to: null } });
    expect(last.changes.title).toBeUndefined();
    // The designer was unassigned by the rollback, so the ticket left their view.
    await rejects(getTicket(org.designer, t.id), "not_found");
    // The workflow goes on from the restored state.
    await expect(approveTicket(org.creativeManager, t.id)).resolves.toMatchObject({ status: "approved" });
  });

  it("a rollback can itself be rolled back", async () => {
    const t = await newTicket(org.requester);
    await approveTicket(org.marketingManager, t.id);
    await approveTicket(org.creativeManager, t.id);
    const entries = await entriesOf(t.id);
    await rollbackTicket(org.admin, t.id, { entryId: entries[0].id });
    expect((await getTicket(org.admin, t.id)).status).toBe("requested");
    const again = await rollbackTicket(org.admin, t.id, { entryId: entries[2].id });
    expect(again).toMatchObject({ status: "approved", creativeApprovedById: org.creativeManager.id, rollbackCount: 2 });
    expect((await entriesOf(t.id)).map((e) => e.action).slice(-2)).toEqual(["ticket.rolled_back", "ticket.rolled_back"]);
  });

  it("admin/manager only (403 / 404); an entry of another ticket is 404; the current state is 409", async () => {
    const t = await newTicket(org.requester);
    const other = await newTicket(org.requester);
    await approveTicket(org.marketingManager, t.id);
    const [created] = await entriesOf(t.id);
    const [otherCreated] = await entriesOf(other.id);
    await rejects(rollbackTicket(org.requester, t.id, { entryId: created.id }), "forbidden");
    await rejects(rollbackTicket(org.colleague, t.id, { entryId: created.id }), "not_found");
    await rejects(rollbackTicket(org.admin, t.id, { entryId: otherCreated.id }), "not_found");
    await rejects(rollbackTicket(org.admin, t.id, { entryId: "x" }), "invalid");
    await rollbackTicket(org.admin, t.id, { entryId: created.id });
    await rejects(rollbackTicket(org.admin, t.id, { entryId: created.id }), "conflict");
  });
});

describe("trash", () => {
  it("the requester trashes; the ticket disappears for everyone; a manager restores it", async () => {
    const t = await newTicket(org.requester);
    const trashed = await trashTicket(org.requester, t.id);
    expect(trashed.deletedById).toBe(org.requester.id);
    for (const who of [org.requester, org.admin, org.marketingManager]) await rejects(getTicket(who, t.id), "not_found");
    expect((await listTickets(org.admin, { pageSize: 100 })).items.map((i) => i.id)).not.toContain(t.id);
    expect((await listTrash(org.marketingManager, { pageSize: 100 })).items.map((i) => i.id)).toContain(t.id);
    await expect(getTrashedTicket(org.admin, t.id)).resolves.toMatchObject({ id: t.id });
    await rejects(listTrash(org.requester, {}), "forbidden");
    await rejects(restoreTicket(org.requester, t.id), "forbidden");
    await rejects(approveTicket(org.admin, t.id), "not_found");

    const restored = await restoreTicket(org.marketingManager, t.id);
    expect(restored).toMatchObject({ deletedAt: null, deletedById: null, status: "requested" });
    await expect(getTicket(org.requester, t.id)).resolves.toMatchObject({ id: t.id });
    await rejects(restoreTicket(org.admin, t.id), "conflict");
    expect((await entriesOf(t.id)).map((e) => e.action)).toEqual(["ticket.created", "ticket.trashed", "ticket.restored"]);
  });

  it("others may not trash: assignee 403, unseen 404", async () => {
    const t = await newTicket(org.requester);
    await approveTicket(org.admin, t.id);
    await approveTicket(org.admin, t.id);
    await assignTicket(org.admin, t.id, { assigneeId: org.designer.id });
    await rejects(trashTicket(org.designer, t.id), "forbidden");
    await rejects(trashTicket(org.colleague, t.id), "not_found");
    await expect(trashTicket(org.salesManager, t.id)).resolves.toMatchObject({ deletedById: org.salesManager.id });
  });

  it("only an admin deletes permanently, and only from trash; the history stays", async () => {
    const t = await newTicket(org.requester);
    await rejects(deleteTicketForever(org.admin, t.id), "conflict");
    await trashTicket(org.requester, t.id);
    await rejects(deleteTicketForever(org.marketingManager, t.id), "forbidden");
    await rejects(deleteTicketForever(org.requester, t.id), "forbidden");
    await deleteTicketForever(org.admin, t.id);
    await rejects(getTrashedTicket(org.admin, t.id), "not_found");
    await rejects(restoreTicket(org.admin, t.id), "not_found");
    expect((await entriesOf(t.id)).map((e) => e.action)).toEqual(["ticket.created", "ticket.trashed", "ticket.deleted"]);
  });
});

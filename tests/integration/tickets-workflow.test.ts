import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import {
  approveTicket,
  assignTicket,
  completeTicket,
  confirmTicket,
  getTicket,
  rejectTicket,
  requestChanges,
  startTicket,
  updateTicket,
  type TicketDetail,
} from "@/lib/tickets";
import { makeUser, rejects } from "./helpers";
import { entriesOf, makeOrg, newTicket, type Org } from "./tickets-fixtures";

let org: Org;
beforeAll(async () => {
  org = await makeOrg();
});

/** A ticket requested by org.requester and walked to `status`. */
async function ticketAt(status: "requested" | "pending_creative" | "approved" | "in_progress" | "completed", assignee: Actor | null = org.designer) {
  let t: TicketDetail = await newTicket(org.requester);
  if (status === "requested") return t;
  t = await approveTicket(org.marketingManager, t.id);
  if (status === "pending_creative") return t;
  t = await approveTicket(org.creativeManager, t.id);
  if (assignee) t = await assignTicket(org.creativeManager, t.id, { assigneeId: assignee.id });
  if (status === "approved") return t;
  t = await startTicket(assignee ?? org.admin, t.id);
  if (status === "in_progress") return t;
  return completeTicket(assignee ?? org.admin, t.id);
}

describe("routing on create", () => {
  it("anyone outside creative → requested, waiting on their department manager", async () => {
    const t = await newTicket(org.requester);
    expect(t).toMatchObject({ status: "requested", requesterId: org.requester.id, priority: "high", revisionCount: 0, version: 1 });
    expect(t.key).toBe(`T-${t.number}`);
    const [entry] = await entriesOf(t.id);
    expect(entry).toMatchObject({ action: "ticket.created", entityType: "ticket", actorId: org.requester.id, message: null });
    expect(entry.snapshot).toMatchObject({ status: "requested" });
  });

  it("a member of the creative department → pending_creative", async () => {
    expect((await newTicket(org.designer)).status).toBe("pending_creative");
  });

  it("the creative department's manager → approved at once, logged auto-approved", async () => {
    const t = await newTicket(org.creativeManager);
    expect(t).toMatchObject({ status: "approved", creativeApprovedById: org.creativeManager.id });
    const [entry] = await entriesOf(t.id);
    expect(entry).toMatchObject({ action: "ticket.created", message: "auto-approved" });
  });

  it("a manager of a non-creative department → requested (their own step)", async () => {
    expect((await newTicket(org.marketingManager)).status).toBe("requested");
  });

  it("refuses invalid input and a status in the body", async () => {
    expect((await rejects(newTicket(org.requester, { title: " " }), "invalid")).fields?.title).toBeDefined();
    await rejects(newTicket(org.requester, { status: "approved" } as never), "invalid");
    expect((await rejects(newTicket(org.requester, { departmentId: "00000000-0000-4000-8000-000000000000" }), "invalid")).fields?.departmentId).toBeDefined();
  });
});

describe("the whole life cycle", () => {
  it("requested → dept → creative → assigned → started → completed → confirmed, one entry per action", async () => {
    let t = await newTicket(org.requester);
    t = await approveTicket(org.marketingManager, t.id);
    expect(t).toMatchObject({ status: "pending_creative", deptApprovedById: org.marketingManager.id });
    t = await approveTicket(org.creativeManager, t.id);
    expect(t).toMatchObject({ status: "approved", creativeApprovedById: org.creativeManager.id });
    t = await assignTicket(org.creativeManager, t.id, { assigneeId: org.designer.id });
    expect(t).toMatchObject({ assigneeId: org.designer.id, assigneeName: org.designer.name });
    t = await startTicket(org.designer, t.id);
    expect(t.status).toBe("in_progress");
    expect(t.startedAt).toBeInstanceOf(Date);
    t = await completeTicket(org.designer, t.id);
    expect(t.status).toBe("completed");
    t = await confirmTicket(org.requester, t.id);
    expect(t).toMatchObject({ status: "completed", confirmedById: org.requester.id, version: 7 });
    const entries = await entriesOf(t.id);
    expect(entries.map((e) => e.action)).toEqual([
      "ticket.created",
      "ticket.dept_approved",
      "ticket.approved",
      "ticket.assigned",
      "ticket.started",
      "ticket.completed",
      "ticket.confirmed",
    ]);
    expect(entries[1].changes).toMatchObject({ status: { from: "requested", to: "pending_creative" }, deptApprovedById: { from: null, to: org.marketingManager.id } });
    expect(entries[3].changes).toEqual({ assigneeId: { from: null, to: org.designer.id } });
    expect(entries[6].snapshot).toMatchObject({ status: "completed", confirmedById: org.requester.id, assigneeId: org.designer.id });
  });
});

describe("approve", () => {
  it("dept step: admin and the requester's department manager; not the creative or another manager", async () => {
    await expect(approveTicket(org.admin, (await ticketAt("requested")).id)).resolves.toMatchObject({ status: "pending_creative" });
    await rejects(approveTicket(org.creativeManager, (await ticketAt("requested")).id), "forbidden");
    await rejects(approveTicket(org.salesManager, (await ticketAt("requested")).id), "forbidden");
  });

  it("creative step: admin and a creative manager; not the department manager", async () => {
    await expect(approveTicket(org.admin, (await ticketAt("pending_creative")).id)).resolves.toMatchObject({ status: "approved" });
    const t = await ticketAt("pending_creative");
    await rejects(approveTicket(org.marketingManager, t.id), "forbidden");
    await expect(approveTicket(org.creativeManager, t.id)).resolves.toMatchObject({ status: "approved" });
  });

  it("members who see the ticket get 403; those who cannot see it get 404", async () => {
    const t = await ticketAt("requested");
    await rejects(approveTicket(org.requester, t.id), "forbidden");
    for (const who of [org.colleague, org.designer, org.agent, org.technician]) await rejects(approveTicket(who, t.id), "not_found");
  });

  it("a ticket past approval is 409 with a clear message", async () => {
    const t = await ticketAt("approved");
    expect((await rejects(approveTicket(org.admin, t.id), "conflict")).message).toMatch(/only a ticket waiting for approval/);
  });

  it("a stale step (the dept step, already approved) is 409, never the next step", async () => {
    const t = await ticketAt("pending_creative");
    expect((await rejects(approveTicket(org.admin, t.id, { step: "dept" }), "conflict")).message).toMatch(/department step/);
    await rejects(rejectTicket(org.admin, t.id, { step: "dept" }), "conflict");
    await expect(approveTicket(org.admin, t.id, { step: "creative" })).resolves.toMatchObject({ status: "approved" });
  });

  it("a malformed or unknown id is 404", async () => {
    await rejects(approveTicket(org.admin, "nope"), "not_found");
    await rejects(approveTicket(org.admin, "00000000-0000-4000-8000-000000000000"), "not_found");
  });
});

describe("reject", () => {
  it("whoever may approve the step rejects it, with an optional reason", async () => {
    let t = await rejectTicket(org.marketingManager, (await ticketAt("requested")).id, { reason: "Not this quarter" });
    expect(t).toMatchObject({ status: "rejected", rejectedById: org.marketingManager.id, rejectionReason: "Not this quarter" });
    t = await rejectTicket(org.creativeManager, (await ticketAt("pending_creative")).id);
    expect(t).toMatchObject({ status: "rejected", rejectionReason: null });
    const [, entry] = await entriesOf((await rejectTicket(org.admin, (await ticketAt("requested")).id, { reason: "Dup" })).id);
    expect(entry).toMatchObject({ action: "ticket.rejected", message: "Dup" });
  });

  it("others: 403 (sees it) / 404 (does not); a rejected ticket cannot be rejected or approved again", async () => {
    const t = await ticketAt("requested");
    await rejects(rejectTicket(org.creativeManager, t.id), "forbidden");
    await rejects(rejectTicket(org.requester, t.id), "forbidden");
    await rejects(rejectTicket(org.colleague, t.id), "not_found");
    await rejectTicket(org.admin, t.id);
    await rejects(rejectTicket(org.admin, t.id), "conflict");
    await rejects(approveTicket(org.admin, t.id), "conflict");
  });
});

describe("assign", () => {
  it("admin or any manager; assignee must be an active creative-department user", async () => {
    const t = await ticketAt("approved", null);
    await expect(assignTicket(org.salesManager, t.id, { assigneeId: org.designer.id })).resolves.toMatchObject({ assigneeId: org.designer.id });
    await expect(assignTicket(org.admin, t.id, { assigneeId: org.designer2.id })).resolves.toMatchObject({ assigneeId: org.designer2.id });
    expect((await rejects(assignTicket(org.admin, t.id, { assigneeId: org.colleague.id }), "invalid")).fields?.assigneeId?.[0]).toMatch(/not in a creative department/);
    const inactive = await makeUser("member", org.creative.id, { isActive: false });
    expect((await rejects(assignTicket(org.admin, t.id, { assigneeId: inactive.id }), "invalid")).fields?.assigneeId).toBeDefined();
    await rejects(assignTicket(org.admin, t.id, { assigneeId: org.designer2.id }), "conflict");
  });

  it("members: 403 when they see it, 404 when not; wrong status 409", async () => {
    const t = await ticketAt("approved");
    await rejects(assignTicket(org.requester, t.id, { assigneeId: org.designer2.id }), "forbidden");
    await rejects(assignTicket(org.designer, t.id, { assigneeId: org.designer2.id }), "forbidden");
    await rejects(assignTicket(org.agent, t.id, { assigneeId: org.designer2.id }), "not_found");
    await rejects(assignTicket(org.admin, (await ticketAt("requested")).id, { assigneeId: org.designer.id }), "conflict");
  });

  it("reassigns while in progress", async () => {
    const t = await ticketAt("in_progress");
    await expect(assignTicket(org.creativeManager, t.id, { assigneeId: org.designer2.id })).resolves.toMatchObject({ status: "in_progress", assigneeId: org.designer2.id });
  });
});

describe("start and complete", () => {
  it("the assignee or admin/manager; others 403/404; wrong status 409", async () => {
    const t = await ticketAt("approved");
    await rejects(startTicket(org.requester, t.id), "forbidden");
    await rejects(startTicket(org.designer2, t.id), "not_found");
    await rejects(completeTicket(org.designer, t.id), "conflict");
    await startTicket(org.designer, t.id);
    await rejects(startTicket(org.designer, t.id), "conflict");
    await rejects(completeTicket(org.requester, t.id), "forbidden");
    await expect(completeTicket(org.salesManager, t.id)).resolves.toMatchObject({ status: "completed" });
  });

  it("an unassigned ticket goes to whoever (admin/manager) starts it", async () => {
    const t = await ticketAt("approved", null);
    await expect(startTicket(org.creativeManager, t.id)).resolves.toMatchObject({ status: "in_progress", assigneeId: org.creativeManager.id });
  });
});

describe("confirm and request changes", () => {
  it("only the requester confirms, once; not even an admin", async () => {
    const t = await ticketAt("completed");
    await rejects(confirmTicket(org.admin, t.id), "forbidden");
    await rejects(confirmTicket(org.designer, t.id), "forbidden");
    await rejects(confirmTicket(org.colleague, t.id), "not_found");
    await confirmTicket(org.requester, t.id);
    expect((await rejects(confirmTicket(org.requester, t.id), "conflict")).message).toMatch(/already confirmed/);
    await rejects(requestChanges(org.requester, t.id, { reason: "late" }), "conflict");
    await rejects(confirmTicket(org.requester, (await ticketAt("in_progress")).id), "conflict");
  });

  it("the requester sends it back with a reason: in progress, revision +1, then completes again", async () => {
    const t = await ticketAt("completed");
    expect((await rejects(requestChanges(org.requester, t.id, { reason: " " }), "invalid")).fields?.reason).toBeDefined();
    await rejects(requestChanges(org.admin, t.id, { reason: "Bigger logo" }), "forbidden");
    const back = await requestChanges(org.requester, t.id, { reason: "Bigger logo" });
    expect(back).toMatchObject({ status: "in_progress", revisionCount: 1, completedAt: null });
    expect((await entriesOf(t.id)).at(-1)).toMatchObject({ action: "ticket.changes_requested", message: "Bigger logo" });
    await completeTicket(org.designer, t.id);
    await expect(confirmTicket(org.requester, t.id)).resolves.toMatchObject({ revisionCount: 1 });
  });
});

describe("edit fields", () => {
  it("the requester or admin/manager edits; others 403/404; status is never editable; no change writes nothing", async () => {
    const t = await ticketAt("requested");
    const edited = await updateTicket(org.requester, t.id, { title: "New title", estimatedHours: "2.5", priority: "urgent" });
    expect(edited).toMatchObject({ title: "New title", estimatedHours: 2.5, priority: "urgent", version: t.version + 1 });
    expect((await entriesOf(t.id)).at(-1)?.changes).toEqual({
      title: { from: t.title, to: "New title" },
      estimatedHours: { from: null, to: 2.5 },
      priority: { from: "high", to: "urgent" },
    });
    await expect(updateTicket(org.salesManager, t.id, { complexity: "low" })).resolves.toMatchObject({ complexity: "low" });
    await rejects(updateTicket(org.requester, t.id, { status: "approved" }), "invalid");
    const count = (await entriesOf(t.id)).length;
    await updateTicket(org.requester, t.id, { title: "New title" });
    expect(await entriesOf(t.id)).toHaveLength(count);

    const assigned = await ticketAt("in_progress");
    await rejects(updateTicket(org.designer, assigned.id, { title: "x" }), "forbidden");
    await rejects(updateTicket(org.colleague, assigned.id, { title: "x" }), "not_found");
  });

  it("a stale expected version is 409", async () => {
    const t = await ticketAt("requested");
    await updateTicket(org.requester, t.id, { title: "One" });
    await rejects(updateTicket(org.requester, t.id, { title: "Two" }, { expectedVersion: t.version }), "conflict");
    await expect(getTicket(org.requester, t.id)).resolves.toMatchObject({ title: "One" });
  });
});

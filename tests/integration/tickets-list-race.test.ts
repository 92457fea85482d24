import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import {
  addCollaborator,
  approveTicket,
  assignTicket,
  completeTicket,
  getTicket,
  listTickets,
  listTrash,
  rejectTicket,
  removeCollaborator,
  startTicket,
  trashTicket,
  updateTicket,
} from "@/lib/tickets";
import { rejects, unique } from "./helpers";
import { entriesOf, makeOrg, newTicket, type Org } from "./tickets-fixtures";

let org: Org;
beforeAll(async () => {
  org = await makeOrg();
});

const ids = async (actor: Org["admin"], query: Record<string, unknown> = {}) => (await listTickets(actor, { pageSize: 100, ...query })).items.map((t) => t.id);

describe("visibility in listTickets", () => {
  it("admins and managers see all; others only requested, assigned or collaborating", async () => {
    const mine = await newTicket(org.requester);
    const theirs = await newTicket(org.agent);
    await approveTicket(org.admin, theirs.id);
    await approveTicket(org.admin, theirs.id);
    await assignTicket(org.admin, theirs.id, { assigneeId: org.designer.id });

    expect(await ids(org.admin)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(await ids(org.salesManager)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(await ids(org.requester)).toContain(mine.id);
    expect(await ids(org.requester)).not.toContain(theirs.id);
    expect(await ids(org.designer)).toContain(theirs.id);
    expect(await ids(org.designer)).not.toContain(mine.id);
    expect(await ids(org.technician)).toEqual([]);
  });

  it("adding a collaborator grants visibility; removing takes it away; both are logged", async () => {
    const t = await newTicket(org.requester);
    await rejects(getTicket(org.colleague, t.id), "not_found");
    await rejects(addCollaborator(org.colleague, t.id, { userId: org.colleague.id }), "not_found");
    const withColleague = await addCollaborator(org.requester, t.id, { userId: org.colleague.id });
    expect(withColleague.collaborators).toEqual([{ id: org.colleague.id, name: org.colleague.name }]);
    expect(await ids(org.colleague)).toContain(t.id);
    // A collaborator may add others too, but not twice.
    await addCollaborator(org.colleague, t.id, { userId: org.technician.id });
    await rejects(addCollaborator(org.colleague, t.id, { userId: org.technician.id }), "conflict");
    await removeCollaborator(org.technician, t.id, { userId: org.colleague.id });
    await rejects(getTicket(org.colleague, t.id), "not_found");
    await rejects(removeCollaborator(org.admin, t.id, { userId: org.colleague.id }), "not_found");
    expect((await entriesOf(t.id)).map((e) => e.action)).toEqual([
      "ticket.created",
      "ticket.collaborator_added",
      "ticket.collaborator_added",
      "ticket.collaborator_removed",
    ]);
  });
});

describe("filters, search, paging", () => {
  it("filters by status, priority, assignee, requester, overdue, created range and text, in SQL", async () => {
    const tag = unique("Zebra");
    const a = await newTicket(org.marketingManager, { title: `${tag} one`, priority: "urgent", deadline: "2020-01-01T00:00:00Z" });
    const b = await newTicket(org.marketingManager, { title: `${tag} two`, priority: "low", deadline: "2099-01-01T00:00:00Z" });
    const c = await newTicket(org.marketingManager, { title: `${tag} three`, priority: "low", deadline: "2020-01-01T00:00:00Z" });
    await rejectTicket(org.admin, c.id);
    await approveTicket(org.admin, b.id);
    await approveTicket(org.admin, b.id);
    await assignTicket(org.admin, b.id, { assigneeId: org.designer.id });

    expect(await ids(org.admin, { q: tag })).toEqual([c.id, b.id, a.id]);
    expect(await ids(org.admin, { q: tag, sort: "title", order: "asc" })).toEqual([a.id, c.id, b.id]);
    expect(await ids(org.admin, { q: tag, status: "requested,rejected" })).toEqual([c.id, a.id]);
    expect(await ids(org.admin, { q: tag, priority: "urgent" })).toEqual([a.id]);
    expect(await ids(org.admin, { q: tag, assigneeId: org.designer.id })).toEqual([b.id]);
    expect(await ids(org.admin, { q: tag, assigneeId: "none" })).toEqual([c.id, a.id]);
    expect(await ids(org.marketingManager, { q: tag, requesterId: "me" })).toHaveLength(3);
    expect(await ids(org.admin, { q: tag, overdue: "true" })).toEqual([a.id]);
    expect(await ids(org.admin, { q: tag, createdFrom: "2099-01-01" })).toEqual([]);
    expect(await ids(org.admin, { q: `T-${a.number}` })).toEqual([a.id]);

    const page = await listTickets(org.admin, { q: tag, pageSize: 2, page: 2 });
    expect(page).toMatchObject({ total: 3, totalPages: 2, page: 2 });
    expect(page.items.map((t) => t.id)).toEqual([a.id]);
    expect((await listTickets(org.admin, { q: tag, page: 9 })).total).toBe(3);
    await rejects(listTickets(org.admin, { status: "bogus" }), "invalid");
  });

  it("search finds a word of the description in any case, part of a word, a T-number and 1–2 letters; trash searches the same way", async () => {
    const word = unique("marmot").toLowerCase();
    const t = await newTicket(org.requester, { title: "Banner", description: `Please draw the ${word.toUpperCase()} on the left, 50%_scale` });
    expect(await ids(org.requester, { q: word })).toEqual([t.id]);
    expect(await ids(org.admin, { q: word.slice(3, -2) })).toContain(t.id);
    expect(await ids(org.requester, { q: "50%_scale" })).toContain(t.id);
    expect(await ids(org.admin, { q: `_${word}` })).toEqual([]);
    for (const q of [`T-${t.number}`, `t${t.number}`, String(t.number)]) expect(await ids(org.requester, { q })).toContain(t.id);
    // Too short for the trigram indexes: still answered, by reading the rows.
    for (const q of [word.slice(0, 2), word.slice(0, 1).toUpperCase()]) expect(await ids(org.requester, { q })).toContain(t.id);
    expect(await ids(org.technician, { q: word })).toEqual([]);

    await trashTicket(org.requester, t.id);
    expect(await ids(org.admin, { q: word })).toEqual([]);
    expect((await listTrash(org.admin, { q: word })).items.map((i) => i.id)).toEqual([t.id]);
    expect((await listTrash(org.admin, { q: `T-${t.number}` })).items.map((i) => i.id)).toEqual([t.id]);
  });

  it("ties go by number the same way as the sort; tickets without a deadline come last either way", async () => {
    const tag = unique("Yak");
    const a = await newTicket(org.requester, { title: `${tag} a`, priority: "urgent", deadline: "2030-01-01T00:00:00Z" });
    const b = await newTicket(org.requester, { title: `${tag} b`, priority: "low", deadline: "2031-01-01T00:00:00Z" });
    const c = await newTicket(org.requester, { title: `${tag} c`, priority: "low", deadline: "2030-01-01T00:00:00Z" });
    const d = await newTicket(org.requester, { title: `${tag} d`, priority: "low" });
    expect(await ids(org.admin, { q: tag, sort: "priority", order: "asc" })).toEqual([b.id, c.id, d.id, a.id]);
    expect(await ids(org.admin, { q: tag, sort: "priority", order: "desc" })).toEqual([a.id, d.id, c.id, b.id]);
    expect(await ids(org.admin, { q: tag, sort: "deadline", order: "asc" })).toEqual([a.id, c.id, b.id, d.id]);
    expect(await ids(org.admin, { q: tag, sort: "deadline", order: "desc" })).toEqual([b.id, c.id, a.id, d.id]);
  });
});

describe("simultaneous actions", () => {
  // Each approver acts on what they saw: the ticket at its version, waiting on the department step.
  it.each([
    ["the version they saw", (t: { version: number }) => [{}, { expectedVersion: t.version }] as const],
    ["the step they saw", () => [{ step: "dept" }, {}] as const],
  ])("50 simultaneous approvals of one ticket (%s): exactly one wins, the rest get 409, one history entry", async (_, args) => {
    const t = await newTicket(org.requester);
    const approvers = [org.admin, org.marketingManager];
    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => approveTicket(approvers[i % 2], t.id, ...args(t))));
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    for (const r of lost) expect((r.reason as AppError).code).toBe("conflict");
    expect((await getTicket(org.admin, t.id)).status).toBe("pending_creative");
    expect((await entriesOf(t.id)).filter((e) => e.action === "ticket.dept_approved")).toHaveLength(1);
  });

  // Run with DATABASE_URL set, these race on PostgreSQL's own locking, not only PGlite's single connection.
  it.each([
    ["start", "approved", "in_progress", "ticket.started", (t: { id: string }, i: number) => startTicket(i % 2 ? org.admin : org.creativeManager, t.id)],
    ["complete", "in_progress", "completed", "ticket.completed", (t: { id: string }, i: number) => completeTicket(i % 2 ? org.admin : org.designer, t.id)],
    ["reject", "requested", "rejected", "ticket.rejected", (t: { id: string }, i: number) => rejectTicket(i % 2 ? org.admin : org.marketingManager, t.id, { reason: `no ${i}` })],
  ] as const)("50 simultaneous %s transitions of one ticket: exactly one wins, 49 get 409, one history entry", async (_, from, to, action, transition) => {
    const t = await newTicket(org.requester);
    if (from !== "requested") {
      await approveTicket(org.admin, t.id);
      await approveTicket(org.admin, t.id);
      await assignTicket(org.admin, t.id, { assigneeId: org.designer.id });
      if (from === "in_progress") await startTicket(org.admin, t.id);
    }
    expect((await getTicket(org.admin, t.id)).status).toBe(from);
    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => transition(t, i)));
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(lost.map((r) => (r.reason as AppError).code)).toEqual(Array(49).fill("conflict"));
    expect((await getTicket(org.admin, t.id)).status).toBe(to);
    expect((await entriesOf(t.id)).filter((e) => e.action === action)).toHaveLength(1);
  });

  it("an edit and an approval at once both apply only if they do not overlap; a loser is 409, never lost silently", async () => {
    const t = await newTicket(org.requester);
    const results = await Promise.allSettled([updateTicket(org.requester, t.id, { title: "Edited" }), rejectTicket(org.marketingManager, t.id, { reason: "no" })]);
    const after = await getTicket(org.requester, t.id);
    const entries = await entriesOf(t.id);
    expect(entries.length - 1).toBe(results.filter((r) => r.status === "fulfilled").length);
    expect(after.version).toBe(entries.length);
    for (const r of results) if (r.status === "rejected") expect((r.reason as AppError).code).toBe("conflict");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { addCollaborator, addComment, allowedTicketActions, approveTicket, assignTicket, getTicket, listMentionCandidates, startTicket } from "@/lib/tickets";
import { globalSearch } from "@/lib/search";
import { updateUser } from "@/lib/users/commands";
import { actorOf, makeUser, rejects, unique } from "./helpers";
import { makeOrg, newTicket, type Org } from "./tickets-fixtures";

let org: Org;
beforeAll(async () => { org = await makeOrg(); });

const keys = (r: Awaited<ReturnType<typeof globalSearch>>) => r.tickets.map((t) => t.key);

describe("palette search: tickets", () => {
  it("finds a ticket by key and by a word only for those who can see it", async () => {
    const word = unique("Zebra");
    const mine = await newTicket(org.requester, { title: `${word} flyer` });
    const hidden = await newTicket(org.colleague, { title: `${word} secret`, description: "not for the requester" });

    // The requester finds their own ticket by its key (also in lower case) and by a word of its title…
    for (const q of [mine.key, mine.key.toLowerCase(), word.toLowerCase()]) expect(keys(await globalSearch(org.requester, { q }))).toContain(mine.key);
    // …but never the colleague's, neither by key nor by the word they share.
    expect(keys(await globalSearch(org.requester, { q: hidden.key }))).toEqual([]);
    expect(keys(await globalSearch(org.requester, { q: word }))).toEqual([mine.key]);
    // Other non-staff roles see nothing of either.
    for (const other of [org.agent, org.technician, org.designer]) expect(keys(await globalSearch(other, { q: word }))).toEqual([]);
    // Admins and managers see every live ticket.
    for (const staff of [org.admin, org.salesManager]) expect(keys(await globalSearch(staff, { q: word })).sort()).toEqual([mine.key, hidden.key].sort());

    // Collaborating grants sight, in the palette as on the page.
    await addCollaborator(org.colleague, hidden.id, { userId: org.requester.id });
    expect(keys(await globalSearch(org.requester, { q: word })).sort()).toEqual([mine.key, hidden.key].sort());
  });

  it("puts the ticket a key names first and answers nothing for an empty query", async () => {
    const t = await newTicket(org.requester);
    // A title that contains the key itself must not push the ticket it names down.
    await newTicket(org.requester, { title: `About ${t.key} again` });
    expect((await globalSearch(org.requester, { q: t.key })).tickets[0]).toMatchObject({ id: t.id, key: t.key, title: t.title, status: t.status });
    expect(await globalSearch(org.requester, { q: "   " })).toEqual({ tickets: [], people: [] });
    expect((await rejects(globalSearch(org.requester, { q: "x".repeat(201) }), "invalid")).fields?.q).toBeDefined();
    await rejects(globalSearch(org.requester, { q: "a", extra: 1 }), "invalid");
  });
});

describe("palette search: people", () => {
  it("lists active people only to those who may list users", async () => {
    const name = unique("Quentin");
    const person = await makeUser("member", org.marketing.id, { name: `${name} Palette` });
    const gone = await makeUser("member", org.marketing.id, { name: `${name} Gone` });
    await updateUser(org.admin, gone.id, { isActive: false });
    for (const staff of [org.admin, org.marketingManager]) {
      expect((await globalSearch(staff, { q: name })).people).toEqual([
        { id: person.id, name: person.name, username: person.username, role: "member" },
      ]);
    }
    for (const member of [org.requester, org.agent, org.technician]) expect((await globalSearch(member, { q: name })).people).toEqual([]);
    // By username too.
    expect((await globalSearch(org.admin, { q: person.username })).people.map((p) => p.id)).toEqual([person.id]);
  });
});

describe("mention candidates", () => {
  it("offers exactly the active people who can see the ticket, matching the letters typed, never the writer", async () => {
    const t = await newTicket(org.requester);
    const usernames = async (q: string, actor = org.requester) => (await listMentionCandidates(actor, t.id, { q })).map((u) => u.username);

    // The colleague cannot see the ticket: not offered, however exactly typed.
    expect(await usernames(org.colleague.username)).toEqual([]);
    expect(await usernames(org.colleague.username.slice(0, 6))).not.toContain(org.colleague.username);
    // Staff can see every ticket: offered by username prefix and by a word of the name.
    expect(await usernames(org.salesManager.username)).toEqual([org.salesManager.username]);
    expect(await usernames(org.salesManager.name.split(" ")[1])).toContain(org.salesManager.username);
    // The writer is not offered to themselves.
    expect(await usernames(org.requester.username)).toEqual([]);
    expect(await usernames(org.requester.username, org.salesManager)).toEqual([org.requester.username]);

    // Added as a collaborator, the colleague becomes someone a mention reaches…
    await addCollaborator(org.requester, t.id, { userId: org.colleague.id });
    expect(await usernames(org.colleague.username)).toEqual([org.colleague.username]);
    // …and the offer agrees with whom a mention really notifies.
    const comment = await addComment(org.requester, t.id, { body: `Hi @${org.colleague.username}` });
    expect(comment.body).toContain(org.colleague.username);

    // A deactivated user is never offered.
    const leaver = await makeUser("manager", org.sales.id);
    expect(await usernames(leaver.username)).toEqual([leaver.username]);
    await updateUser(org.admin, leaver.id, { isActive: false });
    expect(await usernames(leaver.username)).toEqual([]);
  });

  it("is 404 for a ticket the caller cannot see; LIKE wildcards are text; bad letters are refused", async () => {
    const t = await newTicket(org.requester);
    await rejects(listMentionCandidates(org.colleague, t.id, { q: "" }), "not_found");
    await rejects(listMentionCandidates(org.requester, "nope", { q: "" }), "not_found");
    expect(await listMentionCandidates(org.requester, t.id, { q: "_" })).toEqual([]);
    await rejects(listMentionCandidates(org.requester, t.id, { q: "a%" }), "invalid");
    // Nothing typed yet after the @: the first few people, still only those who can see it.
    const firstFew = await listMentionCandidates(org.requester, t.id, { q: "" });
    expect(firstFew.length).toBeGreaterThan(0);
    expect(firstFew.map((u) => u.id)).not.toContain(org.colleague.id);
  });
});

describe("allowed actions (ticket page buttons and palette)", () => {
  it("follow the ticket through its workflow for each person", async () => {
    const t = await newTicket(org.requester);
    const of = async (actor = org.requester) => (await allowedTicketActions(actor, await getTicket(org.admin, t.id))).actions;
    expect(await allowedTicketActions(org.marketingManager, t)).toEqual({ actions: ["approve", "reject", "trash"], step: "dept" });
    expect(await of(org.salesManager)).toEqual(["trash"]);
    expect(await of()).toEqual(["trash"]);
    await approveTicket(org.marketingManager, t.id);
    expect(await allowedTicketActions(org.creativeManager, await getTicket(org.admin, t.id))).toEqual({ actions: ["approve", "reject", "trash"], step: "creative" });
    await approveTicket(org.creativeManager, t.id);
    await assignTicket(org.creativeManager, t.id, { assigneeId: org.designer.id });
    expect(await of(org.designer)).toEqual(["start"]);
    await startTicket(org.designer, t.id);
    expect(await of(org.designer)).toEqual(["complete"]);
    expect(await of(actorOf(await makeUser("member")))).toEqual([]);
  });
});

import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { notifications } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { addCollaborator, addComment, approveTicket, assignTicket, getCommentThread, listComments, mentionedUsernames } from "@/lib/tickets";
import { actorOf, makeUser, rejects } from "./helpers";
import { entriesOf, makeOrg, newTicket, type Org } from "./tickets-fixtures";

let org: Org;
beforeAll(async () => {
  org = await makeOrg();
});

/** A ticket requested by org.requester, approved and assigned to org.designer. */
async function assignedTicket() {
  const t = await newTicket(org.requester);
  await approveTicket(org.marketingManager, t.id);
  await approveTicket(org.creativeManager, t.id);
  return assignTicket(org.creativeManager, t.id, { assigneeId: org.designer.id });
}

async function commentNotices(ticketId: string) {
  const db = await getDb();
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.entityId, ticketId), eq(notifications.kind, "ticket.commented")));
}
const recipientsOf = async (ticketId: string, dedupeKey?: string) =>
  (await commentNotices(ticketId))
    .filter((n) => !dedupeKey || n.dedupeKey === dedupeKey)
    .map((n) => n.recipientId)
    .sort();
const ids = (...actors: Actor[]) => actors.map((a) => a.id).sort();
const lastCommentKey = async (ticketId: string) => `activity:${(await entriesOf(ticketId)).filter((e) => e.action === "ticket.commented").at(-1)!.id}`;

describe("who may comment", () => {
  it("anyone who can see the ticket reads and writes comments; others get 404, as does a malformed id", async () => {
    const t = await newTicket(org.requester);
    await addComment(org.requester, t.id, { body: "First" });
    await addComment(org.salesManager, t.id, { body: "A manager sees every ticket" });
    await rejects(addComment(org.colleague, t.id, { body: "Sneaky" }), "not_found");
    await rejects(listComments(org.colleague, t.id), "not_found");
    await rejects(listComments(org.requester, "not-a-uuid"), "not_found");

    await addCollaborator(org.requester, t.id, { userId: org.colleague.id });
    await addComment(org.colleague, t.id, { body: "Now I can" });
    expect((await listComments(org.colleague, t.id)).map((c) => c.body)).toEqual(["First", "A manager sees every ticket", "Now I can"]);
  });

  it("validates the body: required, at most 10,000 characters, kept as markdown", async () => {
    const t = await newTicket(org.requester);
    expect((await rejects(addComment(org.requester, t.id, { body: "   " }), "invalid")).fields?.body).toBeDefined();
    expect((await rejects(addComment(org.requester, t.id, { body: "x".repeat(10_001) }), "invalid")).fields?.body).toBeDefined();
    const ok = await addComment(org.requester, t.id, { body: "**bold** and `code`\n\n- item" + "x".repeat(9_000) });
    expect(ok.body.startsWith("**bold** and `code`\n\n- item")).toBe(true);
    expect(ok.authorId).toBe(org.requester.id);
    expect(ok.authorName).toBe(org.requester.name);
  });
});

describe("threads", () => {
  it("lists comments in thread order with depths; a reply's parent must be on the same ticket", async () => {
    const t = await newTicket(org.requester);
    const a = await addComment(org.requester, t.id, { body: "A" });
    const b = await addComment(org.marketingManager, t.id, { body: "B" });
    const a1 = await addComment(org.marketingManager, t.id, { body: "A1", parentId: a.id });
    const a1x = await addComment(org.requester, t.id, { body: "A1x", parentId: a1.id });
    const a2 = await addComment(org.admin, t.id, { body: "A2", parentId: a.id });
    const b1 = await addComment(org.requester, t.id, { body: "B1", parentId: b.id });
    const list = await listComments(org.requester, t.id);
    expect(list.map((c) => [c.body, c.depth])).toEqual([
      ["A", 0],
      ["A1", 1],
      ["A1x", 2],
      ["A2", 1],
      ["B", 0],
      ["B1", 1],
    ]);
    expect(list.find((c) => c.id === a1x.id)?.parentId).toBe(a1.id);
    expect(a2.parentId).toBe(a.id);
    expect(b1.depth).toBe(1);

    const other = await newTicket(org.requester);
    const error = await rejects(addComment(org.requester, other.id, { body: "wrong thread", parentId: a.id }), "invalid");
    expect(error.fields?.parentId).toBeDefined();
    expect((await rejects(addComment(org.requester, t.id, { body: "x", parentId: "nope" }), "invalid")).fields?.parentId).toBeDefined();
    expect(await listComments(org.requester, other.id)).toHaveLength(0);
  });

  it("writes one ticket.commented history entry per comment and no other change to the ticket", async () => {
    const t = await newTicket(org.requester);
    await addComment(org.requester, t.id, { body: "Please use the new logo" });
    const entries = (await entriesOf(t.id)).filter((e) => e.action === "ticket.commented");
    expect(entries).toHaveLength(1);
    expect(entries[0].actorId).toBe(org.requester.id);
    expect(entries[0].message).toContain("Please use the new logo");
  });
});

describe("comment notifications", () => {
  it("requester, assignee, parent author and mentioned users are notified — never the commenter", async () => {
    const t = await assignedTicket();
    // The requester comments: the assignee hears of it, the requester does not.
    await addComment(org.requester, t.id, { body: "Any news?" });
    expect(await recipientsOf(t.id, await lastCommentKey(t.id))).toEqual(ids(org.designer));

    // The assignee comments: the requester hears of it.
    const top = await addComment(org.designer, t.id, { body: "Draft attached" });
    expect(await recipientsOf(t.id, await lastCommentKey(t.id))).toEqual(ids(org.requester));

    // A manager replies to the designer: requester, assignee (also the parent author) — once each.
    await addComment(org.creativeManager, t.id, { body: "Looks good", parentId: top.id });
    expect(await recipientsOf(t.id, await lastCommentKey(t.id))).toEqual(ids(org.requester, org.designer));

    // Someone replies to the manager's comment: the manager is notified as parent author.
    const [managerComment] = (await listComments(org.admin, t.id)).filter((c) => c.authorId === org.creativeManager.id);
    await addComment(org.admin, t.id, { body: "Agreed", parentId: managerComment.id });
    expect(await recipientsOf(t.id, await lastCommentKey(t.id))).toEqual(ids(org.requester, org.designer, org.creativeManager));

    const notices = await commentNotices(t.id);
    for (const n of notices) {
      expect(n.link).toBe(`/tickets/T-${t.number}`);
      expect(n.actorId).not.toBe(n.recipientId);
    }
  });

  it("@mentions are case-insensitive, of existing active users who can see the ticket only, and never notify the commenter", async () => {
    const t = await newTicket(org.requester);
    await addCollaborator(org.requester, t.id, { userId: org.designer2.id });
    const gone = await makeUser("member", org.marketing.id, { isActive: false });
    const body = `Hey @${org.designer2.username.toUpperCase()}, and @${gone.username}, @nobody_here and @${org.requester.username}. Mail x@${org.salesManager.username}.com`;
    await addComment(org.requester, t.id, { body });
    expect(await recipientsOf(t.id)).toEqual(ids(org.designer2));
    const [notice] = await commentNotices(t.id);
    expect(notice.title).toContain(`T-${t.number}`);
    expect(notice.body).toContain("Hey @");
  });

  it("a mention never tells someone who cannot see the ticket what it says; a manager, who sees every ticket, is told", async () => {
    const t = await newTicket(org.requester);
    await addComment(org.requester, t.id, { body: `@${org.colleague.username} and @${org.salesManager.username}, secret plans inside.` });
    expect(await recipientsOf(t.id)).toEqual(ids(org.salesManager));
  });

  it("a mention at the end of a sentence still counts", async () => {
    const t = await newTicket(org.requester);
    const dotted = actorOf(await makeUser("member", org.marketing.id));
    await addCollaborator(org.requester, t.id, { userId: dotted.id });
    await addComment(org.requester, t.id, { body: `Thanks @${dotted.username}.` });
    expect(await recipientsOf(t.id)).toEqual(ids(dotted));
  });
});

describe("the thread as the ticket page shows it", () => {
  it("returns the comments with the active users they mention, and nothing of a ticket the reader cannot see", async () => {
    const t = await newTicket(org.requester);
    const gone = await makeUser("member", org.marketing.id, { isActive: false });
    await addCollaborator(org.requester, t.id, { userId: org.designer.id });
    // The colleague cannot see the ticket: not highlighted, as not notified.
    await addComment(org.requester, t.id, { body: `@${org.designer.username.toUpperCase()} please check, @${org.colleague.username}` });
    const first = (await listComments(org.requester, t.id))[0];
    await addComment(org.marketingManager, t.id, { body: `Thanks @${org.requester.username}. Not @${gone.username} or @nobody_here`, parentId: first.id });

    const thread = await getCommentThread(org.requester, t.id);
    expect(thread.comments.map((c) => [c.depth, c.authorId])).toEqual([
      [0, org.requester.id],
      [1, org.marketingManager.id],
    ]);
    expect(thread.mentioned.map((u) => u.username).sort()).toEqual([org.designer.username, org.requester.username].sort());
    expect(thread.mentioned.find((u) => u.id === org.designer.id)?.name).toBe(org.designer.name);

    await rejects(getCommentThread(org.colleague, t.id), "not_found");
    expect(await getCommentThread(org.requester, (await newTicket(org.requester)).id)).toEqual({ comments: [], mentioned: [] });
  });
});

describe("mentionedUsernames", () => {
  it("finds @names, lower-cased and unique, ignoring e-mail addresses", () => {
    expect(mentionedUsernames("@Ana and @ana, @bob.smith! mail me@corp.com @x")).toEqual(["ana", "bob.smith"]);
    expect(mentionedUsernames("thanks @ana.")).toEqual(["ana.", "ana"]);
  });
});

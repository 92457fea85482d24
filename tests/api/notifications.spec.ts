import { expect, test } from "@playwright/test";
import { adminAccess, apiCall, apiLogin, createDepartment, createUser, type ApiError, type TestUser } from "../support/api";

type Page<T> = { items: T[]; page: number; pageSize: number; total: number; totalPages: number };
type Notification = { id: string; kind: string; entityType: string; entityId: string; title: string; body: string; link: string; actorId: string | null; readAt: string | null };
type Comment = { id: string; ticketId: string; parentId: string | null; authorId: string; body: string; depth: number };
type Ticket = { id: string; number: number; key: string; status: string; version: number };

/** A marketing department with its manager and a member, a creative department with its manager. */
async function organisation() {
  const admin = await adminAccess();
  const marketing = await createDepartment();
  const creative = await createDepartment({ isCreative: true });
  const manager = await createUser("manager", { departmentId: marketing.id });
  const creativeManager = await createUser("manager", { departmentId: creative.id });
  const requester = await createUser("member", { departmentId: marketing.id });
  const outsider = await createUser("member", { departmentId: marketing.id });
  for (const [department, user] of [
    [marketing, manager],
    [creative, creativeManager],
  ] as const) {
    const res = await apiCall("PATCH", `/departments/${department.id}`, admin, { managerId: user.id });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  const login = (u: TestUser) => apiLogin(u.username, u.password);
  return {
    manager,
    creativeManager,
    requester,
    outsider,
    tokens: { manager: await login(manager), creativeManager: await login(creativeManager), requester: await login(requester), outsider: await login(outsider) },
  };
}

async function newTicket(token: string) {
  const res = await apiCall<Ticket>("POST", "/tickets", token, { title: "Spring poster", description: "A **bold** poster", priority: "high" });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const notificationsOf = (token: string, query = "") => apiCall<Page<Notification>>("GET", `/notifications${query}`, token);

test.describe("notifications API", () => {
  test("a new ticket notifies the department manager (not the requester); read one, read all, 404 for someone else's", async () => {
    const org = await organisation();
    const ticket = await newTicket(org.tokens.requester);

    const unread = await notificationsOf(org.tokens.manager, "?unread=true&pageSize=50");
    expect(unread.status).toBe(200);
    const created = unread.body.items.find((n) => n.entityId === ticket.id);
    expect(created).toMatchObject({ kind: "ticket.created", entityType: "ticket", link: `/tickets/T-${ticket.number}`, actorId: org.requester.id, readAt: null });
    expect((await notificationsOf(org.tokens.requester)).body.items.filter((n) => n.entityId === ticket.id)).toHaveLength(0);

    // Someone else's notification is not found, and stays unread.
    expect((await apiCall<ApiError>("POST", `/notifications/${created!.id}/read`, org.tokens.outsider)).status).toBe(404);
    expect((await apiCall<ApiError>("POST", "/notifications/not-a-uuid/read", org.tokens.manager)).status).toBe(404);

    const read = await apiCall<Notification>("POST", `/notifications/${created!.id}/read`, org.tokens.manager);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    const again = await apiCall<Notification>("POST", `/notifications/${created!.id}/read`, org.tokens.manager);
    expect(again.body.readAt).toBe(read.body.readAt);
    expect((await notificationsOf(org.tokens.manager, "?unread=true")).body.items.some((n) => n.id === created!.id)).toBe(false);

    // The dept approval notifies the creative manager, who then marks everything read.
    const approved = await apiCall<Ticket>("POST", `/tickets/${ticket.id}/approve`, org.tokens.manager);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const waiting = await notificationsOf(org.tokens.creativeManager, "?unread=true");
    expect(waiting.body.items.some((n) => n.entityId === ticket.id && n.kind === "ticket.dept_approved")).toBe(true);
    const all = await apiCall<{ updated: number }>("POST", "/notifications/read-all", org.tokens.creativeManager);
    expect(all.status).toBe(200);
    expect(all.body.updated).toBeGreaterThanOrEqual(1);
    expect((await notificationsOf(org.tokens.creativeManager, "?unread=true")).body.total).toBe(0);
    expect((await apiCall<{ updated: number }>("POST", "/notifications/read-all", org.tokens.creativeManager)).body.updated).toBe(0);
  });

  test("paging, query validation, 401 without a token, 405 for a wrong verb", async () => {
    const org = await organisation();
    await newTicket(org.tokens.requester);
    await newTicket(org.tokens.requester);
    const first = await notificationsOf(org.tokens.manager, "?page=1&pageSize=1");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ page: 1, pageSize: 1, total: 2, totalPages: 2 });
    expect(first.body.items).toHaveLength(1);
    const second = await notificationsOf(org.tokens.manager, "?page=2&pageSize=1");
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);

    const bad = await apiCall<ApiError>("GET", "/notifications?pageSize=1000&unread=perhaps", org.tokens.manager);
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields ?? {}).sort()).toEqual(["pageSize", "unread"]);

    expect((await apiCall("GET", "/notifications", null)).status).toBe(401);
    expect((await apiCall("POST", "/notifications/read-all", null)).status).toBe(401);
    const wrongVerb = await apiCall<ApiError>("GET", "/notifications/read-all", org.tokens.manager);
    expect(wrongVerb.status).toBe(405);
    expect(wrongVerb.body.error.code).toBe("method_not_allowed");
  });
});

test.describe("ticket comments API", () => {
  test("comment, reply, list in thread order; others get 404; a parent from another ticket is 400; mentions and recipients are notified", async () => {
    const org = await organisation();
    const ticket = await newTicket(org.tokens.requester);
    const other = await newTicket(org.tokens.requester);

    const top = await apiCall<Comment>("POST", `/tickets/${ticket.id}/comments`, org.tokens.requester, { body: `Please check, @${org.creativeManager.username.toUpperCase()}` });
    expect(top.status, JSON.stringify(top.body)).toBe(201);
    expect(top.body).toMatchObject({ ticketId: ticket.id, parentId: null, authorId: org.requester.id, depth: 0 });
    const reply = await apiCall<Comment>("POST", `/tickets/${ticket.id}/comments`, org.tokens.manager, { body: "On it", parentId: top.body.id });
    expect(reply.status).toBe(201);
    const second = await apiCall<Comment>("POST", `/tickets/${ticket.id}/comments`, org.tokens.requester, { body: "Second thread" });
    expect(second.status).toBe(201);

    const list = await apiCall<Page<Comment>>("GET", `/tickets/${ticket.id}/comments`, org.tokens.requester);
    expect(list.status).toBe(200);
    expect(list.body.items.map((c) => [c.body, c.depth])).toEqual([
      [top.body.body, 0],
      ["On it", 1],
      ["Second thread", 0],
    ]);

    // Not visible to a member who is not on the ticket; not found for a ticket that does not exist.
    expect((await apiCall("GET", `/tickets/${ticket.id}/comments`, org.tokens.outsider)).status).toBe(404);
    expect((await apiCall("POST", `/tickets/${ticket.id}/comments`, org.tokens.outsider, { body: "hi" })).status).toBe(404);
    expect((await apiCall("GET", "/tickets/00000000-0000-4000-8000-000000000000/comments", org.tokens.manager)).status).toBe(404);

    const crossed = await apiCall<ApiError>("POST", `/tickets/${other.id}/comments`, org.tokens.requester, { body: "wrong thread", parentId: top.body.id });
    expect(crossed.status).toBe(400);
    expect(crossed.body.error.fields).toHaveProperty("parentId");
    const empty = await apiCall<ApiError>("POST", `/tickets/${ticket.id}/comments`, org.tokens.requester, { body: " " });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields).toHaveProperty("body");
    expect((await apiCall<ApiError>("POST", `/tickets/${ticket.id}/comments`, org.tokens.requester, { body: "x".repeat(10_001) })).status).toBe(400);

    // The mentioned creative manager heard of the first comment; the requester heard of the manager's reply;
    // nobody heard of their own comment.
    const commented = (n: Notification) => n.entityId === ticket.id && n.kind === "ticket.commented";
    expect((await notificationsOf(org.tokens.creativeManager)).body.items.filter(commented)).toHaveLength(1);
    const requesterNotices = (await notificationsOf(org.tokens.requester)).body.items.filter(commented);
    expect(requesterNotices).toHaveLength(1);
    expect(requesterNotices[0]).toMatchObject({ actorId: org.manager.id, link: `/tickets/T-${ticket.number}` });
    expect((await notificationsOf(org.tokens.manager)).body.items.filter(commented)).toHaveLength(0);
  });
});

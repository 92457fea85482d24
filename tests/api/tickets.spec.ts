import { expect, test } from "@playwright/test";
import { adminAccess, apiCall, apiLogin, createDepartment, createUser, unique, type ApiError, type TestUser } from "../support/api";
import { BASE_URL } from "../support/env";

type Ticket = {
  id: string;
  number: number;
  key: string;
  title: string;
  status: string;
  version: number;
  requesterId: string;
  assigneeId: string | null;
  deptApprovedById: string | null;
  creativeApprovedById: string | null;
  rejectedById: string | null;
  rejectionReason: string | null;
  confirmedById: string | null;
  confirmedAt: string | null;
  revisionCount: number;
  rollbackCount: number;
  deletedAt: string | null;
  collaborators: { id: string; name: string }[];
};
type Page<T> = { items: T[]; total: number; page: number; pageSize: number; totalPages: number };
type HistoryEntry = { id: number; action: string; actorId: string | null; changes: Record<string, { from: unknown; to: unknown }>; snapshot: Record<string, unknown> | null };
type Person = TestUser & { token: string };

async function person(role: string, departmentId: string): Promise<Person> {
  const user = await createUser(role, { departmentId });
  return { ...user, token: await apiLogin(user.username, user.password) };
}

/**
 * Everyone a ticket meets, each new for the test: a requester in a fresh (non-creative) department and
 * its manager, and a fresh creative department with its manager and a designer. Other creative
 * departments may exist on the server; nothing here depends on them.
 */
async function cast() {
  const dept = await createDepartment();
  const creative = await createDepartment({ isCreative: true });
  const [requester, deptManager, creativeManager, designer, outsider] = await Promise.all([
    person("member", dept.id),
    person("manager", dept.id),
    person("manager", creative.id),
    person("member", creative.id),
    person("member", (await createDepartment()).id),
  ]);
  return { dept, creative, requester, deptManager, creativeManager, designer, outsider, admin: await adminAccess() };
}

const newTicket = async (token: string, extra: Record<string, unknown> = {}) => {
  const res = await apiCall<Ticket>("POST", "/tickets", token, { title: unique("Poster "), description: "A3, two colours", priority: "high", ...extra });
  expect(res.status).toBe(201);
  return res.body;
};

/** `POST /tickets/{id}/<action>` as `token`, expecting `status`; returns the answer. */
async function act<T = Ticket>(token: string, id: string, action: string, status: number, body?: unknown, headers?: Record<string, string>) {
  const res = await apiCall<T>("POST", `/tickets/${id}/${action}`, token, body, headers);
  expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(status);
  return res.body;
}

test.describe("tickets API", () => {
  test("life cycle: member requests, dept manager and creative manager approve, designer works, requester sends back once and confirms", async () => {
    const { requester, deptManager, creativeManager, designer, admin } = await cast();
    const created = await newTicket(requester.token);
    expect(created).toMatchObject({ status: "requested", requesterId: requester.id, key: `T-${created.number}`, version: 1 });

    const mine = await apiCall<Page<Ticket>>("GET", "/tickets?requesterId=me&status=requested", requester.token);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((t) => t.id)).toContain(created.id);

    const deptApproved = await act(deptManager.token, created.id, "approve", 200, { step: "dept" });
    expect(deptApproved).toMatchObject({ status: "pending_creative", deptApprovedById: deptManager.id });
    const approved = await act(creativeManager.token, created.id, "approve", 200, { step: "creative" });
    expect(approved).toMatchObject({ status: "approved", creativeApprovedById: creativeManager.id });

    // The designer cannot see it until it is assigned to them.
    expect((await apiCall("GET", `/tickets/${created.id}`, designer.token)).status).toBe(404);
    expect((await act(creativeManager.token, created.id, "assign", 200, { assigneeId: designer.id })).assigneeId).toBe(designer.id);
    expect((await apiCall<Ticket>("GET", `/tickets/${created.id}`, designer.token)).body.assigneeId).toBe(designer.id);
    const assignedToMe = await apiCall<Page<Ticket>>("GET", "/tickets?assigneeId=me", designer.token);
    expect(assignedToMe.body.items.map((t) => t.id)).toEqual([created.id]);

    expect((await act(designer.token, created.id, "start", 200)).status).toBe("in_progress");
    expect((await act(designer.token, created.id, "complete", 200)).status).toBe("completed");

    // Confirmation is the requester's alone: not even an admin.
    const byAdmin = await act<ApiError>(admin, created.id, "confirm", 403);
    expect(byAdmin.error.code).toBe("forbidden");

    const sentBack = await act(requester.token, created.id, "request-changes", 200, { reason: "Logo too small" });
    expect(sentBack).toMatchObject({ status: "in_progress", revisionCount: 1 });
    await act(designer.token, created.id, "complete", 200);

    const confirmed = await act(requester.token, created.id, "confirm", 200);
    expect(confirmed).toMatchObject({ status: "completed", confirmedById: requester.id });
    expect(confirmed.confirmedAt).toBeTruthy();
    expect((await act<ApiError>(requester.token, created.id, "confirm", 409)).error.code).toBe("conflict");
  });

  test("rejection with a reason is shown to the requester; a rejected ticket cannot be approved", async () => {
    const { requester, deptManager } = await cast();
    const ticket = await newTicket(requester.token);
    const rejected = await act(deptManager.token, ticket.id, "reject", 200, { reason: "No budget this quarter", step: "dept" });
    expect(rejected).toMatchObject({ status: "rejected", rejectedById: deptManager.id, rejectionReason: "No budget this quarter" });
    const seen = await apiCall<Ticket>("GET", `/tickets/${ticket.id}`, requester.token);
    expect(seen.body).toMatchObject({ status: "rejected", rejectionReason: "No budget this quarter" });
    const again = await act<ApiError>(deptManager.token, ticket.id, "approve", 409);
    expect(again.error.message).toMatch(/rejected/);
  });

  test("wrong role is 403, an unseen ticket is 404 and never listed; collaborators grant sight", async () => {
    const { requester, deptManager, creativeManager, outsider, designer } = await cast();
    const ticket = await newTicket(requester.token);

    // A member who neither requested, works on nor collaborates: 404 everywhere, and not in lists.
    expect((await apiCall<ApiError>("GET", `/tickets/${ticket.id}`, outsider.token)).body.error.code).toBe("not_found");
    await act(outsider.token, ticket.id, "trash", 404);
    expect((await apiCall("GET", `/tickets/${ticket.id}/history`, outsider.token)).status).toBe(404);
    const list = await apiCall<Page<Ticket>>("GET", `/tickets?q=${encodeURIComponent(ticket.title)}`, outsider.token);
    expect(list.body.items).toEqual([]);

    // Seen, but not theirs to decide: 403.
    expect((await act<ApiError>(requester.token, ticket.id, "approve", 403)).error.code).toBe("forbidden");
    await act(creativeManager.token, ticket.id, "approve", 403, { step: "dept" }); // the dept step is not the creative manager's
    await act(creativeManager.token, ticket.id, "reject", 403, { reason: "not mine" });
    await act(deptManager.token, ticket.id, "approve", 200, { step: "dept" });
    await act(deptManager.token, ticket.id, "approve", 403); // the creative step is not the dept manager's
    expect((await apiCall<Ticket>("GET", `/tickets/${ticket.id}`, requester.token)).body.status).toBe("pending_creative");

    // The designer is not in a creative role to approve, and cannot even see the ticket yet.
    await act(designer.token, ticket.id, "approve", 404);

    // Adding a collaborator lets them see it; removing takes it away again.
    const added = await apiCall<Ticket>("POST", `/tickets/${ticket.id}/collaborators`, requester.token, { userId: outsider.id });
    expect(added.status).toBe(200);
    expect(added.body.collaborators.map((c) => c.id)).toEqual([outsider.id]);
    expect((await apiCall("GET", `/tickets/${ticket.id}`, outsider.token)).status).toBe(200);
    expect((await apiCall<Page<Ticket>>("GET", `/tickets?q=${encodeURIComponent(ticket.title)}`, outsider.token)).body.items.map((t) => t.id)).toEqual([ticket.id]);
    const removed = await apiCall<Ticket>("DELETE", `/tickets/${ticket.id}/collaborators`, requester.token, { userId: outsider.id });
    expect(removed.status).toBe(200);
    expect(removed.body.collaborators).toEqual([]);
    expect((await apiCall("GET", `/tickets/${ticket.id}`, outsider.token)).status).toBe(404);
  });

  test("409 for a wrong status and for a stale If-Match version; the right version goes through", async () => {
    const { requester, deptManager, admin } = await cast();
    const ticket = await newTicket(requester.token);

    const early = await act<ApiError>(admin, ticket.id, "start", 409);
    expect(early.error).toMatchObject({ code: "conflict" });
    expect(early.error.message).toContain(ticket.key);

    const edited = await apiCall<Ticket>("PATCH", `/tickets/${ticket.id}`, requester.token, { priority: "urgent" }, { "if-match": `"${ticket.version}"` });
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(ticket.version + 1);

    // The manager acts on the version they saw before the edit: refused, nothing changes.
    const stale = await act<ApiError>(deptManager.token, ticket.id, "approve", 409, { step: "dept" }, { "if-match": `"${ticket.version}"` });
    expect(stale.error.message).toMatch(/changed by someone else/);
    expect((await apiCall<Ticket>("GET", `/tickets/${ticket.id}`, requester.token)).body).toMatchObject({ status: "requested", version: edited.body.version });

    const fresh = await act(deptManager.token, ticket.id, "approve", 200, { step: "dept" }, { "if-match": `W/"${edited.body.version}"` });
    expect(fresh.status).toBe("pending_creative");

    const garbage = await act<ApiError>(deptManager.token, ticket.id, "reject", 400, {}, { "if-match": "yesterday" });
    expect(garbage.error.fields).toHaveProperty("If-Match");
  });

  test("trash → restore → trash → permanent delete, which only an admin may do", async () => {
    const { requester, deptManager, outsider, admin } = await cast();
    const ticket = await newTicket(requester.token);

    expect((await apiCall<ApiError>("DELETE", `/tickets/${ticket.id}`, admin)).status).toBe(409); // not in trash yet
    const trashed = await act(requester.token, ticket.id, "trash", 200);
    expect(trashed.deletedAt).toBeTruthy();
    expect((await apiCall("GET", `/tickets/${ticket.id}`, requester.token)).status).toBe(404);
    expect((await apiCall<Page<Ticket>>("GET", "/tickets?requesterId=me", requester.token)).body.items.map((t) => t.id)).not.toContain(ticket.id);

    expect((await apiCall("GET", "/tickets/trash", requester.token)).status).toBe(403);
    expect((await apiCall("GET", "/tickets/trash", outsider.token)).status).toBe(403);
    const trash = await apiCall<Page<Ticket>>("GET", `/tickets/trash?q=${encodeURIComponent(ticket.title)}`, deptManager.token);
    expect(trash.status).toBe(200);
    expect(trash.body.items.map((t) => t.id)).toEqual([ticket.id]);

    await act(requester.token, ticket.id, "restore", 403);
    const restored = await act(deptManager.token, ticket.id, "restore", 200);
    expect(restored.deletedAt).toBeNull();
    expect((await apiCall("GET", `/tickets/${ticket.id}`, requester.token)).status).toBe(200);

    await act(deptManager.token, ticket.id, "trash", 200);
    expect((await apiCall<ApiError>("DELETE", `/tickets/${ticket.id}`, deptManager.token)).body.error.code).toBe("forbidden");
    expect((await apiCall("DELETE", `/tickets/${ticket.id}`, requester.token)).status).toBe(403);
    const gone = await apiCall("DELETE", `/tickets/${ticket.id}`, admin);
    expect(gone.status).toBe(204);
    expect(gone.body).toBeNull();
    expect((await apiCall("GET", `/tickets/${ticket.id}`, admin)).status).toBe(404);
    expect((await apiCall<Page<Ticket>>("GET", `/tickets/trash?q=${encodeURIComponent(ticket.title)}`, admin)).body.items).toEqual([]);
  });

  test("history lists every step with old → new; rollback restores an entry's state and can itself be rolled back", async () => {
    const { requester, deptManager, creativeManager } = await cast();
    const ticket = await newTicket(requester.token);
    await act(deptManager.token, ticket.id, "approve", 200);
    await act(creativeManager.token, ticket.id, "approve", 200);

    const history = await apiCall<Page<HistoryEntry>>("GET", `/tickets/${ticket.id}/history`, requester.token);
    expect(history.status).toBe(200);
    expect(history.body.items.map((e) => e.action)).toEqual(["ticket.created", "ticket.dept_approved", "ticket.approved"]);
    expect(history.body.total).toBe(3);
    const [createdEntry, deptEntry, approvedEntry] = history.body.items;
    expect(createdEntry.actorId).toBe(requester.id);
    expect(deptEntry.changes.status).toEqual({ from: "requested", to: "pending_creative" });
    expect(approvedEntry.snapshot).toMatchObject({ status: "approved" });

    await act(requester.token, ticket.id, "rollback", 403, { entryId: createdEntry.id });
    const rolledBack = await act(creativeManager.token, ticket.id, "rollback", 200, { entryId: createdEntry.id });
    expect(rolledBack).toMatchObject({ status: "requested", deptApprovedById: null, creativeApprovedById: null, rollbackCount: 1 });

    const forward = await act(creativeManager.token, ticket.id, "rollback", 200, { entryId: approvedEntry.id });
    expect(forward).toMatchObject({ status: "approved", creativeApprovedById: creativeManager.id, rollbackCount: 2 });

    const after = await apiCall<Page<HistoryEntry>>("GET", `/tickets/${ticket.id}/history`, requester.token);
    expect(after.body.items.map((e) => e.action).slice(3)).toEqual(["ticket.rolled_back", "ticket.rolled_back"]);
    expect(after.body.items[3].changes.status).toEqual({ from: "approved", to: "requested" });

    await act(creativeManager.token, ticket.id, "rollback", 404, { entryId: 2_000_000_000 });
  });

  test("bad input answers 400 in the one error shape; unknown ids 404; anonymous 401; unsupported verbs 405", async () => {
    const { requester, deptManager } = await cast();
    const bad = await apiCall<ApiError>("POST", "/tickets", requester.token, { title: "", priority: "whenever", status: "approved" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid");
    expect(typeof bad.body.error.message).toBe("string");
    expect(Object.keys(bad.body.error.fields ?? {}).sort()).toEqual(["priority", "status", "title"]);

    const ticket = await newTicket(requester.token);
    expect((await act<ApiError>(deptManager.token, ticket.id, "approve", 400, { step: "final" })).error.fields).toHaveProperty("step");
    await act(deptManager.token, ticket.id, "approve", 200);
    // A reason is required to send a ticket back (checked before the status).
    const noReason = await act<ApiError>(requester.token, ticket.id, "request-changes", 400, {});
    expect(noReason.error.fields).toHaveProperty("reason");

    const notJson = await fetch(`${BASE_URL}/api/v1/tickets`, {
      method: "POST",
      headers: { authorization: `Bearer ${requester.token}`, "content-type": "application/json" },
      body: "{not json",
    });
    expect(notJson.status).toBe(400);
    expect((await apiCall<ApiError>("GET", "/tickets?status=lost", requester.token)).status).toBe(400);

    expect((await apiCall<ApiError>("GET", "/tickets/00000000-0000-4000-8000-000000000000", requester.token)).body.error.code).toBe("not_found");
    expect((await apiCall("GET", "/tickets/not-a-uuid", requester.token)).status).toBe(404);
    expect((await apiCall<ApiError>("GET", "/tickets", null)).body.error.code).toBe("unauthenticated");
    expect((await apiCall("GET", `/tickets/${ticket.id}`, null)).status).toBe(401);
    const put = await apiCall<ApiError>("PUT", `/tickets/${ticket.id}`, requester.token, {});
    expect(put.status).toBe(405);
    expect(put.body.error.code).toBe("method_not_allowed");
    expect((await apiCall("GET", `/tickets/${ticket.id}/approve`, requester.token)).status).toBe(405);
  });

  test("the OpenAPI document has every ticket route, with If-Match on the versioned ones", async () => {
    const doc = await (await fetch(`${BASE_URL}/api/openapi.json`)).json();
    const actions = ["approve", "reject", "assign", "start", "complete", "confirm", "request-changes", "rollback", "trash", "restore"];
    const expected: [string, string][] = [
      ["/tickets", "get"],
      ["/tickets", "post"],
      ["/tickets/trash", "get"],
      ["/tickets/{id}", "get"],
      ["/tickets/{id}", "patch"],
      ["/tickets/{id}", "delete"],
      ["/tickets/{id}/collaborators", "post"],
      ["/tickets/{id}/collaborators", "delete"],
      ["/tickets/{id}/history", "get"],
      ...actions.map((a): [string, string] => [`/tickets/{id}/${a}`, "post"]),
    ];
    for (const [path, method] of expected) expect(doc.paths[`/api/v1${path}`], `${method} ${path}`).toHaveProperty(method);
    const approve = doc.paths["/api/v1/tickets/{id}/approve"].post;
    expect(approve.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual(["path:id", "header:If-Match"]);
    expect(approve.responses["200"].content["application/json"].schema.$ref).toBe("#/components/schemas/TicketDetail");
    expect(Object.keys(approve.responses)).toEqual(expect.arrayContaining(["403", "404", "409"]));
    expect(doc.components.schemas.Ticket.properties.status.enum).toContain("pending_creative");
  });
});

import { expect, test } from "@playwright/test";
import { apiCall, apiLogin, createDepartment, createUser, unique } from "../support/api";
import { BASE_URL } from "../support/env";

test.describe("palette search and mention candidates over HTTP", () => {
  test("GET /search answers the caller's tickets only, people only to staff; anonymous is 401", async () => {
    const dept = await createDepartment();
    const ana = await createUser("member", { departmentId: dept.id });
    const manager = await createUser("manager", { departmentId: dept.id });
    const word = unique("Okapi");
    const anaToken = await apiLogin(ana.username, ana.password);
    const ticket = await apiCall<{ id: string; key: string }>("POST", "/tickets", anaToken, { title: `${word} flyer`, priority: "low" });
    expect(ticket.status).toBe(201);

    expect((await fetch(`${BASE_URL}/api/v1/search?q=${word}`)).status).toBe(401);
    const mine = await apiCall<{ tickets: { key: string }[]; people: unknown[] }>("GET", `/search?q=${encodeURIComponent(ticket.body.key)}`, anaToken);
    expect(mine.status).toBe(200);
    expect(mine.body.tickets.map((t) => t.key)).toEqual([ticket.body.key]);
    expect((await apiCall<{ people: unknown[] }>("GET", `/search?q=${ana.username}`, anaToken)).body.people).toEqual([]);

    const managerToken = await apiLogin(manager.username, manager.password);
    const staff = await apiCall<{ people: { username: string }[] }>("GET", `/search?q=${ana.username}`, managerToken);
    expect(staff.body.people.map((p) => p.username)).toEqual([ana.username]);
    expect((await apiCall("GET", `/search?q=${"x".repeat(201)}`, anaToken)).status).toBe(400);

    // Someone who cannot see the ticket gets 404 for its mention candidates; its requester a list.
    const other = await createUser("member", { departmentId: dept.id });
    const otherToken = await apiLogin(other.username, other.password);
    expect((await apiCall("GET", `/tickets/${ticket.body.id}/mention-candidates?q=`, otherToken)).status).toBe(404);
    const candidates = await apiCall<{ items: { username: string }[] }>("GET", `/tickets/${ticket.body.id}/mention-candidates?q=${manager.username}`, anaToken);
    expect(candidates.status).toBe(200);
    expect(candidates.body.items.map((u) => u.username)).toEqual([manager.username]);
  });

  test("both are in the OpenAPI document", async () => {
    const doc = await (await fetch(`${BASE_URL}/api/openapi.json`)).json();
    expect(doc.paths).toHaveProperty(["/api/v1/search"]);
    expect(doc.paths).toHaveProperty(["/api/v1/tickets/{id}/mention-candidates"]);
    expect(doc.components.schemas.SearchResult.required).toEqual(["tickets", "people"]);
  });
});

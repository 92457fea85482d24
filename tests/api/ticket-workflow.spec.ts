import { expect, test } from "@playwright/test";
import { adminAccess, apiCall, apiLogin, createDepartment, createUser, unique } from "../support/api";
import { BASE_URL } from "../support/env";

type WaitingOn = { stage: string; userIds: string[]; you: boolean; message: string };
type Ticket = { id: string; key: string; status: string; allowedActions: string[]; waitingOn: WaitingOn };

async function person(role: string, departmentId: string) {
  const user = await createUser(role, { departmentId });
  return { ...user, token: await apiLogin(user.username, user.password) };
}

test("every ticket answer says what the caller may do now and whom it waits on", async () => {
  const dept = await createDepartment();
  const manager = await person("manager", dept.id);
  await apiCall("PATCH", `/departments/${dept.id}`, await adminAccess(), { managerId: manager.id });
  const requester = await person("member", dept.id);

  const created = await apiCall<Ticket>("POST", "/tickets", requester.token, { title: unique("Banner ") });
  expect(created.status).toBe(201);
  expect(created.body.allowedActions).toEqual(["edit", "trash"]);

  const asRequester = await apiCall<Ticket>("GET", `/tickets/${created.body.id}`, requester.token);
  expect(asRequester.body.waitingOn).toEqual({ stage: "dept_approval", userIds: [manager.id], you: false, message: `Waiting for ${manager.name} (${dept.name} manager) to approve` });

  const asManager = await apiCall<Ticket>("GET", `/tickets/${created.body.id}`, manager.token);
  expect(asManager.body.allowedActions).toEqual(["approve", "reject", "edit", "rollback", "trash"]);
  expect(asManager.body.waitingOn).toMatchObject({ you: true, message: "Waiting for you to approve or reject" });

  // Lists carry the same, per ticket.
  const list = await apiCall<{ items: Ticket[] }>("GET", `/tickets?q=${created.body.key}`, manager.token);
  expect(list.body.items.find((t) => t.id === created.body.id)).toMatchObject({ allowedActions: asManager.body.allowedActions, waitingOn: asManager.body.waitingOn });

  // The action's answer is from the actor's side too: rejected, nothing more to approve.
  const rejected = await apiCall<Ticket>("POST", `/tickets/${created.body.id}/reject`, manager.token, { reason: "Out of budget" });
  expect(rejected.body.allowedActions).not.toContain("approve");
  expect(rejected.body.waitingOn).toMatchObject({ stage: "rejected", message: "Rejected by you: Out of budget" });
});

test("the OpenAPI document describes allowedActions and waitingOn on a ticket", async () => {
  const doc: unknown = await (await fetch(`${BASE_URL}/api/openapi.json`)).json();
  const ticket = (doc as { components: { schemas: Record<string, { properties: Record<string, { items?: { enum?: string[] }; properties?: object }> }> } }).components.schemas.Ticket;
  expect(ticket.properties.allowedActions.items?.enum).toContain("confirm");
  expect(Object.keys(ticket.properties.waitingOn.properties ?? {})).toEqual(["stage", "userIds", "you", "message"]);
});

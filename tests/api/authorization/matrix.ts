import type { Permission } from "@/lib/auth/policy";
import { createUser } from "../../support/api";
import type { Actor, Rec, TicketState, World } from "./world";

/**
 * The authorisation matrix: the HTTP status every role gets from every endpoint of /api/openapi.json.
 * tests/api/authorization.spec.ts calls each cell over HTTP and fails on any difference; a meta-test
 * fails when the OpenAPI document has an endpoint with no row here, or a row names no endpoint.
 *
 * `expect` has six columns:  anonymous | admin | manager | member | sales_agent | technician
 * For an endpoint with {id}, each signed-in column has three answers: own  other's  invisible
 *   own        the actor's record (a ticket they requested, themself, their token or notification)
 *   other's    the outsider's (a member of another department, managed by someone else)
 *   invisible  an id no record has
 *   -          not meaningful (products and departments belong to nobody)
 * Anonymous callers get one answer, for the other's record. Endpoints without {id} have one answer per role.
 * A ticket the caller cannot see is 404 before any role check (SPEC §2), so members get 404, not 403.
 * All actors are in one department whose named manager is the manager actor.
 *
 * Adding an endpoint (field jobs, deliveries…): add its row, name the permission it checks in
 * lib/auth/policy.ts, and a record kind with its maker in world.ts if it is new.
 */
export const roles = ["admin", "manager", "member", "sales_agent", "technician"] as const;
export type Role = (typeof roles)[number];
export type RecordKind = `ticket@${TicketState}` | "user" | "user@pending" | "department" | "product" | "token" | "session" | "notification" | "attachment";

export type Cell = { world: World; actor: Actor | null; record: Rec | null };
export type Row = {
  /** What {id} is. */
  on?: RecordKind;
  /** The permission of lib/auth/policy.ts the endpoint checks first; "public" or "signed-in" when none. */
  permission: Permission | "public" | "signed-in";
  body?: unknown | ((cell: Cell) => unknown | Promise<unknown>);
  /** A multipart upload of a small PNG instead of a JSON body. */
  upload?: true;
  /** The actor's own record is answered whatever their role (reading oneself). */
  ownAlways?: true;
  /** Each cell gets an actor of its own: the endpoint ends or changes the caller's login. */
  freshActor?: true;
  expect: string;
};

const password = "Matrix-pass-2468";
const named = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 10)}`;
const username = () => `matrix_${Math.random().toString(36).slice(2, 10)}`;

// prettier-ignore
export const matrix: Record<string, Row> = {
  // ─── Auth ────────────────────────────────────────────── anon | admin | manager | member | sales_agent | technician
  // A user of its own per cell: simultaneous sign-ins of one user count toward its lockout.
  "POST /auth/login":                { permission: "public", body: async () => { const u = await createUser("member"); return { username: u.username, password: u.password }; },
                                       expect: "200 | 200 | 200 | 200 | 200 | 200" },
  "POST /auth/refresh":              { permission: "public", body: { refresh: "not-a-refresh-token" },
                                       expect: "401 | 401 | 401 | 401 | 401 | 401" },
  // Anonymous and with no refresh token in the body: nothing says which login to end.
  "POST /auth/logout":               { permission: "public", freshActor: true,
                                       expect: "400 | 204 | 204 | 204 | 204 | 204" },
  "GET /auth/register":              { permission: "public",
                                       expect: "200 | 200 | 200 | 200 | 200 | 200" },
  "POST /auth/register":             { permission: "public",
                                       body: ({ world }: Cell) => { const u = username(); return { username: u, name: "Matrix person", email: `${u}@example.com`, password, passwordConfirm: password, departmentId: world.dept.id }; },
                                       expect: "201 | 201 | 201 | 201 | 201 | 201" },
  "GET /auth/me":                    { permission: "signed-in",
                                       expect: "401 | 200 | 200 | 200 | 200 | 200" },
  "PATCH /auth/me":                  { permission: "profile.update", body: { phone: "+1 555 0100" },
                                       expect: "401 | 200 | 200 | 200 | 200 | 200" },
  "POST /auth/change-password":      { permission: "signed-in", freshActor: true,
                                       body: ({ actor }: Cell) => ({ currentPassword: actor?.password ?? "x", newPassword: password, newPasswordConfirm: password }),
                                       expect: "401 | 204 | 204 | 204 | 204 | 204" },
  "GET /auth/tokens":                { permission: "apiTokens.manage",
                                       expect: "401 | 200 | 200 | 200 | 200 | 200" },
  "POST /auth/tokens":               { permission: "apiTokens.manage", body: { name: "Matrix integration" },
                                       expect: "401 | 201 | 201 | 201 | 201 | 201" },
  "DELETE /auth/tokens/{id}":        { permission: "apiTokens.manage", on: "token",
                                       expect: "401 | 204 404 404 | 204 404 404 | 204 404 404 | 204 404 404 | 204 404 404" },
  "GET /auth/sessions":              { permission: "profile.update",
                                       expect: "401 | 200 | 200 | 200 | 200 | 200" },
  "DELETE /auth/sessions":           { permission: "profile.update", freshActor: true,
                                       expect: "401 | 204 | 204 | 204 | 204 | 204" },
  "DELETE /auth/sessions/{id}":      { permission: "profile.update", on: "session",
                                       expect: "401 | 204 404 404 | 204 404 404 | 204 404 404 | 204 404 404 | 204 404 404" },
  // ─── Users ─────────────────────────────────────────────
  "GET /users":                      { permission: "users.list",
                                       expect: "401 | 200 | 200 | 403 | 403 | 403" },
  "POST /users":                     { permission: "users.create",
                                       body: () => { const u = username(); return { username: u, name: "Matrix made", email: `${u}@example.com`, role: "member", password }; },
                                       expect: "401 | 201 | 403 | 403 | 403 | 403" },
  // Everyone may read themself; anyone else is not found for those without users.read.
  "GET /users/{id}":                 { permission: "users.read", on: "user", ownAlways: true,
                                       expect: "401 | 200 200 404 | 200 200 404 | 200 404 404 | 200 404 404 | 200 404 404" },
  "PATCH /users/{id}":               { permission: "users.update", on: "user", freshActor: true, body: { name: "Matrix renamed" },
                                       expect: "401 | 200 200 404 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403" },
  "DELETE /users/{id}":              { permission: "users.delete", on: "user",
                                       expect: "401 | 403 204 404 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403" },
  "POST /users/{id}/approve":        { permission: "users.approve", on: "user@pending",
                                       expect: "401 | - 200 404 | - 200 404 | - 403 403 | - 403 403 | - 403 403" },
  "POST /users/{id}/unlock":         { permission: "users.unlock", on: "user",
                                       expect: "401 | 200 200 404 | 200 200 404 | 403 403 403 | 403 403 403 | 403 403 403" },
  // Not one's own: that is change-password, which asks for the current one.
  "POST /users/{id}/reset-password": { permission: "users.resetPassword", on: "user", freshActor: true, body: { password },
                                       expect: "401 | 403 200 404 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403" },
  "GET /users/{id}/tokens":          { permission: "users.manageTokens", on: "user",
                                       expect: "401 | 200 200 404 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403" },
  // {id} is the token's owner, {tokenId} the token.
  "DELETE /users/{id}/tokens/{tokenId}": { permission: "users.manageTokens", on: "token",
                                       expect: "401 | 204 204 404 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403" },
  // ─── Departments and products ──────────────────────────
  "GET /departments":                { permission: "departments.read",
                                       expect: "401 | 200 | 200 | 200 | 200 | 200" },
  "POST /departments":               { permission: "departments.manage", body: () => ({ name: named("Matrix dept") }),
                                       expect: "401 | 201 | 403 | 403 | 403 | 403" },
  "GET /departments/{id}":           { permission: "departments.read", on: "department",
                                       expect: "401 | - 200 404 | - 200 404 | - 200 404 | - 200 404 | - 200 404" },
  "PATCH /departments/{id}":         { permission: "departments.manage", on: "department", body: { description: "Matrix" },
                                       expect: "401 | - 200 404 | - 403 403 | - 403 403 | - 403 403 | - 403 403" },
  "DELETE /departments/{id}":        { permission: "departments.manage", on: "department",
                                       expect: "401 | - 204 404 | - 403 403 | - 403 403 | - 403 403 | - 403 403" },
  "GET /products":                   { permission: "products.read",
                                       expect: "401 | 200 | 200 | 200 | 200 | 200" },
  "POST /products":                  { permission: "products.manage", body: () => ({ name: named("Matrix product") }),
                                       expect: "401 | 201 | 403 | 403 | 403 | 403" },
  "GET /products/{id}":              { permission: "products.read", on: "product",
                                       expect: "401 | - 200 404 | - 200 404 | - 200 404 | - 200 404 | - 200 404" },
  "PATCH /products/{id}":            { permission: "products.manage", on: "product", body: { description: "Matrix" },
                                       expect: "401 | - 200 404 | - 403 403 | - 403 403 | - 403 403 | - 403 403" },
  "DELETE /products/{id}":           { permission: "products.manage", on: "product",
                                       expect: "401 | - 204 404 | - 403 403 | - 403 403 | - 403 403 | - 403 403" },
  // ─── Settings ──────────────────────────────────────────
  "GET /settings":                   { permission: "settings.manage",
                                       expect: "401 | 200 | 403 | 403 | 403 | 403" },
  // The current settings sent back: a change that changes nothing, so other tests are not disturbed.
  "PATCH /settings":                 { permission: "settings.manage", body: async ({ world }: Cell) => world.currentSettings(),
                                       expect: "401 | 200 | 403 | 403 | 403 | 403" },
  // ─── Tickets ───────────────────────────────────────────
  "GET /tickets":                    { permission: "tickets.read",
                                       expect: "401 | 200 | 200 | 200 | 200 | 200" },
  "POST /tickets":                   { permission: "tickets.create", body: { title: "Matrix request", description: "x", priority: "low" },
                                       expect: "401 | 201 | 201 | 201 | 201 | 201" },
  "GET /tickets/trash":              { permission: "tickets.listTrash",
                                       expect: "401 | 200 | 200 | 403 | 403 | 403" },
  "GET /tickets/{id}":               { permission: "tickets.read", on: "ticket@requested",
                                       expect: "401 | 200 200 404 | 200 200 404 | 200 404 404 | 200 404 404 | 200 404 404" },
  "PATCH /tickets/{id}":             { permission: "tickets.update", on: "ticket@requested", body: { title: "Matrix edited" },
                                       expect: "401 | 200 200 404 | 200 200 404 | 200 404 404 | 200 404 404 | 200 404 404" },
  "DELETE /tickets/{id}":            { permission: "tickets.deleteForever", on: "ticket@trashed",
                                       expect: "401 | 204 204 404 | 403 403 403 | 403 403 403 | 403 403 403 | 403 403 403" },
  "POST /tickets/{id}/approve":      { permission: "tickets.approve", on: "ticket@requested",
                                       expect: "401 | 200 200 404 | 200 403 404 | 403 404 404 | 403 404 404 | 403 404 404" },
  "POST /tickets/{id}/reject":       { permission: "tickets.reject", on: "ticket@pending_creative",
                                       expect: "401 | 200 200 404 | 403 403 404 | 403 404 404 | 403 404 404 | 403 404 404" },
  "POST /tickets/{id}/assign":       { permission: "tickets.assign", on: "ticket@approved", body: ({ world }: Cell) => ({ assigneeId: world.designer.id }),
                                       expect: "401 | 200 200 404 | 200 200 404 | 403 404 404 | 403 404 404 | 403 404 404" },
  "POST /tickets/{id}/start":        { permission: "tickets.work", on: "ticket@approved",
                                       expect: "401 | 200 200 404 | 200 200 404 | 403 404 404 | 403 404 404 | 403 404 404" },
  "POST /tickets/{id}/complete":     { permission: "tickets.work", on: "ticket@in_progress",
                                       expect: "401 | 200 200 404 | 200 200 404 | 403 404 404 | 403 404 404 | 403 404 404" },
  "POST /tickets/{id}/confirm":      { permission: "tickets.confirm", on: "ticket@completed",
                                       expect: "401 | 200 403 404 | 200 403 404 | 200 404 404 | 200 404 404 | 200 404 404" },
  "POST /tickets/{id}/request-changes": { permission: "tickets.requestChanges", on: "ticket@completed", body: { reason: "Bigger logo" },
                                       expect: "401 | 200 403 404 | 200 403 404 | 200 404 404 | 200 404 404 | 200 404 404" },
  "POST /tickets/{id}/rollback":     { permission: "tickets.rollback", on: "ticket@pending_creative",
                                       body: async ({ world, record }: Cell) => ({ entryId: record && !record.invisible ? await world.firstEntry(record.id) : 1 }),
                                       expect: "401 | 200 200 404 | 200 200 404 | 403 404 404 | 403 404 404 | 403 404 404" },
  "POST /tickets/{id}/trash":        { permission: "tickets.trash", on: "ticket@requested",
                                       expect: "401 | 200 200 404 | 200 200 404 | 200 404 404 | 200 404 404 | 200 404 404" },
  "POST /tickets/{id}/restore":      { permission: "tickets.restore", on: "ticket@trashed",
                                       expect: "401 | 200 200 404 | 200 200 404 | 403 403 403 | 403 403 403 | 403 403 403" },
  "POST /tickets/{id}/collaborators": { permission: "tickets.collaborate", on: "ticket@requested", body: ({ world }: Cell) => ({ userId: world.bystander.id }),
                                       expect: "401 | 200 200 404 | 200 200 404 | 200 404 404 | 200 404 404 | 200 404 404" },
  "DELETE /tickets/{id}/collaborators": { permission: "tickets.collaborate", on: "ticket@with_collaborator", body: ({ world }: Cell) => ({ userId: world.bystander.id }),
                                       expect: "401 | 200 200 404 | 200 200 404 | 200 404 404 | 200 404 404 | 200 404 404" },
  "GET /tickets/{id}/history":       { permission: "tickets.read", on: "ticket@requested",
                                       expect: "401 | 200 200 404 | 200 200 404 | 200 404 404 | 200 404 404 | 200 404 404" },
  "GET /tickets/{id}/comments":      { permission: "tickets.read", on: "ticket@requested",
                                       expect: "401 | 200 200 404 | 200 200 404 | 200 404 404 | 200 404 404 | 200 404 404" },
  "POST /tickets/{id}/comments":     { permission: "tickets.read", on: "ticket@requested", body: { body: "Matrix comment" },
                                       expect: "401 | 201 201 404 | 201 201 404 | 201 404 404 | 201 404 404 | 201 404 404" },
  "GET /tickets/{id}/mention-candidates": { permission: "tickets.read", on: "ticket@requested",
                                       expect: "401 | 200 200 404 | 200 200 404 | 200 404 404 | 200 404 404 | 200 404 404" },
  "GET /tickets/{id}/attachments":   { permission: "tickets.read", on: "ticket@requested",
                                       expect: "401 | 200 200 404 | 200 200 404 | 200 404 404 | 200 404 404 | 200 404 404" },
  "POST /tickets/{id}/attachments":  { permission: "tickets.read", on: "ticket@requested", upload: true,
                                       expect: "401 | 201 201 404 | 201 201 404 | 201 404 404 | 201 404 404 | 201 404 404" },
  "GET /attachments/{id}":           { permission: "tickets.read", on: "attachment",
                                       expect: "401 | 200 200 404 | 200 200 404 | 200 404 404 | 200 404 404 | 200 404 404" },
  "DELETE /attachments/{id}":        { permission: "tickets.read", on: "attachment",
                                       expect: "401 | 204 204 404 | 204 204 404 | 204 404 404 | 204 404 404 | 204 404 404" },
  // ─── Notifications and dashboard ───────────────────────
  "GET /notifications":              { permission: "signed-in",
                                       expect: "401 | 200 | 200 | 200 | 200 | 200" },
  "POST /notifications/{id}/read":   { permission: "signed-in", on: "notification",
                                       expect: "401 | 200 404 404 | 200 404 404 | 200 404 404 | 200 404 404 | 200 404 404" },
  "POST /notifications/read-all":    { permission: "signed-in",
                                       expect: "401 | 200 | 200 | 200 | 200 | 200" },
  // People in the results only for users.list; the ticket part is each caller's own sight.
  "GET /search":                     { permission: "signed-in",
                                       expect: "401 | 200 | 200 | 200 | 200 | 200" },
  "GET /dashboard/tickets":          { permission: "tickets.read",
                                       expect: "401 | 200 | 200 | 200 | 200 | 200" },
};

export type Column = "own" | "other" | "invisible";
export const columns: readonly Column[] = ["own", "other", "invisible"];
/** One expected answer: a status, or null where the cell is not meaningful. */
export type Expected = { anonymous: number; byRole: Record<Role, Partial<Record<Column, number>>> };

/** Reads a row's `expect` string; throws on a malformed one, so a typo cannot pass silently. */
export function parseExpect(endpoint: string, row: Row): Expected {
  const parts = row.expect.split("|").map((p) => p.trim().split(/\s+/));
  const perRole = row.on ? 3 : 1;
  const bad = () => new Error(`${endpoint}: expect must be "anon | admin | manager | member | sales_agent | technician" with ${perRole} answer(s) per role`);
  if (parts.length !== 1 + roles.length || parts[0].length !== 1 || parts.slice(1).some((p) => p.length !== perRole)) throw bad();
  const status = (s: string) => {
    if (!/^[1-5]\d\d$/.test(s)) throw bad();
    return Number(s);
  };
  const byRole = Object.fromEntries(
    roles.map((role, i) => {
      const cells = parts[i + 1];
      if (!row.on) return [role, { other: status(cells[0]) }];
      return [role, Object.fromEntries(columns.flatMap((c, j) => (cells[j] === "-" ? [] : [[c, status(cells[j])]])))];
    }),
  ) as Expected["byRole"];
  return { anonymous: status(parts[0][0]), byRole };
}

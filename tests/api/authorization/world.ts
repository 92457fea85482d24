import { randomBytes, randomUUID } from "node:crypto";
import { adminAccess, apiCall, apiLogin, createDepartment, createUser, unique, uniqueIp, type TestUser } from "../../support/api";
import { BASE_URL } from "../../support/env";
import type { RecordKind, Role } from "./matrix";

/**
 * The people and records the authorisation matrix runs against, made through the public API.
 *
 * - One actor per role, all in department D, whose named manager is the manager actor.
 * - The outsider: a member of department E (another manager's), owner of every "other's" record.
 * - A creative department with its manager and a designer (assignments need one), and a bystander
 *   (a member without a department) to add as a collaborator.
 * Shared records are made once, on first use; a cell that is expected to change something gets
 * records of its own (fresh()), so no cell sees another's change.
 */
export type Actor = TestUser & { token: string };
export type Rec = { id: string; ownerId: string; ticketId?: string; invisible?: true };
export type Owner = Actor;

const setup = () => adminAccess();

async function ok<T>(res: Promise<{ status: number; body: T }>, what: string, expected = [200, 201, 204]): Promise<T> {
  const r = await res;
  if (!expected.includes(r.status)) throw new Error(`matrix set-up: ${what} answered ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

const login = async (user: TestUser): Promise<Actor> => ({ ...user, token: await apiLogin(user.username, user.password) });

export const ticketStates = ["requested", "pending_creative", "approved", "in_progress", "completed", "trashed", "with_collaborator"] as const;
export type TicketState = (typeof ticketStates)[number];

/** The transitions (as the set-up admin) that bring a new ticket to each state, in order. */
const route: Record<TicketState, [string, unknown?][]> = {
  requested: [],
  pending_creative: [["approve", { step: "dept" }]],
  approved: [["approve", { step: "dept" }], ["approve", { step: "creative" }]],
  in_progress: [["approve", { step: "dept" }], ["approve", { step: "creative" }], ["assign", "designer"], ["start"]],
  completed: [["approve", { step: "dept" }], ["approve", { step: "creative" }], ["assign", "designer"], ["start"], ["complete"]],
  trashed: [["trash"]],
  with_collaborator: [["collaborators", "bystander"]],
};

/** A one-pixel PNG: the smallest file the attachment rules accept. */
export const tinyPng = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

export async function upload(token: string, ticketId: string) {
  const form = new FormData();
  form.append("file", new Blob([tinyPng], { type: "image/png" }), `${unique("pixel-")}.png`);
  const res = await fetch(`${BASE_URL}/api/v1/tickets/${ticketId}/attachments`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as { id: string } };
}

export class World {
  actors = new Map<Role, Actor>();
  outsider!: Actor;
  designer!: TestUser;
  bystander!: TestUser;
  dept!: { id: string };
  otherDept!: { id: string };
  product!: { id: string };
  private shared = new Map<string, Promise<Rec>>();

  static async create(roles: readonly Role[]): Promise<World> {
    const w = new World();
    w.dept = await createDepartment();
    w.otherDept = await createDepartment({ managerId: (await createUser("manager")).id });
    const creative = await createDepartment({ isCreative: true, managerId: (await createUser("manager")).id });
    const [designer, bystander, outsider, product] = await Promise.all([
      createUser("member", { departmentId: creative.id }),
      createUser("member"),
      createUser("member", { departmentId: w.otherDept.id }).then(login),
      ok(apiCall<{ id: string }>("POST", "/products", await setup(), { name: unique("Product ") }), "product"),
    ]);
    Object.assign(w, { designer, bystander, outsider, product });
    for (const [role, actor] of await Promise.all(roles.map(async (r) => [r, await w.newActor(r)] as const))) w.actors.set(role, actor);
    await ok(apiCall("PATCH", `/departments/${w.dept.id}`, await setup(), { managerId: w.actors.get("manager")!.id }), "department manager");
    return w;
  }

  /** A signed-in user of the role in department D (fresh per cell for rows that end their own login). */
  async newActor(role: Role): Promise<Actor> {
    return login(await createUser(role, { departmentId: this.dept.id }));
  }

  /** The record a cell acts on: the owner's (own/other) or an id nobody has (invisible). */
  async record(kind: RecordKind, owner: Owner | "invisible", fresh: boolean): Promise<Rec | null> {
    if (owner === "invisible") return { id: randomUUID(), ownerId: randomUUID(), invisible: true };
    if (fresh) return this.make(kind, owner);
    const key = `${kind}:${owner.id}`;
    if (!this.shared.has(key)) this.shared.set(key, this.make(kind, owner));
    return this.shared.get(key)!;
  }

  private async make(kind: RecordKind, owner: Owner): Promise<Rec> {
    const admin = await setup();
    const own = (id: string) => ({ id, ownerId: owner.id });
    if (kind.startsWith("ticket@")) return own(await this.ticket(owner, kind.slice(7) as TicketState));
    switch (kind) {
      case "user":
        // The actor themself; "other's" is the outsider, or a new user where a cell changes it.
        return owner === this.outsider ? own((await createUser("member", { departmentId: this.otherDept.id })).id) : own(owner.id);
      case "user@pending": {
        const username = unique("pending_");
        const password = "Str0ng-pass-" + randomBytes(3).toString("hex");
        const body = { username, name: "Pending person", email: `${username}@example.com`, password, passwordConfirm: password, departmentId: this.dept.id };
        const res = await ok(apiCall<{ id: string }>("POST", "/auth/register", null, body, { "x-forwarded-for": uniqueIp() }), "register");
        return own(res.id);
      }
      case "department":
        return own((await createDepartment()).id);
      case "product":
        return own((await ok(apiCall<{ id: string }>("POST", "/products", admin, { name: unique("Product ") }), "product")).id);
      case "token":
        return own((await ok(apiCall<{ id: string }>("POST", "/auth/tokens", owner.token, { name: unique("matrix ") }), "token")).id);
      case "session": {
        // A second login of the owner's, so ending it leaves the shared one alone.
        const ids = async () => (await ok(apiCall<{ items: { id: string }[] }>("GET", "/auth/sessions", owner.token), "sessions")).items.map((i) => i.id);
        const before = await ids();
        await apiLogin(owner.username, owner.password);
        const added = (await ids()).find((id) => !before.includes(id));
        if (!added) throw new Error(`matrix set-up: no new session for ${owner.username}`);
        return own(added);
      }
      case "notification": {
        // A comment by someone else on the owner's ticket notifies its requester (read or not: read-all cells run meanwhile).
        const ticketId = await this.ticket(owner, "requested");
        await ok(apiCall("POST", `/tickets/${ticketId}/comments`, admin, { body: "A note for the requester" }), "comment");
        const list = await ok(apiCall<{ items: { id: string; ticketId?: string }[] }>("GET", "/notifications?pageSize=100", owner.token), "notifications");
        const n = list.items.find((i) => JSON.stringify(i).includes(ticketId));
        if (!n) throw new Error(`matrix set-up: no notification for ${owner.username}`);
        return { ...own(n.id), ticketId };
      }
      case "attachment": {
        const ticketId = await this.ticket(owner, "requested");
        const res = await upload(owner.token, ticketId);
        if (res.status !== 201) throw new Error(`matrix set-up: upload answered ${res.status}`);
        return { ...own(res.body.id), ticketId };
      }
    }
    throw new Error(`matrix set-up: no maker for record kind ${kind}`);
  }

  /** A ticket requested by the owner, brought to the state by the set-up admin; its id. */
  private async ticket(owner: Owner, state: TicketState): Promise<string> {
    const admin = await setup();
    const t = await ok(apiCall<{ id: string }>("POST", "/tickets", owner.token, { title: unique("Matrix "), description: "x", priority: "low" }), "ticket");
    for (const [action, body] of route[state]) {
      const input = body === "designer" ? { assigneeId: this.designer.id } : body === "bystander" ? { userId: this.bystander.id } : body;
      await ok(apiCall("POST", `/tickets/${t.id}/${action}`, admin, input), `${action} → ${state}`);
    }
    return t.id;
  }

  /** The organisation's settings as they are now. */
  async currentSettings(): Promise<unknown> {
    return ok(apiCall("GET", "/settings", await setup()), "settings");
  }

  /** The first history entry of a ticket (for rollback). */
  async firstEntry(ticketId: string): Promise<number> {
    const res = await ok(apiCall<{ items: { id: number }[] }>("GET", `/tickets/${ticketId}/history`, await setup()), "history");
    return res.items[0].id;
  }
}

import { beforeAll, describe, expect, it } from "vitest";
import type { User } from "@/db/schema";
import { listUsers } from "@/lib/users/queries";
import { actorOf, makeDepartment, makeUser, rejects } from "./helpers";

// One shared population: every test reads, none writes.
let admin: User;
let ops: { id: string };
const tag = `zq${Date.now().toString(36)}`;
const list = (query: Record<string, unknown>) => listUsers(actorOf(admin), query);

beforeAll(async () => {
  admin = await makeUser("admin");
  ops = await makeDepartment();
  await makeUser("technician", ops.id, { name: `Alice ${tag}` });
  await makeUser("member", ops.id, { name: `bob ${tag}`, email: `bob.50%off@${tag}.example.com` });
  await makeUser("member", null, { name: `Carol ${tag}`, isApproved: false });
  await makeUser("manager", null, { name: `Dave ${tag}`, isActive: false });
  await makeUser("member", null, { name: `Eve ${tag}`, lockedUntil: new Date(Date.now() + 600_000) });
});

const names = (page: { items: { name: string }[] }) => page.items.map((u) => u.name.split(" ")[0]);

describe("listUsers", () => {
  it("searches name, username and email, case-insensitively", async () => {
    expect(names(await list({ q: tag.toUpperCase(), sort: "name" }))).toEqual(["Alice", "bob", "Carol", "Dave", "Eve"]);
    expect(names(await list({ q: "BOB.50" }))).toEqual(["bob"]);
  });

  it("treats % and _ in a search as plain characters", async () => {
    expect(names(await list({ q: "50%off" }))).toEqual(["bob"]);
    expect((await list({ q: `%${tag}` })).total).toBe(0);
  });

  it("filters by role, department and status", async () => {
    expect(names(await list({ q: tag, role: "technician" }))).toEqual(["Alice"]);
    expect(names(await list({ q: tag, departmentId: ops.id, sort: "name" }))).toEqual(["Alice", "bob"]);
    expect(names(await list({ q: tag, status: "pending" }))).toEqual(["Carol"]);
    expect(names(await list({ q: tag, status: "inactive" }))).toEqual(["Dave"]);
    expect(names(await list({ q: tag, status: "locked" }))).toEqual(["Eve"]);
    expect(names(await list({ q: tag, status: "active", sort: "name" }))).toEqual(["Alice", "bob", "Eve"]);
  });

  it("sorts by name case-insensitively, both ways", async () => {
    expect(names(await list({ q: tag, sort: "name", order: "desc" }))).toEqual(["Eve", "Dave", "Carol", "bob", "Alice"]);
  });

  it("paginates with a correct total, also past the last page", async () => {
    const page2 = await list({ q: tag, sort: "name", page: 2, pageSize: 2 });
    expect(names(page2)).toEqual(["Carol", "Dave"]);
    expect(page2).toMatchObject({ total: 5, totalPages: 3, page: 2, pageSize: 2 });
    const beyond = await list({ q: tag, page: 9, pageSize: 2 });
    expect(beyond).toMatchObject({ items: [], total: 5, totalPages: 3 });
  });

  it("never returns password hashes", async () => {
    const page = await list({ q: tag });
    expect(JSON.stringify(page)).not.toMatch(/argon2|passwordHash/);
  });

  it("refuses bad query values as field errors, and members altogether", async () => {
    expect((await rejects(list({ sort: "passwordHash" }), "invalid")).fields?.sort).toBeDefined();
    expect((await rejects(list({ pageSize: 1000 }), "invalid")).fields?.pageSize).toBeDefined();
    await rejects(listUsers(actorOf(await makeUser("member")), {}), "forbidden");
  });

  it("managers may list users", async () => {
    const manager = await makeUser("manager");
    expect((await listUsers(actorOf(manager), { q: tag })).total).toBe(5);
  });
});

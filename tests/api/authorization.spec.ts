import { expect, test } from "@playwright/test";
import type { Actor as PolicyActor } from "@/lib/auth/actor";
import { allPermissions, can, type Permission } from "@/lib/auth/policy";
import { uniqueIp } from "../support/api";
import { BASE_URL } from "../support/env";
import { columns, matrix, parseExpect, roles, type Cell, type Column, type Role, type Row } from "./authorization/matrix";
import { upload, World, type Actor } from "./authorization/world";

/**
 * Runs every cell of the authorisation matrix (authorization/matrix.ts) over HTTP against the test
 * server: each role × each endpoint × own / other's / invisible record, and anonymous.
 */
type Who = "anonymous" | Role;
type Answer = { who: Who; column: Column; status: number };

// Permissions with no endpoint of their own in the JSON API (the app's server actions use them).
const notInApi: Permission[] = ["schedules.run"];

const isSuccess = (status: number) => status >= 200 && status < 300;

async function call(endpoint: string, row: Row, cell: Cell): Promise<number> {
  const [method, template] = endpoint.split(" ");
  // A sub-record ({tokenId}) is the record; {id} is then its owner.
  const path = template.includes("{tokenId}")
    ? template.replace("{id}", cell.record?.ownerId ?? "").replace("{tokenId}", cell.record?.id ?? "")
    : template.replace("{id}", cell.record?.id ?? "");
  if (row.upload && cell.record) return (await upload(cell.actor?.token ?? "", cell.record.id)).status;
  const body = typeof row.body === "function" ? await row.body(cell) : row.body;
  const res = await fetch(`${BASE_URL}/api/v1${path}`, {
    method,
    headers: {
      ...(cell.actor ? { authorization: `Bearer ${cell.actor.token}` } : {}),
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
      // A fresh client address per call: the per-IP limits never couple cells.
      "x-forwarded-for": uniqueIp(),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}

/** Runs the jobs, `limit` at a time. */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  }));
  return results;
}

/** The answers of one row, written like its `expect` string. */
function render(row: Row, answers: Answer[]): string {
  const of = (who: Who) => {
    const cells = row.on ? columns : (["other"] as const);
    return cells.map((c) => (who === "anonymous" && c !== "other" ? null : (answers.find((a) => a.who === who && a.column === c)?.status ?? "-"))).filter((x) => x !== null).join(" ");
  };
  return ["anonymous", ...roles].map((w) => of(w as Who)).join(" | ");
}

// One test: a failed test restarts its worker, which would build the whole world again per failure.
test("authorisation matrix: every cell answers as authorization/matrix.ts says", async () => {
  test.setTimeout(300_000);
  const world = await World.create(roles);
  const jobs: (() => Promise<[string, Answer]>)[] = [];
  for (const [endpoint, row] of Object.entries(matrix)) {
    const expected = parseExpect(endpoint, row);
    // A cell that is expected to change something acts on a record of its own.
    const fresh = (status: number) => !endpoint.startsWith("GET ") && isSuccess(status);
    jobs.push(async () => {
      const record = row.on ? await world.record(row.on, world.outsider, fresh(expected.anonymous)) : null;
      return [endpoint, { who: "anonymous", column: "other", status: await call(endpoint, row, { world, actor: null, record }) }];
    });
    for (const role of roles)
      for (const [column, status] of Object.entries(expected.byRole[role]) as [Column, number][])
        jobs.push(async () => {
          const actor: Actor = row.freshActor ? await world.newActor(role) : world.actors.get(role)!;
          const owner = column === "own" ? actor : column === "other" ? world.outsider : "invisible";
          const record = row.on ? await world.record(row.on, owner, fresh(status)) : null;
          return [endpoint, { who: role, column, status: await call(endpoint, row, { world, actor, record }) }];
        });
  }
  const answers = new Map<string, Answer[]>();
  for (const [endpoint, answer] of await pool(jobs, 8)) answers.set(endpoint, [...(answers.get(endpoint) ?? []), answer]);
  for (const [endpoint, row] of Object.entries(matrix))
    expect.soft(render(row, answers.get(endpoint) ?? []), `${endpoint}  (anonymous | admin | manager | member | sales_agent | technician)`).toBe(row.expect.replace(/\s+/g, " ").trim());
});

test.describe("authorisation matrix covers", () => {
  test("every endpoint of the OpenAPI document, and nothing else", async () => {
    const doc = await (await fetch(`${BASE_URL}/api/openapi.json`)).json();
    const documented = Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/^\/api\/v1/, "")}`));
    expect(documented.filter((e) => !(e in matrix)), "endpoints with no row in tests/api/authorization/matrix.ts").toEqual([]);
    expect(Object.keys(matrix).filter((e) => !documented.includes(e)), "rows for endpoints the OpenAPI document does not have").toEqual([]);
  });

  test("the policy table: a role without the endpoint's permission is never let through, and every permission has a row", () => {
    const allowedAgainstPolicy: string[] = [];
    for (const [endpoint, row] of Object.entries(matrix)) {
      if (row.permission === "public" || row.permission === "signed-in") continue;
      const expected = parseExpect(endpoint, row);
      for (const role of roles)
        if (!can({ role } as PolicyActor, row.permission) && Object.entries(expected.byRole[role]).some(([column, status]) => isSuccess(status) && !(row.ownAlways && column === "own")))
          allowedAgainstPolicy.push(`${endpoint} for ${role}`);
      if (isSuccess(expected.anonymous)) allowedAgainstPolicy.push(`${endpoint} for anonymous`);
    }
    expect(allowedAgainstPolicy).toEqual([]);
    const named = new Set(Object.values(matrix).map((r) => r.permission));
    expect(allPermissions.filter((p) => !named.has(p) && !notInApi.includes(p)), "permissions no row exercises").toEqual([]);
  });
});

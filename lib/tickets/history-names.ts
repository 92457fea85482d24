import { sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { activityLog, departments, products, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { loadTicket } from "./load";

/** The fields of a ticket's history (changes and snapshots) that hold the id of a person, department or product. */
export const historyReferenceFields = {
  users: ["requesterId", "assigneeId", "deptApprovedById", "creativeApprovedById", "rejectedById", "confirmedById", "deletedById", "collaborators"],
  departments: ["departmentId"],
  products: ["productId"],
} as const;
export type HistoryReferenceKind = keyof typeof historyReferenceFields;

/** id → name of everyone and everything the history refers to, by kind. */
export type HistoryNames = Record<HistoryReferenceKind, Record<string, string>>;

const uuidPattern = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

/** The distinct ids that these fields take, before or after, in any entry of the ticket's history. */
function referencedIds(ticketId: string, fields: readonly string[]): SQL {
  const keys = sql.join(
    fields.map((f) => sql`${f}`),
    sql`, `,
  );
  return sql`select distinct ref.value::uuid from ${activityLog}
    cross join lateral (
      select c.key, c.value ->> 'from' as value from jsonb_each(${activityLog.changes}) c
      union all select c.key, c.value ->> 'to' from jsonb_each(${activityLog.changes}) c
      union all select s.key, s.value from jsonb_each_text(coalesce(${activityLog.snapshot}, '{}'::jsonb)) s
    ) ref
    where ${activityLog.entityType} = 'ticket' and ${activityLog.entityId} = ${ticketId}
      and ref.key in (${keys}) and ref.value ~ ${uuidPattern}`;
}

/**
 * Names for every user, department and product id the ticket's history mentions, so old → new and
 * rollback previews read as names, not uuids. One query per kind; 404 unless the actor sees the ticket.
 */
export async function listHistoryNames(actor: Actor, ticketId: string): Promise<HistoryNames> {
  assertCan(actor, "tickets.read");
  const db = await getDb();
  await loadTicket(db, actor, ticketId);
  const ids = (kind: HistoryReferenceKind) => referencedIds(ticketId, historyReferenceFields[kind]);
  const [people, depts, prods] = await Promise.all([
    db.select({ id: users.id, name: users.name }).from(users).where(sql`${users.id} in (${ids("users")})`),
    db.select({ id: departments.id, name: departments.name }).from(departments).where(sql`${departments.id} in (${ids("departments")})`),
    db.select({ id: products.id, name: products.name }).from(products).where(sql`${products.id} in (${ids("products")})`),
  ]);
  const byId = (rows: { id: string; name: string }[]) => Object.fromEntries(rows.map((r) => [r.id, r.name]));
  return { users: byId(people), departments: byId(depts), products: byId(prods) };
}

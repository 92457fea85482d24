import { and, asc, count, desc, eq, gt, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbOrTx } from "@/db";
import { departments, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, isStaffManager, staffRoles } from "@/lib/auth/policy";
import { notFound, parseInput } from "@/lib/errors";
import { likePattern, pageWithTotal, type Page } from "@/lib/pagination";
import { listUsersQuery, type UserView } from "./schemas";

export const userViewColumns = {
  id: users.id,
  username: users.username,
  name: users.name,
  email: users.email,
  phone: users.phone,
  telegramHandle: users.telegramHandle,
  notificationPrefs: users.notificationPrefs,
  role: users.role,
  departmentId: users.departmentId,
  departmentName: departments.name,
  isApproved: users.isApproved,
  isActive: users.isActive,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

/** One user as the app shows it. Everyone may read themselves; admins and managers anyone; others 404. */
export async function getUser(actor: Actor, id: string, tx?: DbOrTx): Promise<UserView> {
  if (actor.id !== id && !isStaffManager(actor)) throw notFound("User");
  if (!z.uuid().safeParse(id).success) throw notFound("User");
  const conn = tx ?? (await getDb());
  const [row] = await conn.select(userViewColumns).from(users).leftJoin(departments, eq(departments.id, users.departmentId)).where(eq(users.id, id));
  if (!row) throw notFound("User");
  return row;
}

const sortColumns = {
  username: sql`lower(${users.username})`,
  name: sql`lower(${users.name})`,
  email: users.email,
  role: users.role,
  department: sql`lower(${departments.name})`,
  createdAt: users.createdAt,
  lastLoginAt: users.lastLoginAt,
};

function statusFilter(status: z.infer<typeof listUsersQuery>["status"]): SQL | undefined {
  switch (status) {
    case "pending":
      return eq(users.isApproved, false);
    case "active":
      return and(eq(users.isApproved, true), eq(users.isActive, true));
    case "inactive":
      return eq(users.isActive, false);
    case "locked":
      return and(isNotNull(users.lockedUntil), gt(users.lockedUntil, sql`now()`));
  }
}

export type UsersQuery = z.infer<typeof listUsersQuery>;

/** The WHERE and ORDER BY of a users query: shared by the paged list and the CSV export. */
export function usersFilter(query: UsersQuery) {
  const where = and(
    query.q
      ? or(
          sql`${users.username} ilike ${likePattern(query.q)}`,
          sql`${users.name} ilike ${likePattern(query.q)}`,
          sql`${users.email} ilike ${likePattern(query.q)}`,
        )
      : undefined,
    query.role ? eq(users.role, query.role) : undefined,
    query.departmentId ? eq(users.departmentId, query.departmentId) : undefined,
    statusFilter(query.status),
  );
  const direction = query.order === "desc" ? desc : asc;
  return { where, orderBy: [sql`${direction(sortColumns[query.sort])} nulls last`, asc(users.id)] };
}

/** A page of users, filtered, searched and sorted in SQL. */
export async function listUsers(actor: Actor, input: unknown): Promise<Page<UserView>> {
  assertCan(actor, "users.list");
  const query = parseInput(listUsersQuery, input ?? {});
  const { where, orderBy } = usersFilter(query);
  const db = await getDb();
  const rows = await db
    .select(userViewColumns)
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(where)
    .orderBy(...orderBy)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const countAll = async () =>
    (await db.select({ n: count() }).from(users).leftJoin(departments, eq(departments.id, users.departmentId)).where(where))[0].n;
  return pageWithTotal(rows, countAll, query.page, query.pageSize);
}

/** Everyone who may be named a department's manager: active admins and managers, by name. A company has few; no page limit. */
export async function listManagerCandidates(actor: Actor): Promise<{ id: string; name: string; username: string }[]> {
  assertCan(actor, "departments.manage");
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name, username: users.username })
    .from(users)
    .where(and(inArray(users.role, [...staffRoles]), eq(users.isActive, true), eq(users.isApproved, true)))
    .orderBy(asc(users.name), asc(users.username));
}

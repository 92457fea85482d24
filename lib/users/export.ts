import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { departments, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { parseInput } from "@/lib/errors";
import { userViewColumns, usersFilter } from "./queries";
import { listUsersQuery } from "./schemas";
import { userStatus } from "./status";

/** Rows beyond this are cut off: an export is a report, not a backup. */
const MAX_ROWS = 50_000;

/**
 * One CSV cell: quoted when needed, and a leading = + - @ (or tab/CR) neutralised with a quote mark,
 * so a spreadsheet never runs a cell as a formula.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (cells: unknown[]) => cells.map(csvCell).join(",") + "\r\n";

const header = ["username", "name", "email", "phone", "telegram", "role", "department", "status", "last_login", "created"];

/** Every user matching the list's filters and sort (pagination ignored), as CSV text. */
export async function exportUsersCsv(actor: Actor, input: unknown): Promise<string> {
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
    .limit(MAX_ROWS);
  return (
    csvRow(header) +
    rows.map((u) => csvRow([u.username, u.name, u.email, u.phone, u.telegramHandle, u.role, u.departmentName, userStatus(u), u.lastLoginAt, u.createdAt])).join("")
  );
}

import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import type { Actor } from "./actor";

/**
 * The actor behind a browser session, read fresh on every request: a deactivated user, or one whose
 * password or role changed since the session began (a bumped session version), gets null.
 */
export async function actorFromSession(userId: string, sessionVersion: number): Promise<Actor | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, username: users.username, name: users.name, role: users.role, departmentId: users.departmentId })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.sessionVersion, sessionVersion), eq(users.isActive, true), eq(users.isApproved, true)));
  return row ?? null;
}

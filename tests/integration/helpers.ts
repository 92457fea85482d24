import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { getDb } from "@/db";
import { departments, users, type Role, type User } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/passwords";
import { AppError, type ErrorCode } from "@/lib/errors";

/** Every helper-made user has this password (hashed once per file: argon2 is slow on purpose). */
export const PASSWORD = "Helper-pass-77";
let passwordHash: Promise<string> | undefined;

export const unique = (prefix: string) => `${prefix}${randomBytes(4).toString("hex")}`;
export const uniqueIp = () => `10.${[0, 0, 0].map(() => randomBytes(1)[0]).join(".")}`;

/** An approved, active user inserted directly; options override any column. */
export async function makeUser(role: Role, departmentId: string | null = null, options: Partial<typeof users.$inferInsert> = {}): Promise<User> {
  passwordHash ??= hashPassword(PASSWORD);
  const username = unique(role.replace("_", "") + "_");
  const db = await getDb();
  const [row] = await db
    .insert(users)
    .values({ username, name: `Test ${username}`, email: `${username}@example.com`, role, departmentId, passwordHash: await passwordHash, isApproved: true, ...options })
    .returning();
  return row;
}

export async function makeDepartment(managerId: string | null = null, options: Partial<typeof departments.$inferInsert> = {}) {
  const db = await getDb();
  const [row] = await db.insert(departments).values({ name: unique("Dept "), managerId, ...options }).returning();
  return row;
}

export const actorOf = (u: User): Actor => ({ id: u.id, username: u.username, name: u.name, role: u.role, departmentId: u.departmentId });

/** The stored row, as the database has it now. */
export async function reload(id: string): Promise<User> {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Test-only: moves a lock into the past, as if 30 minutes went by. */
export async function expireLock(id: string) {
  const db = await getDb();
  await db.update(users).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(users.id, id));
}

/** Awaits a promise that must fail with an AppError of this code; returns the error for more checks. */
export async function rejects(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const error = await promise.then(
    () => expect.unreachable(`expected AppError "${code}", but it succeeded`),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code, (error as AppError).message).toBe(code);
  return error as AppError;
}

/** Names a department's manager (as the admin page does), without going through the domain. */
export async function setManager(departmentId: string, managerId: string) {
  const db = await getDb();
  await db.update(departments).set({ managerId }).where(eq(departments.id, departmentId));
}

/** Test-only: deactivates every admin, so a test controls exactly which admins are active. */
export async function deactivateAllAdmins() {
  const db = await getDb();
  await db.update(users).set({ isActive: false }).where(eq(users.role, "admin"));
}

import { and, count, eq, ne, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { departments, users, type User } from "@/db/schema";
import { diffFields, logActivity } from "@/lib/activity/log";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, passwordMatchesUsername } from "@/lib/auth/passwords";
import { endEverySession } from "@/lib/auth/sessions";
import { assertCan, assertRule, mayApproveRegistration } from "@/lib/auth/policy";
import { AppError, conflict, isForeignKeyViolation, isUniqueViolation, notFound, parseInput } from "@/lib/errors";
import { getUser } from "./queries";
import { createUserSchema, resetPasswordSchema, updateUserSchema, type UserView } from "./schemas";

const usernameTaken = () => new AppError("conflict", "That username is taken", { username: ["That username is taken"] });

/** Locks and returns a user row for the rest of the transaction, or 404. */
export async function lockUser(tx: Tx, id: string): Promise<User> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for("update");
  if (!row) throw notFound("User");
  return row;
}

export async function assertDepartmentExists(tx: Tx, id: string | null | undefined) {
  if (!id) return;
  const [row] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, id));
  if (!row) throw new AppError("invalid", "Some fields are not valid", { departmentId: ["No such department"] });
}

/**
 * Locks every admin row, in id order, before the target row: two admins acting on each other then
 * queue instead of deadlocking, and the second sees the first one's change.
 */
async function lockAdmins(tx: Tx) {
  await tx.select({ id: users.id }).from(users).where(eq(users.role, "admin")).orderBy(users.id).for("update");
}

/** The last active admin must stay one. Call lockAdmins first in the same transaction. */
async function assertAnotherActiveAdmin(tx: Tx, exceptId: string) {
  const [{ n }] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.isActive, true), eq(users.isApproved, true), ne(users.id, exceptId)));
  if (n === 0) throw conflict("This is the last active admin. Make another user an admin first.");
}

/** Inserts a user row, mapping a duplicate username to a field error. */
export async function insertUser(tx: Tx, values: typeof users.$inferInsert): Promise<User> {
  try {
    const [row] = await tx.insert(users).values(values).returning();
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw usernameTaken();
    throw error;
  }
}

const withSavepoint = <T>(tx: Tx, fn: (tx: Tx) => Promise<T>) => tx.transaction(fn);

export async function createUser(actor: Actor, input: unknown): Promise<UserView> {
  assertCan(actor, "users.create");
  const { password, ...data } = parseInput(createUserSchema, input);
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  const id = await db.transaction(async (tx) => {
    await assertDepartmentExists(tx, data.departmentId);
    const row = await withSavepoint(tx, (sp) =>
      insertUser(sp, { ...data, passwordHash, isApproved: true, approvedById: actor.id, approvedAt: new Date() }),
    );
    await logActivity(tx, { entityType: "user", entityId: row.id, actorId: actor.id, action: "user.created", changes: { role: { from: null, to: row.role } } });
    return row.id;
  });
  return getUser(actor, id);
}

export async function updateUser(actor: Actor, id: string, input: unknown): Promise<UserView> {
  assertCan(actor, "users.update");
  const patch = parseInput(updateUserSchema, input);
  const db = await getDb();
  await getUser(actor, id);
  await db.transaction(async (tx) => {
    if ("role" in patch || patch.isActive === false) await lockAdmins(tx);
    const before = await lockUser(tx, id);
    const changes = diffFields(before, patch);
    if (!Object.keys(changes).length) return;
    if (id === actor.id) {
      assertRule(!("role" in changes), "You cannot change your own role.");
      assertRule(!("isActive" in changes), "You cannot deactivate yourself.");
    }
    const losesAdmin = before.role === "admin" && (("role" in changes && patch.role !== "admin") || patch.isActive === false);
    if (losesAdmin) await assertAnotherActiveAdmin(tx, id);
    if ("departmentId" in changes) await assertDepartmentExists(tx, patch.departmentId);
    // A new role or a deactivation must reach the user's very next request, in every open session.
    const endsSessions = "role" in changes || patch.isActive === false;
    await tx
      .update(users)
      .set({ ...patch, updatedAt: new Date(), ...(endsSessions ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}) })
      .where(eq(users.id, id));
    // Personal API tokens go too, so a reactivation does not bring them back.
    if (endsSessions) await endEverySession(tx, id, { apiTokens: true });
    const action = patch.isActive === false && "isActive" in changes ? "user.deactivated" : patch.isActive === true && "isActive" in changes ? "user.reactivated" : "user.updated";
    await logActivity(tx, { entityType: "user", entityId: id, actorId: actor.id, action, changes });
  });
  return getUser(actor, id);
}

export async function deleteUser(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "users.delete");
  await getUser(actor, id);
  assertRule(id !== actor.id, "You cannot delete your own account.");
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockAdmins(tx);
    const target = await lockUser(tx, id);
    if (target.role === "admin") await assertAnotherActiveAdmin(tx, id);
    try {
      await withSavepoint(tx, (sp) => sp.delete(users).where(eq(users.id, id)));
    } catch (error) {
      if (isForeignKeyViolation(error)) {
        throw conflict("This user still owns records. Deactivate the account instead.");
      }
      throw error;
    }
    await logActivity(tx, { entityType: "user", entityId: id, actorId: actor.id, action: "user.deleted", message: target.username });
  });
}

export async function resetPassword(actor: Actor, id: string, input: unknown): Promise<UserView> {
  assertCan(actor, "users.resetPassword");
  const { password } = parseInput(resetPasswordSchema, input);
  await getUser(actor, id);
  assertRule(id !== actor.id, "Use “Change password” on your profile to change your own password.");
  const db = await getDb();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const target = await lockUser(tx, id);
    if (passwordMatchesUsername(password, target.username)) {
      throw new AppError("invalid", "Some fields are not valid", { password: ["Password cannot be the same as the username"] });
    }
    await tx
      .update(users)
      .set({ passwordHash, failedLoginCount: 0, lockedUntil: null, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, id));
    await endEverySession(tx, id, { apiTokens: true });
    await logActivity(tx, { entityType: "user", entityId: id, actorId: actor.id, action: "user.password_reset" });
  });
  return getUser(actor, id);
}

export async function unlockUser(actor: Actor, id: string): Promise<UserView> {
  assertCan(actor, "users.unlock");
  await getUser(actor, id);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const target = await lockUser(tx, id);
    await tx.update(users).set({ failedLoginCount: 0, lockedUntil: null }).where(eq(users.id, id));
    await logActivity(tx, {
      entityType: "user",
      entityId: id,
      actorId: actor.id,
      action: "user.unlocked",
      changes: { lockedUntil: { from: target.lockedUntil, to: null } },
    });
  });
  return getUser(actor, id);
}

/** Approves a self-registered user: an admin, or a manager of the department they registered for. */
export async function approveUser(actor: Actor, id: string): Promise<UserView> {
  assertCan(actor, "users.approve");
  await getUser(actor, id);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const target = await lockUser(tx, id);
    const [department] = target.departmentId
      ? await tx.select({ id: departments.id, managerId: departments.managerId }).from(departments).where(eq(departments.id, target.departmentId))
      : [];
    assertRule(mayApproveRegistration(actor, department), "Only an admin or a manager of this user's department can approve them.");
    if (target.isApproved) throw conflict("This user is already approved.");
    await tx.update(users).set({ isApproved: true, approvedById: actor.id, approvedAt: new Date() }).where(eq(users.id, id));
    await logActivity(tx, { entityType: "user", entityId: id, actorId: actor.id, action: "user.approved", changes: { isApproved: { from: false, to: true } } });
  });
  return getUser(actor, id);
}

import { and, count, desc, eq, gt, isNotNull, sql } from "drizzle-orm";
import { z } from "zod";
import { singleLine } from "@/lib/schemas/text";
import { getDb, type DbOrTx } from "@/db";
import { loginAttempts, users, type User } from "@/db/schema";
import { AppError, parseInput } from "@/lib/errors";
import { getSettings, type Settings } from "@/lib/settings";
import type { Actor } from "./actor";
import { burnPasswordCheck, verifyPassword } from "./passwords";
import { minutesAgo, serialized } from "./rate-limit";

export const loginSchema = z.object({
  username: singleLine("Username is required").trim().min(1, "Username is required").max(100),
  password: singleLine("Password is required").min(1, "Password is required").max(200),
});

export type AuthenticatedUser = Actor & { sessionVersion: number };

const minutesUntil = (date: Date) => Math.max(1, Math.ceil((date.getTime() - Date.now()) / 60_000));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

type LockoutSettings = Pick<Settings, "lockoutThreshold" | "lockoutMinutes">;

/** The error for an account that is locked now. */
export function accountLocked(lockedUntil: Date): AppError {
  return new AppError("locked", `Account locked after too many failed attempts. Try again in ${plural(minutesUntil(lockedUntil), "minute")} or ask an admin or manager to unlock it.`, undefined, {
    lockedUntil: lockedUntil.toISOString(),
  });
}

/** The error for the wrong password that reached the threshold. */
function lockedNow(config: LockoutSettings, lockedUntil: Date): AppError {
  return new AppError("locked", `Account locked for ${plural(config.lockoutMinutes, "minute")} after ${plural(config.lockoutThreshold, "failed attempt")}.`, undefined, {
    lockedUntil: lockedUntil.toISOString(),
  });
}

/** "2 attempts remaining before the account is locked." */
export const attemptsLeft = (remaining: number) => `${plural(remaining, "attempt")} remaining before the account is locked.`;

/** A wrong password, known username or not: the same sentence and the same countdown. */
function wrongPassword(config: LockoutSettings, seriesCount: number, lockedUntil: Date | null): AppError {
  if (seriesCount >= config.lockoutThreshold) return lockedNow(config, lockedUntil ?? new Date(Date.now() + config.lockoutMinutes * 60_000));
  const remaining = config.lockoutThreshold - seriesCount;
  return new AppError("unauthenticated", `Invalid username or password. ${attemptsLeft(remaining)}`, undefined, { attemptsRemaining: remaining });
}

/**
 * Takes the next place in the account's series of wrong passwords, before the password is checked:
 * one conditional UPDATE, so of any number of simultaneous attempts at most the threshold get a place,
 * and the one that takes the last place locks the account at once. An expired lock starts a new series.
 * Returns null while the account is locked (or for an unknown username).
 */
async function reservePasswordCheck(conn: DbOrTx, where: ReturnType<typeof sql>, config: LockoutSettings): Promise<User | null> {
  const next = sql`case when ${users.lockedUntil} is not null then 1 else ${users.failedLoginCount} + 1 end`;
  const [row] = await conn
    .update(users)
    .set({
      failedLoginCount: next,
      lockedUntil: sql`case when ${next} >= ${config.lockoutThreshold} then now() + make_interval(mins => ${config.lockoutMinutes}::int) else null end`,
    })
    .where(and(where, sql`(${users.lockedUntil} is null or ${users.lockedUntil} <= now())`))
    .returning();
  return row ?? null;
}

/**
 * The right password after reservePasswordCheck: clears this attempt and the ones before it from the
 * series. A lock taken meanwhile by a later attempt holds (null answer); the attempt's own lock does not.
 */
async function releaseAfterSuccess(conn: DbOrTx, userId: string, seriesCount: number, extra: Partial<User> = {}) {
  const [row] = await conn
    .update(users)
    .set({
      failedLoginCount: sql`greatest(${users.failedLoginCount} - ${seriesCount}, 0)`,
      lockedUntil: sql`case when ${users.failedLoginCount} = ${seriesCount} then null else ${users.lockedUntil} end`,
      ...extra,
    })
    .where(and(eq(users.id, userId), sql`(${users.lockedUntil} is null or ${users.lockedUntil} <= now() or ${users.failedLoginCount} = ${seriesCount})`))
    .returning({ id: users.id });
  return !!row;
}

/**
 * Counts a wrong current password of a password change against the account, and locks it once the
 * threshold is reached: a borrowed session is no password oracle. Answers the error to throw.
 */
export async function checkCurrentPassword(conn: DbOrTx, userId: string, password: string): Promise<AppError | null> {
  const config = await getSettings();
  const reserved = await reservePasswordCheck(conn, eq(users.id, userId), config);
  if (!reserved) {
    const [row] = await conn.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, userId));
    return row?.lockedUntil ? accountLocked(row.lockedUntil) : new AppError("unauthenticated", "Sign in again.");
  }
  if (await verifyPassword(reserved.passwordHash, password)) {
    if (await releaseAfterSuccess(conn, userId, reserved.failedLoginCount)) return null;
    const [row] = await conn.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, userId));
    return accountLocked(row?.lockedUntil ?? new Date());
  }
  const error = wrongPassword(config, reserved.failedLoginCount, reserved.lockedUntil);
  if (error.code === "locked") return error;
  return new AppError("invalid", "Some fields are not valid", { currentPassword: [`Current password is wrong. ${attemptsLeft(config.lockoutThreshold - reserved.failedLoginCount)}`] });
}

const rateLimited = (config: Settings) =>
  new AppError("rate_limited", `Too many failed sign-in attempts from your network. Try again in ${plural(config.ipLoginWindowMinutes, "minute")}.`);

/**
 * Records the attempt before anything is checked, under a lock per address: of simultaneous
 * attempts from one address exactly as many as the limit allows get through. The row counts as a
 * failure until the attempt succeeds. Answers the row's id.
 */
async function recordIpAttempt(db: DbOrTx, ip: string, username: string, config: Settings): Promise<number> {
  return serialized(db, `login-ip:${ip}`, async (tx) => {
    const [{ failures }] = await tx
      .select({ failures: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.at, minutesAgo(config.ipLoginWindowMinutes))));
    if (failures >= config.ipLoginLimit) throw rateLimited(config);
    const [row] = await tx.insert(loginAttempts).values({ username, ip, success: false }).returning({ id: loginAttempts.id });
    return row.id;
  });
}

/**
 * An unknown username keeps a series too, in login_attempts, so its answers are those of a known
 * account: the countdown, the lock after the threshold, the lock's end. Returns the error to throw.
 */
async function unknownUsername(db: DbOrTx, attemptId: number, username: string, password: string, config: LockoutSettings): Promise<AppError> {
  const outcome = await serialized(db, `login-name:${username}`, async (tx): Promise<{ locked: Date } | { seriesCount: number }> => {
    const [last] = await tx
      .select({ seriesCount: loginAttempts.seriesCount, at: loginAttempts.at })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.username, username), isNotNull(loginAttempts.seriesCount)))
      .orderBy(desc(loginAttempts.at), desc(loginAttempts.id))
      .limit(1);
    const lockedUntil = last && last.seriesCount! >= config.lockoutThreshold ? new Date(last.at.getTime() + config.lockoutMinutes * 60_000) : null;
    if (lockedUntil && lockedUntil > new Date()) return { locked: lockedUntil };
    const seriesCount = !last || lockedUntil ? 1 : last.seriesCount! + 1;
    await tx.update(loginAttempts).set({ seriesCount, at: sql`now()` }).where(eq(loginAttempts.id, attemptId));
    return { seriesCount };
  });
  if ("locked" in outcome) return accountLocked(outcome.locked);
  await burnPasswordCheck(password);
  return wrongPassword(config, outcome.seriesCount, null);
}

/**
 * Checks a username and password with every rule of SPEC §1, in this order: the per-IP limit (so one
 * address cannot lock accounts faster than it may guess), the lockout (423 even for the right
 * password), the password, pending approval and deactivation. Every attempt is recorded before its
 * password is checked. Throws AppError; returns the user on success.
 */
export async function authenticate(input: unknown, ip: string): Promise<AuthenticatedUser> {
  const { username: typed, password } = parseInput(loginSchema, input);
  const username = typed.toLowerCase();
  const db = await getDb();
  const config = await getSettings();
  const attemptId = await recordIpAttempt(db, ip, username, config);
  const record = (values: { success?: boolean; seriesCount?: number }) => db.update(loginAttempts).set(values).where(eq(loginAttempts.id, attemptId));

  const byName = sql`lower(${users.username}) = ${username}`;
  const user = await reservePasswordCheck(db, byName, config);
  if (!user) {
    const [existing] = await db.select({ lockedUntil: users.lockedUntil }).from(users).where(byName);
    if (!existing) throw await unknownUsername(db, attemptId, username, password, config);
    throw accountLocked(existing.lockedUntil ?? new Date());
  }
  const seriesCount = user.failedLoginCount;
  await record({ seriesCount });

  if (!(await verifyPassword(user.passwordHash, password))) throw wrongPassword(config, seriesCount, user.lockedUntil);

  const open = user.isApproved && user.isActive;
  if (!(await releaseAfterSuccess(db, user.id, seriesCount, open ? { lastLoginAt: new Date() } : {}))) {
    const [now] = await db.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, user.id));
    throw accountLocked(now?.lockedUntil ?? new Date());
  }
  if (!user.isApproved) throw new AppError("forbidden", "Your account is pending approval by an admin or your department's manager.");
  if (!user.isActive) throw new AppError("forbidden", "This account has been deactivated. Contact an admin.");

  await record({ success: true });
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    role: user.role,
    departmentId: user.departmentId,
    sessionVersion: user.sessionVersion,
  };
}

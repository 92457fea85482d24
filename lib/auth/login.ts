import { and, count, eq, gt, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbOrTx } from "@/db";
import { loginAttempts, users } from "@/db/schema";
import { AppError, parseInput } from "@/lib/errors";
import { getSettings, type Settings } from "@/lib/settings";
import type { Actor } from "./actor";
import { burnPasswordCheck, verifyPassword } from "./passwords";

export const loginSchema = z.object({
  username: z.string({ error: "Username is required" }).trim().min(1, "Username is required").max(100),
  password: z.string({ error: "Password is required" }).min(1, "Password is required").max(200),
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

/**
 * Counts a wrong password against the account — at sign-in, or as the current password of a password
 * change — and locks it once the threshold is reached. Answers the lock error, or the attempts left.
 */
export async function countPasswordFailure(conn: DbOrTx, userId: string, config: LockoutSettings): Promise<{ locked: AppError } | { remaining: number }> {
  // One statement, so simultaneous failures all count. An expired lock starts a new series;
  // a lock set meanwhile by a concurrent failure stays.
  const expired = sql`(${users.lockedUntil} is not null and ${users.lockedUntil} <= now())`;
  const failed = sql`case when ${expired} then 1 else ${users.failedLoginCount} + 1 end`;
  const [after] = await conn
    .update(users)
    .set({
      failedLoginCount: failed,
      lockedUntil: sql`case when ${failed} >= ${config.lockoutThreshold} then now() + make_interval(mins => ${config.lockoutMinutes}::int)
        when ${expired} then null else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, userId))
    .returning({ failed: users.failedLoginCount, lockedUntil: users.lockedUntil });
  if (!after.lockedUntil) return { remaining: config.lockoutThreshold - after.failed };
  const locked = new AppError("locked", `Account locked for ${plural(config.lockoutMinutes, "minute")} after ${plural(config.lockoutThreshold, "failed attempt")}.`, undefined, {
    lockedUntil: after.lockedUntil.toISOString(),
  });
  return { locked };
}

/** "2 attempts remaining before the account is locked." */
export const attemptsLeft = (remaining: number) => `${plural(remaining, "attempt")} remaining before the account is locked.`;

/**
 * Checks a username and password with every rule of SPEC §1: the per-IP limit, the lockout after
 * repeated failures (423 even for the right password), pending approval and deactivation.
 * Every attempt is recorded. Throws AppError; returns the user on success.
 */
export async function authenticate(input: unknown, ip: string): Promise<AuthenticatedUser> {
  const { username, password } = parseInput(loginSchema, input);
  const db = await getDb();
  const config = await getSettings();

  const windowStart = new Date(Date.now() - config.ipLoginWindowMinutes * 60_000);
  const [{ failures }] = await db
    .select({ failures: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.at, windowStart)));
  if (failures >= config.ipLoginLimit) {
    throw new AppError("rate_limited", `Too many failed sign-in attempts from your network. Try again in ${plural(config.ipLoginWindowMinutes, "minute")}.`);
  }

  const record = (success: boolean) => db.insert(loginAttempts).values({ username: username.toLowerCase(), ip, success });

  const [user] = await db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`);
  if (!user) {
    await burnPasswordCheck(password);
    await record(false);
    throw new AppError("unauthenticated", "Invalid username or password.");
  }

  if (user.lockedUntil && user.lockedUntil > new Date()) {
    await record(false);
    throw accountLocked(user.lockedUntil);
  }

  if (!(await verifyPassword(user.passwordHash, password))) {
    await record(false);
    const failure = await countPasswordFailure(db, user.id, config);
    if ("locked" in failure) throw failure.locked;
    throw new AppError("unauthenticated", `Invalid username or password. ${attemptsLeft(failure.remaining)}`, undefined, { attemptsRemaining: failure.remaining });
  }

  if (!user.isApproved) {
    await record(false);
    throw new AppError("forbidden", "Your account is pending approval by an admin or your department's manager.");
  }
  if (!user.isActive) {
    await record(false);
    throw new AppError("forbidden", "This account has been deactivated. Contact an admin.");
  }

  await record(true);
  await db.update(users).set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() }).where(eq(users.id, user.id));
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    role: user.role,
    departmentId: user.departmentId,
    sessionVersion: user.sessionVersion,
  };
}

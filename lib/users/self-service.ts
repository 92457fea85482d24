import { and, asc, count, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { departments, registrationAttempts, users } from "@/db/schema";
import { diffFields, logActivity } from "@/lib/activity/log";
import type { Actor } from "@/lib/auth/actor";
import { checkCurrentPassword } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/passwords";
import { endEverySession } from "@/lib/auth/sessions";
import { assertCan } from "@/lib/auth/policy";
import { AppError, parseInput } from "@/lib/errors";
import { minutesAgo, serialized } from "@/lib/auth/rate-limit";
import { getSettings, type Settings } from "@/lib/settings";
import { assertDepartmentExists, insertUser, lockUser } from "./commands";
import { getUser } from "./queries";
import { changePasswordSchema, profileSchema, registerSchema, type RegistrationOptions } from "./schemas";

export type Registration = { id: string; username: string; isApproved: false };

/**
 * Counts a registration attempt from this address before anything else, under a lock per address,
 * and refuses once the address has used up its attempts of the window (the sign-in window).
 */
async function recordRegistrationAttempt(ip: string, config: Settings) {
  const db = await getDb();
  await serialized(db, `register-ip:${ip}`, async (tx) => {
    const [{ n }] = await tx
      .select({ n: count() })
      .from(registrationAttempts)
      .where(and(eq(registrationAttempts.ip, ip), gt(registrationAttempts.at, minutesAgo(config.ipLoginWindowMinutes))));
    if (n >= config.ipRegistrationLimit) {
      throw new AppError("rate_limited", `Too many registrations from your network. Try again in ${config.ipLoginWindowMinutes} minutes.`);
    }
    await tx.insert(registrationAttempts).values({ ip });
  });
}

/** Self-registration: an unapproved member who cannot sign in until approved. Limited per address. */
export async function registerUser(input: unknown, ip: string): Promise<Registration> {
  const config = await getSettings();
  if (!config.registrationEnabled) throw new AppError("forbidden", "Registration is switched off. Ask an admin for an account.");
  await recordRegistrationAttempt(ip, config);
  const { password, passwordConfirm: _confirm, ...data } = parseInput(registerSchema, input);
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertDepartmentExists(tx, data.departmentId);
    const row = await tx.transaction((sp) => insertUser(sp, { ...data, role: "member", passwordHash, isApproved: false }));
    await logActivity(tx, { entityType: "user", entityId: row.id, actorId: null, action: "user.registered" });
    return { id: row.id, username: row.username, isApproved: false as const };
  });
}

/** What a registration form needs, for anyone: whether it is open and which departments to choose from. */
export async function registrationOptions(): Promise<RegistrationOptions> {
  const { registrationEnabled } = await getSettings();
  if (!registrationEnabled) return { registrationEnabled, departments: [] };
  const db = await getDb();
  const rows = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .orderBy(asc(sql`lower(${departments.name})`));
  return { registrationEnabled, departments: rows };
}

/** jsonb does not keep key order, so compare preferences with sorted kinds and channels. */
const canonicalPrefs = (prefs: Record<string, string[]>) =>
  JSON.stringify(Object.keys(prefs).sort().map((kind) => [kind, [...prefs[kind]].sort()]));

/** Your own name, email, phone, Telegram handle and notification preferences. Role, approval and active flag are not here. */
export async function updateProfile(actor: Actor, input: unknown) {
  assertCan(actor, "profile.update");
  const patch = parseInput(profileSchema, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const before = await lockUser(tx, actor.id);
    const { notificationPrefs: given, ...fields } = patch;
    const changes = diffFields(before, fields);
    // The kinds given replace theirs; every other kind keeps what it had, as with the other fields.
    const notificationPrefs = given && { ...(before.notificationPrefs ?? {}), ...given };
    // jsonb: compare by value, not by reference.
    if (notificationPrefs && canonicalPrefs(notificationPrefs) !== canonicalPrefs(before.notificationPrefs ?? {})) {
      changes.notificationPrefs = { from: before.notificationPrefs ?? {}, to: notificationPrefs };
    }
    if (!Object.keys(changes).length) return;
    await tx
      .update(users)
      .set({ ...fields, ...(notificationPrefs ? { notificationPrefs } : {}), updatedAt: new Date() })
      .where(eq(users.id, actor.id));
    await logActivity(tx, { entityType: "user", entityId: actor.id, actorId: actor.id, action: "user.profile_updated", changes });
  });
  return getUser(actor, actor.id);
}

/**
 * Needs the current password (guessed under the same lockout as a sign-in). Ends every session and
 * login of the user, this one included; personal API tokens too unless revokeApiTokens is false.
 */
export async function changePassword(actor: Actor, input: unknown): Promise<void> {
  assertCan(actor, "profile.update");
  const { currentPassword, newPassword, revokeApiTokens } = parseInput(changePasswordSchema, input);
  const db = await getDb();
  const [me] = await db.select({ username: users.username }).from(users).where(eq(users.id, actor.id));
  if (!me) throw new AppError("unauthenticated", "Sign in again.");
  const refused = await checkCurrentPassword(db, actor.id, currentPassword);
  if (refused) throw refused;
  if (newPassword.toLowerCase() === me.username.toLowerCase()) {
    throw new AppError("invalid", "Some fields are not valid", { newPassword: ["Password cannot be the same as the username"] });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, failedLoginCount: 0, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, actor.id));
    await endEverySession(tx, actor.id, { apiTokens: revokeApiTokens });
    await logActivity(tx, { entityType: "user", entityId: actor.id, actorId: actor.id, action: "user.password_changed", ...(revokeApiTokens ? { message: "personal API tokens revoked" } : {}) });
  });
}

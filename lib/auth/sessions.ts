import { and, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbOrTx } from "@/db";
import { authTokens, sessions, users, type TokenKind } from "@/db/schema";
import { notFound } from "@/lib/errors";
import type { Actor } from "./actor";
import { assertCan } from "./policy";

/** A browser session lasts a week from its last use (as the session cookie does). */
export const BROWSER_SESSION_TTL_MS = 7 * 24 * 3_600_000;
/** An API login lasts as long as its refresh token, renewed on each refresh. */
export const API_SESSION_TTL_MS = 30 * 24 * 3_600_000;

export type SessionMeta = { ip: string; userAgent: string | null };

const ttlOf = { browser: BROWSER_SESSION_TTL_MS, api: API_SESSION_TTL_MS } as const;
const inFuture = (ms: number) => new Date(Date.now() + ms);

/** Records a new sign-in; its id goes into the session cookie, or onto the login's tokens. */
export async function startSession(userId: string, kind: "browser" | "api", meta: SessionMeta): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .insert(sessions)
    .values({ userId, kind, ip: meta.ip, userAgent: meta.userAgent?.slice(0, 400) || null, expiresAt: inFuture(ttlOf[kind]) })
    .returning({ id: sessions.id });
  return row.id;
}

const live = and(isNull(sessions.revokedAt), gt(sessions.expiresAt, sql`now()`));
const isUuid = (id: unknown): id is string => z.uuid().safeParse(id).success;

/** Marks a session as used now, once a minute at most, and keeps it alive for another period. */
export async function touchSession(conn: DbOrTx, id: string, kind: "browser" | "api", lastSeenAt: Date) {
  if (Date.now() - lastSeenAt.getTime() < 60_000) return;
  await conn.update(sessions).set({ lastSeenAt: new Date(), expiresAt: inFuture(ttlOf[kind]) }).where(eq(sessions.id, id));
}

/**
 * The actor behind a browser session id, read fresh on every request: null once the session was
 * ended (sign-out, "sign out everywhere", password, role or active change) or expired.
 */
export async function actorFromSessionId(sessionId: unknown): Promise<Actor | null> {
  if (!isUuid(sessionId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, username: users.username, name: users.name, role: users.role, departmentId: users.departmentId, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), eq(sessions.kind, "browser"), live, eq(users.isActive, true), eq(users.isApproved, true)));
  if (!row) return null;
  await touchSession(db, sessionId, "browser", row.lastSeenAt);
  const { lastSeenAt: _seen, ...actor } = row;
  return actor;
}

/**
 * Ends sessions and the tokens of their logins in one go. With apiTokens, the user's personal API
 * tokens too. Used by sign-out and by every change that must end a user's access.
 */
async function revoke(conn: DbOrTx, userId: string, sessionIds: string[] | "all", apiTokens = false) {
  const now = new Date();
  const which = sessionIds === "all" ? undefined : inArray(sessions.id, sessionIds);
  if (sessionIds !== "all" && !sessionIds.length) return [];
  const ended = await conn
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), which))
    .returning({ id: sessions.id });
  const kinds: TokenKind[] = apiTokens ? ["access", "refresh", "api"] : ["access", "refresh"];
  const tokenScope = sessionIds === "all" ? inArray(authTokens.kind, kinds) : inArray(authTokens.familyId, sessionIds);
  await conn.update(authTokens).set({ revokedAt: now }).where(and(eq(authTokens.userId, userId), isNull(authTokens.revokedAt), tokenScope));
  return ended;
}

/** A password reset, a deactivation or a role change: every session and login of the user ends. */
export function endEverySession(conn: DbOrTx, userId: string, options: { apiTokens: boolean }) {
  return revoke(conn, userId, "all", options.apiTokens);
}

/** Sign-out of one browser session (the cookie's), by whoever holds it. */
export async function endSessionById(sessionId: unknown): Promise<void> {
  if (!isUuid(sessionId)) return;
  const db = await getDb();
  await db.update(sessions).set({ revokedAt: new Date() }).where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Ends one login's session row, found from its token family (API logout and refresh-token theft). */
export async function endLogin(conn: DbOrTx, familyId: string) {
  await conn.update(sessions).set({ revokedAt: new Date() }).where(and(eq(sessions.id, familyId), isNull(sessions.revokedAt)));
}

export const sessionSchema = z.object({
  id: z.uuid(),
  kind: z.enum(["browser", "api"]).meta({ description: "browser: a signed-in browser; api: a login through POST /auth/login" }),
  ip: z.string(),
  userAgent: z.string().nullable(),
  createdAt: z.date(),
  lastSeenAt: z.date(),
  current: z.boolean().meta({ description: "The session this request comes from" }),
});
export type SessionView = z.infer<typeof sessionSchema>;

/** Your signed-in browsers and API logins, most recently used first. */
export async function listSessions(actor: Actor, currentId?: string | null): Promise<SessionView[]> {
  assertCan(actor, "profile.update");
  const db = await getDb();
  const rows = await db
    .select({ id: sessions.id, kind: sessions.kind, ip: sessions.ip, userAgent: sessions.userAgent, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .where(and(eq(sessions.userId, actor.id), live))
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((r) => ({ ...r, current: r.id === currentId }));
}

/** Ends one of your own sessions: that browser is signed out, or that login's tokens stop working. */
export async function revokeSession(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "profile.update");
  if (!isUuid(id)) throw notFound("Session");
  const db = await getDb();
  const ended = await db.transaction((tx) => revoke(tx, actor.id, [id]));
  if (!ended.length) throw notFound("Session");
}

/** "Sign out everywhere": every browser session and API login of yours, this one included. */
export async function revokeAllSessions(actor: Actor): Promise<void> {
  assertCan(actor, "profile.update");
  const db = await getDb();
  await db.transaction((tx) => revoke(tx, actor.id, "all"));
}

import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { singleLine } from "@/lib/schemas/text";
import { getDb } from "@/db";
import { authTokens, users, type TokenKind } from "@/db/schema";
import { AppError, notFound, parseInput } from "@/lib/errors";
import type { Actor } from "./actor";
import type { AuthenticatedUser } from "./login";
import { assertCan } from "./policy";
import { DEFAULT_TOKEN_DAYS } from "./token-expiry";
import { endLogin, startSession, touchSession, type SessionMeta } from "./sessions";

const ACCESS_TTL_MS = 15 * 60_000;
const REFRESH_TTL_MS = 30 * 24 * 3_600_000;
const prefixes: Record<TokenKind, string> = { access: "cd_at_", refresh: "cd_rt_", api: "cd_pat_" };

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const newSecret = (kind: TokenKind) => prefixes[kind] + randomBytes(32).toString("base64url");
const invalidToken = () => new AppError("unauthenticated", "Invalid or expired token. Sign in again.");

export type TokenPair = { access: string; refresh: string; accessExpiresAt: Date; refreshExpiresAt: Date };

async function insertToken(kind: TokenKind, userId: string, sessionVersion: number, ttlMs: number | null, extra: { familyId?: string; name?: string } = {}) {
  const secret = newSecret(kind);
  const expiresAt = ttlMs === null ? null : new Date(Date.now() + ttlMs);
  const db = await getDb();
  const [row] = await db
    .insert(authTokens)
    .values({ kind, userId, sessionVersion, expiresAt, tokenHash: sha256(secret), prefix: secret.slice(0, prefixes[kind].length + 4), ...extra })
    .returning();
  return { secret, row };
}

async function issuePair(userId: string, sessionVersion: number, familyId: string): Promise<TokenPair> {
  const access = await insertToken("access", userId, sessionVersion, ACCESS_TTL_MS, { familyId });
  const refresh = await insertToken("refresh", userId, sessionVersion, REFRESH_TTL_MS, { familyId });
  return { access: access.secret, refresh: refresh.secret, accessExpiresAt: access.row.expiresAt!, refreshExpiresAt: refresh.row.expiresAt! };
}

/**
 * A short-lived access token and a refresh token for a user who just authenticated. The login is a
 * session (listed on the profile, ended from there); its tokens carry the session's id as family.
 */
export async function issueTokens(user: AuthenticatedUser, meta: SessionMeta = { ip: "unknown", userAgent: null }): Promise<TokenPair> {
  return issuePair(user.id, user.sessionVersion, await startSession(user.id, "api", meta));
}

export const refreshSchema = z.object({ refresh: singleLine("refresh token is required").min(1, "refresh token is required") });

/**
 * Trades a refresh token for a new pair. A refresh token works once: presenting a used one again
 * means it was stolen, so the whole family (every token of that login) is revoked.
 */
export async function refreshTokens(input: unknown): Promise<TokenPair> {
  const { refresh } = parseInput(refreshSchema, input);
  const db = await getDb();
  const [row] = await db
    .update(authTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(authTokens.tokenHash, sha256(refresh)), eq(authTokens.kind, "refresh"), isNull(authTokens.revokedAt)))
    .returning();
  if (!row) {
    const [used] = await db.select({ familyId: authTokens.familyId }).from(authTokens).where(eq(authTokens.tokenHash, sha256(refresh)));
    if (used?.familyId) await revokeFamily(used.familyId);
    throw invalidToken();
  }
  if (!row.expiresAt || row.expiresAt < new Date()) throw invalidToken();
  const [user] = await db.select().from(users).where(eq(users.id, row.userId));
  if (!user || !user.isActive || !user.isApproved || user.sessionVersion !== row.sessionVersion) {
    await revokeFamily(row.familyId!);
    throw invalidToken();
  }
  await touchSession(db, row.familyId!, "api", new Date(0));
  return issuePair(user.id, user.sessionVersion, row.familyId!);
}

async function revokeFamily(familyId: string) {
  const db = await getDb();
  await db.update(authTokens).set({ revokedAt: new Date() }).where(and(eq(authTokens.familyId, familyId), isNull(authTokens.revokedAt)));
  await endLogin(db, familyId);
}

/** Logout: revokes every token of the login the given access or refresh token belongs to. */
export async function revokeLogin(token: string): Promise<void> {
  const db = await getDb();
  const [row] = await db.select({ familyId: authTokens.familyId, kind: authTokens.kind }).from(authTokens).where(eq(authTokens.tokenHash, sha256(token)));
  if (!row || row.kind === "api" || !row.familyId) throw invalidToken();
  await revokeFamily(row.familyId);
}

/**
 * The actor behind a bearer token (access or personal API token), or null. The user is read fresh:
 * a deactivated user, or a session version bumped by a password or role change, ends access tokens.
 */
export async function actorFromBearer(token: string): Promise<Actor | null> {
  const kind = token.startsWith(prefixes.access) ? "access" : token.startsWith(prefixes.api) ? "api" : null;
  if (!kind) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      tokenId: authTokens.id,
      expiresAt: authTokens.expiresAt,
      tokenVersion: authTokens.sessionVersion,
      lastUsedAt: authTokens.lastUsedAt,
      id: users.id,
      username: users.username,
      name: users.name,
      role: users.role,
      departmentId: users.departmentId,
      sessionVersion: users.sessionVersion,
    })
    .from(authTokens)
    .innerJoin(users, eq(users.id, authTokens.userId))
    .where(
      and(
        eq(authTokens.tokenHash, sha256(token)),
        eq(authTokens.kind, kind),
        isNull(authTokens.revokedAt),
        eq(users.isActive, true),
        eq(users.isApproved, true),
      ),
    );
  if (!row) return null;
  if (row.expiresAt && row.expiresAt < new Date()) return null;
  if (kind === "access" && row.tokenVersion !== row.sessionVersion) return null;
  // Personal tokens show when they were last used; once a minute is precise enough.
  if (kind === "api" && (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000)) {
    await db.update(authTokens).set({ lastUsedAt: new Date() }).where(eq(authTokens.id, row.tokenId));
  }
  return { id: row.id, username: row.username, name: row.name, role: row.role, departmentId: row.departmentId };
}

export const createApiTokenSchema = z.object({
  name: singleLine("Name is required").trim().min(1, "Name is required").max(80, "Name is too long"),
  expiresInDays: z
    .union([z.null(), z.coerce.number().int().min(1, "At least 1 day").max(3650, "At most 10 years")])
    .default(DEFAULT_TOKEN_DAYS)
    .meta({ description: `Days until the token stops working (default ${DEFAULT_TOKEN_DAYS}); null: never` }),
});

export const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string().nullable(),
  prefix: z.string(),
  createdAt: z.date(),
  expiresAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
});
export type ApiTokenView = z.infer<typeof apiTokenSchema>;

const tokenView = {
  id: authTokens.id,
  name: authTokens.name,
  prefix: authTokens.prefix,
  createdAt: authTokens.createdAt,
  expiresAt: authTokens.expiresAt,
  lastUsedAt: authTokens.lastUsedAt,
};

/** Creates a personal API token. The secret is returned once and only its hash is kept. */
export async function createApiToken(actor: Actor, input: unknown): Promise<ApiTokenView & { token: string }> {
  assertCan(actor, "apiTokens.manage");
  const { name, expiresInDays } = parseInput(createApiTokenSchema, input);
  const { secret, row } = await insertToken("api", actor.id, 0, expiresInDays ? expiresInDays * 86_400_000 : null, { name });
  return { token: secret, id: row.id, name: row.name, prefix: row.prefix, createdAt: row.createdAt, expiresAt: row.expiresAt, lastUsedAt: null };
}

/** The live personal API tokens of one user. Callers authorise. */
export async function apiTokensOf(userId: string): Promise<ApiTokenView[]> {
  const db = await getDb();
  return db
    .select(tokenView)
    .from(authTokens)
    .where(and(eq(authTokens.userId, userId), eq(authTokens.kind, "api"), isNull(authTokens.revokedAt), sql`(${authTokens.expiresAt} is null or ${authTokens.expiresAt} > now())`))
    .orderBy(desc(authTokens.createdAt));
}

/** Revokes one personal API token of one user, or 404. Callers authorise. */
export async function revokeApiTokenOf(userId: string, id: string): Promise<void> {
  if (!z.uuid().safeParse(id).success) throw notFound("Token");
  const db = await getDb();
  const revoked = await db
    .update(authTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(authTokens.id, id), eq(authTokens.userId, userId), eq(authTokens.kind, "api"), isNull(authTokens.revokedAt)))
    .returning({ id: authTokens.id });
  if (!revoked.length) throw notFound("Token");
}

export async function listApiTokens(actor: Actor): Promise<ApiTokenView[]> {
  assertCan(actor, "apiTokens.manage");
  return apiTokensOf(actor.id);
}

export async function revokeApiToken(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "apiTokens.manage");
  await revokeApiTokenOf(actor.id, id);
}

import { bigserial, boolean, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    username: text("username").notNull(),
    ip: text("ip").notNull(),
    success: boolean("success").notNull(),
    // The attempt's place in the account's series of wrong passwords when its password was checked
    // (null when it was refused before: rate limit, lock). Unknown usernames keep their series here.
    seriesCount: integer("series_count"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("login_attempts_ip_at_idx").on(t.ip, t.at), index("login_attempts_username_at_idx").on(t.username, t.at)],
);

/** Every registration attempt, for the per-IP limit. */
export const registrationAttempts = pgTable(
  "registration_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    ip: text("ip").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("registration_attempts_ip_at_idx").on(t.ip, t.at)],
);

export const sessionKindEnum = pgEnum("session_kind", ["browser", "api"]);

/**
 * One sign-in: a browser session (its id is in the session cookie) or an API login (its access and
 * refresh tokens carry it as familyId). Ending the row ends the sign-in wherever its cookie or tokens went.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: sessionKindEnum("kind").notNull(),
    ip: text("ip").notNull(),
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export type Session = typeof sessions.$inferSelect;

export const tokenKindEnum = pgEnum("token_kind", ["access", "refresh", "api"]);

/** Bearer tokens of every kind; only a SHA-256 of the secret is stored. */
export const authTokens = pgTable(
  "auth_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: tokenKindEnum("kind").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    // Access and refresh tokens from one login share a family: reuse of a rotated refresh token revokes it.
    familyId: uuid("family_id"),
    name: text("name"),
    prefix: text("prefix").notNull(),
    sessionVersion: integer("session_version").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("auth_tokens_user_kind_idx").on(t.userId, t.kind), index("auth_tokens_family_idx").on(t.familyId)],
);

export type AuthToken = typeof authTokens.$inferSelect;
export type TokenKind = (typeof tokenKindEnum.enumValues)[number];

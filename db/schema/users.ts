import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { departments } from "./departments";

export const roleEnum = pgEnum("user_role", ["admin", "manager", "member", "sales_agent", "technician"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    username: text("username").notNull(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    phone: text("phone"),
    telegramHandle: text("telegram_handle"),
    role: roleEnum("role").notNull().default("member"),
    departmentId: uuid("department_id").references(() => departments.id, { onDelete: "set null" }),
    passwordHash: text("password_hash").notNull(),
    isApproved: boolean("is_approved").notNull().default(false),
    approvedById: uuid("approved_by_id"),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    isActive: boolean("is_active").notNull().default(true),
    failedLoginCount: integer("failed_login_count").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    // Bumped by a password change, role change or deactivation: older sessions and tokens stop working.
    sessionVersion: integer("session_version").notNull().default(1),
    notificationPrefs: jsonb("notification_prefs").$type<Record<string, string[]>>().notNull().default({}),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_username_lower_idx").on(sql`lower(${t.username})`),
    index("users_department_idx").on(t.departmentId),
    index("users_created_at_idx").on(t.createdAt),
    index("users_name_lower_idx").on(sql`lower(${t.name})`),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Role = (typeof roleEnum.enumValues)[number];
export const roles = roleEnum.enumValues;

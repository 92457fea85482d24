import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/**
 * Append-only history of every action on every kind of record (users, tickets, jobs …).
 * A trigger (migration 0001) refuses UPDATE and DELETE. actor_id has no foreign key so that
 * history outlives the people in it.
 */
export const activityLog = pgTable(
  "activity_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    actorId: uuid("actor_id"),
    action: text("action").notNull(),
    changes: jsonb("changes").$type<FieldChanges>().notNull().default({}),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>(),
    message: text("message"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("activity_entity_idx").on(t.entityType, t.entityId, t.createdAt),
    index("activity_actor_idx").on(t.actorId, t.createdAt),
    index("activity_created_at_idx").on(t.createdAt),
  ],
);

export type ActivityEntry = typeof activityLog.$inferSelect;

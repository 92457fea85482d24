import { type AnyPgColumn, foreignKey, index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { tickets } from "./tickets";
import { users } from "./users";

export const COMMENT_BODY_MAX = 10_000;

/**
 * A comment on a ticket (markdown), optionally a reply to another comment of the same ticket. The
 * parent is referenced by (ticket_id, parent_id) → (ticket_id, id), so the database itself refuses a
 * parent from another ticket. Comments go with their ticket (cascade); an author who owns comments is
 * deactivated, not deleted (restrict, like tickets).
 */
export const ticketComments = pgTable(
  "ticket_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    parentId: uuid("parent_id"),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp("edited_at", { withTimezone: true }),
  },
  (t) => [
    unique("ticket_comments_ticket_id_id_key").on(t.ticketId, t.id),
    foreignKey({
      name: "ticket_comments_parent_same_ticket_fk",
      columns: [t.ticketId, t.parentId],
      foreignColumns: [t.ticketId, t.id] as [AnyPgColumn, AnyPgColumn],
    }).onDelete("cascade"),
    index("ticket_comments_ticket_created_idx").on(t.ticketId, t.createdAt),
    index("ticket_comments_parent_idx").on(t.parentId),
    index("ticket_comments_author_idx").on(t.authorId),
  ],
);

export type TicketComment = typeof ticketComments.$inferSelect;
export type NewTicketComment = typeof ticketComments.$inferInsert;

import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * A list's filter set, named and kept by one user ("My urgent work"). `list` names the list
 * ("tickets"); `query` is the list's URL query without the page, so opening a view is following a
 * link. Views are private to their owner and go with them.
 */
export const savedViews = pgTable(
  "saved_views",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    list: text("list").notNull(),
    name: text("name").notNull(),
    query: text("query").notNull().default(""),
    pinned: boolean("pinned").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("saved_views_user_list_name_idx").on(t.userId, t.list, t.name), index("saved_views_user_pinned_idx").on(t.userId, t.pinned)],
);

export type SavedView = typeof savedViews.$inferSelect;

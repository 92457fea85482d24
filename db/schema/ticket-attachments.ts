import { bigint, index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { tickets } from "./tickets";
import { users } from "./users";

/**
 * A file attached to a ticket. The bytes live in storage (lib/storage) under `storageKey`, a random
 * name the server generates — never derived from `originalName`, which is kept only for display and
 * the download's filename. `contentType` is what the bytes are (detected), not what the client said.
 * Attachments go with their ticket (cascade); an uploader is deactivated, not deleted (restrict).
 */
export const ticketAttachments = pgTable(
  "ticket_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    uploaderId: uuid("uploader_id")
      .notNull()
      .references(() => users.id),
    originalName: text("original_name").notNull(),
    storageKey: text("storage_key").notNull(),
    contentType: text("content_type").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("ticket_attachments_storage_key_key").on(t.storageKey),
    index("ticket_attachments_ticket_created_idx").on(t.ticketId, t.createdAt),
    index("ticket_attachments_uploader_idx").on(t.uploaderId),
  ],
);

export type TicketAttachment = typeof ticketAttachments.$inferSelect;
export type NewTicketAttachment = typeof ticketAttachments.$inferInsert;

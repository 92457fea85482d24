import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * In-app notifications: one row per recipient per event, written in the transaction of the change.
 * dedupe_key is derived from the source row (e.g. "activity:<id>"), never from time, and is unique per
 * recipient, so replaying an event never notifies anyone twice. actor_id has no foreign key, like the
 * activity log: a notification outlives the person who caused it.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    recipientId: uuid("recipient_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // One of the catalogue in lib/notifications/kinds.ts (validated there, stored as text).
    kind: text("kind").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    // Relative URL inside the app, e.g. /tickets/T-12.
    link: text("link").notNull(),
    actorId: uuid("actor_id"),
    dedupeKey: text("dedupe_key").notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("notifications_recipient_dedupe_idx").on(t.recipientId, t.dedupeKey),
    index("notifications_recipient_read_created_idx").on(t.recipientId, t.readAt, t.createdAt.desc()),
    index("notifications_entity_idx").on(t.entityType, t.entityId),
  ],
);

export const notificationChannelEnum = pgEnum("notification_channel", ["telegram", "email"]);
export const deliveryStatusEnum = pgEnum("notification_delivery_status", ["pending", "sent", "failed", "skipped"]);

/**
 * One outbound message per notification and channel, for the Telegram/email worker: it picks pending
 * rows whose next_attempt_at has come, sends, and records the attempt. UNIQUE (notification, channel)
 * means a channel is sent at most once per notification, whatever retries or replays happen.
 */
export const notificationDeliveries = pgTable(
  "notification_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    notificationId: uuid("notification_id")
      .notNull()
      .references(() => notifications.id, { onDelete: "cascade" }),
    channel: notificationChannelEnum("channel").notNull(),
    status: deliveryStatusEnum("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("notification_deliveries_notification_channel_idx").on(t.notificationId, t.channel),
    index("notification_deliveries_status_next_idx").on(t.status, t.nextAttemptAt),
  ],
);

export type Notification = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;
export type NotificationDelivery = typeof notificationDeliveries.$inferSelect;
export type NotificationChannel = (typeof notificationChannelEnum.enumValues)[number];
export type DeliveryStatus = (typeof deliveryStatusEnum.enumValues)[number];
export const notificationChannels = notificationChannelEnum.enumValues;
export const deliveryStatuses = deliveryStatusEnum.enumValues;

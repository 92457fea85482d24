import { z } from "zod";
import { notificationChannels } from "@/db/schema/notifications";
import { notificationKindSchema } from "./kinds";

export const notificationChannelSchema = z.enum(notificationChannels);

/** A link inside the app: starts with one "/" (never "//host", never a scheme). */
export const relativeLinkSchema = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])\S*$/, "Link must be a relative URL such as /tickets/T-12");

export const TITLE_MAX = 200;
export const BODY_MAX = 500;

/** Shortens text to max characters, ending in "…" when cut. */
export const clip = (max: number) => (v: string) => (v.length > max ? v.slice(0, max - 1).trimEnd() + "…" : v);

/** What a domain passes to notify(). Long titles and bodies are shortened, never refused. */
export const notifyInputSchema = z.object({
  kind: notificationKindSchema,
  entityType: z.string().min(1).max(50),
  entityId: z.string().min(1).max(100),
  actorId: z.uuid().nullable(),
  title: z.string().trim().min(1).transform(clip(TITLE_MAX)),
  body: z
    .string()
    .default("")
    .transform((v) => clip(BODY_MAX)(v.replace(/\s+/g, " ").trim())),
  link: relativeLinkSchema,
  // Nulls and undefined are dropped, so callers can pass e.g. a ticket's optional assignee as is.
  recipientIds: z.array(z.uuid().nullish()).max(1000),
  dedupeKey: z.string().min(1).max(200),
  channels: z.array(notificationChannelSchema).default([]),
});
export type NotifyInput = z.input<typeof notifyInputSchema>;

const flag = z.union([z.boolean(), z.stringbool()]);

export const listNotificationsQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  unread: flag.optional(),
});
export type ListNotificationsQuery = z.input<typeof listNotificationsQuery>;

/** A notification as the bell, the page and the API show it. */
export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  readAt: z.date().nullable(),
  createdAt: z.date(),
});
export type NotificationView = z.infer<typeof notificationSchema>;

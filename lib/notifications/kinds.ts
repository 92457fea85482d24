import { z } from "zod";

/**
 * The catalogue of notification kinds (SPEC §4). A kind names the event, so users can choose per kind
 * and channel; who receives each one is decided by the domain that raises it.
 */
export const notificationKinds = [
  "ticket.created", // to the approver who must act
  "ticket.dept_approved", // to the creative manager
  "ticket.approved",
  "ticket.rejected", // with the reason
  "ticket.assigned",
  "ticket.started",
  "ticket.completed", // to the requester
  "ticket.confirmed", // to the assignee
  "ticket.changes_requested",
  "ticket.commented", // requester, assignee, parent author, @mentioned — never the commenter
  "ticket.rolled_back",
  "ticket.deadline_approaching",
  "ticket.overdue",
  "ticket.idle", // in progress, untouched for a day
  "job.assigned",
  "job.overdue",
  "job.daily_reminder",
] as const;

export type NotificationKind = (typeof notificationKinds)[number];
export const notificationKindSchema = z.enum(notificationKinds, { error: "Unknown notification kind" });

/** How the preferences page names each kind. */
export const notificationKindLabels = {
  "ticket.created": "A ticket waits for my approval",
  "ticket.dept_approved": "A ticket passed its department approval",
  "ticket.approved": "My ticket was approved",
  "ticket.rejected": "My ticket was rejected",
  "ticket.assigned": "A ticket was assigned",
  "ticket.started": "Work on my ticket started",
  "ticket.completed": "My ticket was completed",
  "ticket.confirmed": "Work I did was confirmed",
  "ticket.changes_requested": "Changes were requested",
  "ticket.commented": "A comment or a mention",
  "ticket.rolled_back": "A ticket was rolled back",
  "ticket.deadline_approaching": "A deadline is approaching",
  "ticket.overdue": "A ticket is overdue",
  "ticket.idle": "A ticket in progress is idle",
  "job.assigned": "A job was assigned to me",
  "job.overdue": "A job is overdue",
  "job.daily_reminder": "Daily task reminder",
} as const satisfies Record<NotificationKind, string>;

/** Where a notification can be delivered; users choose per kind (users.notificationPrefs). */
export const notificationChannels = ["in_app", "telegram", "email"] as const;
export type NotificationChannel = (typeof notificationChannels)[number];
export const notificationChannelSchema = z.enum(notificationChannels, { error: `Channel must be one of: ${notificationChannels.join(", ")}` });
export const notificationChannelLabels = { in_app: "In app", telegram: "Telegram", email: "Email" } as const satisfies Record<NotificationChannel, string>;

import { and, eq, gt, inArray, isNotNull, isNull, lte, notExists, sql, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { activityLog, tickets } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { notifyMany, type NotificationKind } from "@/lib/notifications";
import { getSettings } from "@/lib/settings";
import { openStatuses } from "./dashboard-links";
import { ticketKey } from "./schemas";

// Deadline, overdue and idle reminders (SPEC §4 "Schedules"): at most once per ticket per 6 hours,
// not at night. Each reminder is one query for the due tickets and one notifyMany() for all of them.

const HOUR = 60 * 60 * 1000;
/** A ticket is reminded about at most once per window (per reminder kind and recipient). */
export const REMINDER_WINDOW_HOURS = 6;
/** Local hours (organisation's time zone) in which nothing is sent: from 21:00 until 08:00. */
export const QUIET_HOURS = { from: 21, until: 8 } as const;
/** A deadline this close (or closer) is "approaching". */
const APPROACHING_HOURS = 24;
/** An in-progress ticket untouched this long is idle. */
const IDLE_HOURS = 24;

export type TicketReminderCounts = { deadlineApproaching: number; overdue: number; idle: number };
export type TicketReminderRun = { quietHours: boolean; timeZone: string; sent: TicketReminderCounts };

/** The hour (0–23) on the organisation's clock. */
export function localHour(now: Date, timeZone: string): number {
  const hour = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "numeric", hourCycle: "h23" }).format(now);
  return Number(hour);
}

export const isQuietHour = (hour: number) => hour >= QUIET_HOURS.from || hour < QUIET_HOURS.until;

/**
 * The dedupe key of one reminder: fixed 6-hour windows of `now` (00–06, 06–12 … UTC), so any run
 * inside a window that already reminded about the ticket inserts nothing. Unlike event notifications
 * this key is derived from time on purpose — a reminder repeats while the ticket stays due.
 */
export const reminderKey = (kind: string, ticketId: string, now: Date) => `reminder:${kind}:${ticketId}:${Math.floor(now.getTime() / (REMINDER_WINDOW_HOURS * HOUR))}`;

const live = and(isNull(tickets.deletedAt), inArray(tickets.status, [...openStatuses]));

type Due = { id: string; number: number; title: string; deadline: Date | null; requesterId: string; assigneeId: string | null };
const dueColumns = { id: tickets.id, number: tickets.number, title: tickets.title, deadline: tickets.deadline, requesterId: tickets.requesterId, assigneeId: tickets.assigneeId };

type Reminder = {
  kind: NotificationKind;
  where: (now: Date) => SQL;
  recipients: (t: Due) => (string | null)[];
  title: (key: string) => string;
  body: (t: Due, when: (d: Date) => string) => string;
};

const reminders = {
  deadlineApproaching: {
    kind: "ticket.deadline_approaching",
    where: (now) => and(live, gt(tickets.deadline, now), lte(tickets.deadline, new Date(now.getTime() + APPROACHING_HOURS * HOUR)))!,
    recipients: (t) => [t.assigneeId, t.requesterId],
    title: (key) => `${key} is due soon`,
    body: (t, when) => `“${t.title}” is due ${when(t.deadline!)}.`,
  },
  overdue: {
    kind: "ticket.overdue",
    where: (now) => and(live, isNotNull(tickets.deadline), lte(tickets.deadline, now))!,
    recipients: (t) => [t.assigneeId, t.requesterId],
    title: (key) => `${key} is overdue`,
    body: (t, when) => `“${t.title}” was due ${when(t.deadline!)}.`,
  },
  idle: {
    // Untouched: no change to the ticket (updatedAt) and no history entry — a comment or an
    // attachment counts as a touch though it leaves updatedAt alone (activity_entity_idx answers it).
    kind: "ticket.idle",
    where: (now) => {
      const since = new Date(now.getTime() - IDLE_HOURS * HOUR);
      return and(
        isNull(tickets.deletedAt),
        eq(tickets.status, "in_progress"),
        lte(tickets.updatedAt, since),
        notExists(
          sql`(select 1 from ${activityLog} where ${activityLog.entityType} = 'ticket' and ${activityLog.entityId} = ${tickets.id}::text and ${activityLog.createdAt} > ${since})`,
        ),
      )!;
    },
    // Only the assignee: they are the one who can move it. The requester cannot act on an idle ticket
    // and already hears when it is completed; a nudge every 6 hours would only be noise for them.
    recipients: (t) => [t.assigneeId],
    title: (key) => `${key} has been idle for a day`,
    body: (t) => `Nothing has happened on “${t.title}” for a day. Please update it or move it on.`,
  },
} satisfies Record<keyof TicketReminderCounts, Reminder>;

async function sendReminder(tx: Tx, reminder: Reminder, now: Date, when: (d: Date) => string): Promise<number> {
  const due: Due[] = await tx.select(dueColumns).from(tickets).where(reminder.where(now));
  const created = await notifyMany(
    tx,
    due.map((t) => ({
      kind: reminder.kind,
      entityType: "ticket",
      entityId: t.id,
      actorId: null, // from the schedule, even when an admin runs it: they may be a recipient too
      title: reminder.title(ticketKey(t.number)),
      body: reminder.body(t, when),
      link: `/tickets/${ticketKey(t.number)}`,
      recipientIds: reminder.recipients(t),
      dedupeKey: reminderKey(reminder.kind, t.id, now),
    })),
  );
  return created.length;
}

/**
 * Sends the ticket reminders due at `now`; returns how many notifications each kind created.
 * Run by the hourly schedule (no actor) or by an admin ("run now"). Nothing is sent in quiet hours.
 */
export async function sendTicketReminders(actor: Actor | null, now: Date = new Date()): Promise<TicketReminderRun> {
  if (actor) assertCan(actor, "schedules.run");
  const { timeZone } = await getSettings();
  const sent: TicketReminderCounts = { deadlineApproaching: 0, overdue: 0, idle: 0 };
  if (isQuietHour(localHour(now, timeZone))) return { quietHours: true, timeZone, sent };

  const format = new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const when = (d: Date) => `${format.format(d)} (${timeZone})`;
  const db = await getDb();
  await db.transaction(async (tx) => {
    for (const name of Object.keys(reminders) as (keyof typeof reminders)[]) {
      sent[name] = await sendReminder(tx, reminders[name], now, when);
    }
  });
  return { quietHours: false, timeZone, sent };
}

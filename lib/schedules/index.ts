import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { parseInput } from "@/lib/errors";
import { QUIET_HOURS, REMINDER_WINDOW_HOURS, sendTicketReminders } from "@/lib/tickets";

/**
 * The scheduled jobs (SPEC §4 "Schedules"): each runs as an Inngest function on its timer
 * (inngest/functions/<id>.ts), and an admin can run it now from /admin/schedules.
 */
const pad = (h: number) => `${String(h).padStart(2, "0")}:00`;

export const schedules = [
  {
    id: "ticket-reminders",
    name: "Ticket reminders",
    timing: `Every hour, except ${pad(QUIET_HOURS.from)}–${pad(QUIET_HOURS.until)} in the organisation's time zone`,
    description: `Reminds assignees and requesters of deadlines in the next 24 hours and of overdue tickets, and assignees of tickets in progress untouched for a day — at most once per ticket every ${REMINDER_WINDOW_HOURS} hours.`,
  },
] as const;

export type ScheduleId = (typeof schedules)[number]["id"];

/** What one run did, as the admin page shows it. */
export type ScheduleRun = { skipped: string | null; sent: { label: string; count: number }[] };

const runScheduleInput = z.object({ id: z.enum(schedules.map((s) => s.id) as [ScheduleId], { error: "Unknown schedule" }) });

/** Runs one schedule now, as an admin ("run now"); the same work its timer does. */
export async function runSchedule(actor: Actor, input: unknown, now: Date = new Date()): Promise<ScheduleRun> {
  assertCan(actor, "schedules.run");
  const { id } = parseInput(runScheduleInput, input);
  switch (id) {
    case "ticket-reminders": {
      const run = await sendTicketReminders(actor, now);
      return {
        skipped: run.quietHours ? `Quiet hours in ${run.timeZone} (${pad(QUIET_HOURS.from)}–${pad(QUIET_HOURS.until)}): nothing was sent.` : null,
        sent: [
          { label: "deadline approaching", count: run.sent.deadlineApproaching },
          { label: "overdue", count: run.sent.overdue },
          { label: "idle", count: run.sent.idle },
        ],
      };
    }
  }
}

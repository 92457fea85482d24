import { inngest } from "@/inngest/client";
import { sendTicketReminders } from "@/lib/tickets";

/**
 * Deadline, overdue and idle ticket reminders (SPEC §4), every hour on the hour. Quiet hours and the
 * once-per-6-hours rule live in the domain, so a retried or repeated run sends nothing twice.
 */
export const ticketReminders = inngest.createFunction(
  { id: "ticket-reminders", name: "Ticket reminders", triggers: [{ cron: "TZ=UTC 0 * * * *" }] },
  async ({ step }) => step.run("send-ticket-reminders", () => sendTicketReminders(null)),
);

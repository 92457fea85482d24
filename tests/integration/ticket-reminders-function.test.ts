import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ticketReminders } from "@/inngest/functions/ticket-reminders";
import { hoursFrom, NOW, putTicket, sentReminders } from "./reminders-fixtures";
import { makeOrg, type Org } from "./tickets-fixtures";

let org: Org;
beforeAll(async () => {
  org = await makeOrg();
  // The function reads the clock itself: daytime UTC, so reminders are not held back for the night.
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
});
afterAll(() => vi.useRealTimers());

describe("ticket-reminders function", () => {
  it("runs on an hourly schedule", () => {
    expect(ticketReminders.id()).toBe("ticket-reminders");
    expect(JSON.stringify(ticketReminders["opts"])).toContain('"cron":"TZ=UTC 0 * * * *"');
  });

  it("sends the reminders in one step, and a repeat run sends nothing new", async () => {
    const ticket = await putTicket({ requesterId: org.requester.id, assigneeId: org.designer.id, status: "in_progress", deadline: hoursFrom(NOW, -3) });
    const engine = () => new InngestTestEngine({ function: ticketReminders, events: [{ name: "inngest/scheduled.timer", data: { cron: "TZ=UTC 0 * * * *" } }] });

    const { result, ctx } = await engine().execute();
    expect(ctx.step.run).toHaveBeenCalledWith("send-ticket-reminders", expect.any(Function));
    expect(result).toEqual({ quietHours: false, timeZone: "UTC", sent: { deadlineApproaching: 0, overdue: 2, idle: 0 } });
    expect(await sentReminders()).toEqual([`ticket.overdue ${ticket.id} ${org.designer.id}`, `ticket.overdue ${ticket.id} ${org.requester.id}`].sort());

    const again = await engine().execute();
    expect(again.result).toMatchObject({ sent: { overdue: 0 } });
    expect(await sentReminders()).toHaveLength(2);
  });
});

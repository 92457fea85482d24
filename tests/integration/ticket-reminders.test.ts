import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { notifications, type Ticket } from "@/db/schema";
import { listNotifications } from "@/lib/notifications";
import { runSchedule } from "@/lib/schedules";
import { updateSettings } from "@/lib/settings";
import { reminderKey, sendTicketReminders } from "@/lib/tickets";
import { actorOf, makeUser, rejects } from "./helpers";
import { hoursFrom, NOW, putTicket, sentReminders, touchTicket } from "./reminders-fixtures";
import { makeOrg, type Org } from "./tickets-fixtures";

let org: Org;
let t: Record<"dueSoon" | "overdue" | "idle" | "touched" | "completed" | "trashed" | "farOff" | "rejected" | "unassigned", Ticket>;

beforeAll(async () => {
  org = await makeOrg();
  const requesterId = org.requester.id;
  const designer = org.designer.id;
  const designer2 = org.designer2.id;
  const longAgo = hoursFrom(NOW, -30);
  t = {
    dueSoon: await putTicket({ requesterId, assigneeId: designer, status: "approved", deadline: hoursFrom(NOW, 5) }),
    overdue: await putTicket({ requesterId, assigneeId: designer, status: "in_progress", deadline: hoursFrom(NOW, -2) }),
    idle: await putTicket({ requesterId, assigneeId: designer2, status: "in_progress", updatedAt: longAgo }),
    // Not changed for 30 hours, but commented on 2 hours ago: not idle.
    touched: await putTicket({ requesterId, assigneeId: designer2, status: "in_progress", updatedAt: longAgo }),
    completed: await putTicket({ requesterId, assigneeId: designer, status: "completed", deadline: hoursFrom(NOW, -2), updatedAt: longAgo }),
    trashed: await putTicket({ requesterId, assigneeId: designer, status: "in_progress", deadline: hoursFrom(NOW, -2), updatedAt: longAgo, deletedAt: hoursFrom(NOW, -1) }),
    farOff: await putTicket({ requesterId, assigneeId: designer, status: "approved", deadline: hoursFrom(NOW, 30) }),
    rejected: await putTicket({ requesterId, status: "rejected", deadline: hoursFrom(NOW, 2) }),
    // Waiting for approval, nobody assigned yet: only the requester hears about the deadline.
    unassigned: await putTicket({ requesterId: org.colleague.id, status: "requested", deadline: hoursFrom(NOW, 20) }),
  };
  await touchTicket(t.touched.id, hoursFrom(NOW, -2));
});

afterEach(async () => {
  await updateSettings(org.admin, { timeZone: "UTC" });
});

/** Who should hear what at NOW (daytime UTC). */
const expectedAtNow = () =>
  [
    `ticket.deadline_approaching ${t.dueSoon.id} ${org.designer.id}`,
    `ticket.deadline_approaching ${t.dueSoon.id} ${org.requester.id}`,
    `ticket.deadline_approaching ${t.unassigned.id} ${org.colleague.id}`,
    `ticket.overdue ${t.overdue.id} ${org.designer.id}`,
    `ticket.overdue ${t.overdue.id} ${org.requester.id}`,
    `ticket.idle ${t.idle.id} ${org.designer2.id}`,
  ].sort();

describe("ticket reminders", () => {
  it("reach the assignee and requester of due and overdue tickets, and the assignee of an idle one — never trashed, completed, rejected or far-off ones", async () => {
    const run = await sendTicketReminders(null, NOW);
    expect(run).toEqual({ quietHours: false, timeZone: "UTC", sent: { deadlineApproaching: 3, overdue: 2, idle: 1 } });
    expect(await sentReminders()).toEqual(expectedAtNow());

    // What the designer sees in the bell: the ticket, what is wrong, and a link to it.
    const { items } = await listNotifications(org.designer, {});
    const overdue = items.find((n) => n.kind === "ticket.overdue");
    expect(overdue).toMatchObject({ title: `T-${t.overdue.number} is overdue`, link: `/tickets/T-${t.overdue.number}` });
    expect(overdue?.body).toContain(t.overdue.title);
    expect(overdue?.body).toContain("4 Mar, 08:00 (UTC)");
  });

  it("send nothing again in the same 6-hour window", async () => {
    const run = await sendTicketReminders(null, hoursFrom(NOW, 1.5)); // 11:30, still the 06–12 window
    expect(run.sent).toEqual({ deadlineApproaching: 0, overdue: 0, idle: 0 });
    expect(await sentReminders()).toEqual(expectedAtNow());
  });

  it("remind again in the next window", async () => {
    const run = await sendTicketReminders(null, hoursFrom(NOW, 2)); // 12:00
    expect(run.sent).toEqual({ deadlineApproaching: 3, overdue: 2, idle: 1 });
    const perTicket = (await sentReminders()).filter((line) => line === `ticket.overdue ${t.overdue.id} ${org.requester.id}`);
    expect(perTicket).toHaveLength(2);
  });

  it("send nothing at night in the organisation's time zone", async () => {
    const before = await sentReminders();
    // 22:00 UTC: a window nothing was sent in yet, but night.
    expect(await sendTicketReminders(null, hoursFrom(NOW, 12))).toEqual({ quietHours: true, timeZone: "UTC", sent: { deadlineApproaching: 0, overdue: 0, idle: 0 } });

    // The next day, 13:00 UTC is daytime in London but 05:00 in Los Angeles.
    await updateSettings(org.admin, { timeZone: "America/Los_Angeles" });
    const night = await sendTicketReminders(null, hoursFrom(NOW, 27));
    expect(night).toMatchObject({ quietHours: true, timeZone: "America/Los_Angeles" });
    expect(await sentReminders()).toEqual(before);

    // 08:00 there (16:00 UTC, a new window): the reminders go out, dated on the organisation's clock.
    const morning = await sendTicketReminders(null, hoursFrom(NOW, 30));
    expect(morning.quietHours).toBe(false);
    expect(morning.sent.overdue).toBeGreaterThan(0);
    const db = await getDb();
    const [latest] = await db
      .select({ body: notifications.body })
      .from(notifications)
      .where(eq(notifications.dedupeKey, reminderKey("ticket.overdue", t.overdue.id, hoursFrom(NOW, 30))));
    expect(latest.body).toContain("4 Mar, 00:00 (America/Los_Angeles)");
  });

  it("skip recipients who are no longer active", async () => {
    const gone = await makeUser("member", org.creative.id, { isActive: false });
    const ticket = await putTicket({ requesterId: org.requester.id, assigneeId: gone.id, status: "approved", deadline: hoursFrom(NOW, 27) });
    await sendTicketReminders(null, hoursFrom(NOW, 8)); // 18:00: deadline 19 hours away
    const lines = (await sentReminders()).filter((line) => line.includes(ticket.id));
    expect(lines).toEqual([`ticket.deadline_approaching ${ticket.id} ${org.requester.id}`]);
  });
});

describe("run now", () => {
  it("an admin runs the schedule and sees what was sent", async () => {
    const run = await runSchedule(org.admin, { id: "ticket-reminders" }, hoursFrom(NOW, 24)); // next day, 10:00
    expect(run.skipped).toBeNull();
    expect(run.sent.map((s) => s.label)).toEqual(["deadline approaching", "overdue", "idle"]);
    expect(run.sent.reduce((sum, s) => sum + s.count, 0)).toBeGreaterThan(0);
    // Run twice in the same window: the second sends nothing.
    const again = await runSchedule(org.admin, { id: "ticket-reminders" }, hoursFrom(NOW, 25));
    expect(again.sent.every((s) => s.count === 0)).toBe(true);
  });

  it("at night the admin is told why nothing was sent", async () => {
    const run = await runSchedule(org.admin, { id: "ticket-reminders" }, hoursFrom(NOW, 13)); // 23:00 UTC
    expect(run.skipped).toMatch(/Quiet hours in UTC/);
  });

  it("is refused (403) to everyone but admins, and nothing is sent", async () => {
    const before = await sentReminders();
    for (const actor of [org.creativeManager, org.designer, org.requester, org.agent, org.technician]) {
      await rejects(runSchedule(actor, { id: "ticket-reminders" }, hoursFrom(NOW, 48)), "forbidden");
      await rejects(sendTicketReminders(actor, hoursFrom(NOW, 48)), "forbidden");
    }
    expect(await sentReminders()).toEqual(before);
  });

  it("rejects an unknown schedule", async () => {
    await rejects(runSchedule(org.admin, { id: "nope" }), "invalid");
  });
});

// The admin's own id is never the actor of a reminder: an admin who is also an assignee still hears.
it("an admin who runs it still gets their own reminders", async () => {
  const admin2 = actorOf(await makeUser("admin"));
  const ticket = await putTicket({ requesterId: org.requester.id, assigneeId: admin2.id, status: "in_progress", deadline: hoursFrom(NOW, 70) });
  await runSchedule(admin2, { id: "ticket-reminders" }, hoursFrom(NOW, 50)); // day 3, 12:00: 20 hours before
  expect((await sentReminders()).filter((line) => line.includes(ticket.id))).toContain(`ticket.deadline_approaching ${ticket.id} ${admin2.id}`);
});

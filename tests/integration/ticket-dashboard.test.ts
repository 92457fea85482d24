import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { ticketCollaborators, tickets, type NewTicket } from "@/db/schema";
import { updateSettings } from "@/lib/settings";
import { listTickets } from "@/lib/tickets";
import { ticketDashboard, type TicketDashboard } from "@/lib/tickets/dashboard";
import { dashboardListParams } from "@/lib/tickets/dashboard-links";
import type { Actor } from "@/lib/auth/actor";
import { makeOrg, type Org } from "./tickets-fixtures";

// The organisation's time zone is UTC+10 all year: local noon of day D is D 02:00Z.
const ZONE = "Etc/GMT-10";
const localDay = (daysAgo: number) => new Date(Date.now() + 10 * 3600_000 - daysAgo * 86400_000).toISOString().slice(0, 10);
const localNoon = (daysAgo: number) => new Date(`${localDay(daysAgo)}T02:00:00Z`);
const PAST = new Date("2020-01-01T00:00:00Z");
const FUTURE = new Date("2099-01-01T00:00:00Z");

let org: Org;
let collaborated: string;

beforeAll(async () => {
  org = await makeOrg();
  await updateSettings(org.admin, { timeZone: ZONE });
  const R = org.requester.id;
  const D = org.designer.id;
  const row = (n: number, t: Omit<NewTicket, "title">): NewTicket => ({ title: `Dashboard ${n}`, ...t });
  const db = await getDb();
  const rows = await db
    .insert(tickets)
    .values([
      row(1, { requesterId: R, status: "requested", priority: "urgent", deadline: FUTURE, createdAt: localNoon(0) }),
      row(2, { requesterId: R, status: "requested", priority: "high", deadline: PAST, createdAt: localNoon(1) }),
      row(3, { requesterId: R, status: "pending_creative", priority: "medium", createdAt: localNoon(2) }),
      row(4, { requesterId: R, assigneeId: D, status: "approved", priority: "low", deadline: PAST, createdAt: localNoon(3) }),
      row(5, { requesterId: org.agent.id, assigneeId: D, status: "in_progress", priority: "high", createdAt: localNoon(6) }),
      row(6, { requesterId: R, assigneeId: D, status: "completed", priority: "medium", deadline: PAST, createdAt: localNoon(8), completedAt: localNoon(0) }),
      row(7, { requesterId: org.agent.id, assigneeId: org.designer2.id, status: "completed", priority: "low", createdAt: localNoon(5), completedAt: localNoon(1) }),
      row(8, { requesterId: R, status: "rejected", priority: "urgent", deadline: PAST, createdAt: localNoon(4) }),
      // In trash: never counted.
      row(9, { requesterId: R, status: "requested", priority: "urgent", deadline: PAST, createdAt: localNoon(0), deletedAt: new Date() }),
      // 00:30 local today is still yesterday in UTC: counted today.
      row(10, { requesterId: org.agent.id, status: "requested", priority: "medium", createdAt: new Date(`${localDay(1)}T14:30:00Z`) }),
    ])
    .returning({ id: tickets.id });
  collaborated = rows[9].id;
  await db.insert(ticketCollaborators).values({ ticketId: collaborated, userId: org.colleague.id });
});

const zeroCards = { total: 0, requested: 0, pendingCreative: 0, approved: 0, inProgress: 0, completed: 0, rejected: 0, overdue: 0, assignedToMeOpen: 0 };

describe("ticketDashboard", () => {
  it("admins and managers: every live ticket, by the exact definitions of SPEC §5", async () => {
    for (const actor of [org.admin, org.salesManager]) {
      const d = await ticketDashboard(actor);
      expect(d.cards).toEqual({ total: 9, requested: 3, pendingCreative: 1, approved: 1, inProgress: 1, completed: 2, rejected: 1, overdue: 2, assignedToMeOpen: 0 });
      expect(d.byStatus).toEqual([
        { status: "requested", count: 3 },
        { status: "pending_creative", count: 1 },
        { status: "approved", count: 1 },
        { status: "in_progress", count: 1 },
        { status: "completed", count: 2 },
        { status: "rejected", count: 1 },
      ]);
      expect(d.byPriority).toEqual([
        { priority: "urgent", count: 2 },
        { priority: "high", count: 2 },
        { priority: "medium", count: 3 },
        { priority: "low", count: 2 },
      ]);
    }
  });

  it("the last 7 days in the organisation's time zone, oldest first ending today, zero days included", async () => {
    const d = await ticketDashboard(org.admin);
    expect(d.timeZone).toBe(ZONE);
    expect(d.lastSevenDays.map(({ day, created, completed }) => ({ day, created, completed }))).toEqual([
      { day: localDay(6), created: 1, completed: 0 },
      { day: localDay(5), created: 1, completed: 0 },
      { day: localDay(4), created: 1, completed: 0 },
      { day: localDay(3), created: 1, completed: 0 },
      { day: localDay(2), created: 1, completed: 0 },
      { day: localDay(1), created: 1, completed: 1 },
      { day: localDay(0), created: 2, completed: 1 },
    ]);
  });

  it("an assignee counts the tickets assigned to them, and their open ones", async () => {
    const d = await ticketDashboard(org.designer);
    expect(d.cards).toEqual({ ...zeroCards, total: 3, approved: 1, inProgress: 1, completed: 1, overdue: 1, assignedToMeOpen: 2 });
    expect(d.lastSevenDays.map((x) => [x.created, x.completed])).toEqual([[1, 0], [0, 0], [0, 0], [1, 0], [0, 0], [0, 0], [0, 1]]);
  });

  it("a requester counts the tickets they requested", async () => {
    const d = await ticketDashboard(org.requester);
    expect(d.cards).toEqual({ ...zeroCards, total: 6, requested: 2, pendingCreative: 1, approved: 1, completed: 1, rejected: 1, overdue: 2 });
    expect(d.byPriority.map((p) => p.count)).toEqual([2, 1, 2, 1]);
  });

  it("a collaborator sees the ticket in the list, but the dashboard does not count it", async () => {
    expect((await listTickets(org.colleague, {})).items.map((t) => t.id)).toEqual([collaborated]);
    const d = await ticketDashboard(org.colleague);
    expect(d.cards).toEqual(zeroCards);
    expect(d.lastSevenDays).toHaveLength(7);
    expect(d.lastSevenDays.every((x) => x.created === 0 && x.completed === 0)).toBe(true);
  });
});

describe("each number links to a list of exactly the tickets it counts", () => {
  const total = async (actor: Actor, params: Record<string, string>) => (await listTickets(actor, params)).total;

  it.each(["admin", "salesManager", "designer", "requester", "colleague"] as const)("%s: cards, slices, bars and days", async (who) => {
    const actor = org[who];
    const d = await ticketDashboard(actor);
    for (const [card, n] of Object.entries(d.cards)) expect(await total(actor, dashboardListParams.card(card as keyof TicketDashboard["cards"])), card).toBe(n);
    for (const s of d.byStatus) expect(await total(actor, dashboardListParams.status(s.status)), s.status).toBe(s.count);
    for (const p of d.byPriority) expect(await total(actor, dashboardListParams.priority(p.priority)), p.priority).toBe(p.count);
    for (const day of d.lastSevenDays) expect(await total(actor, dashboardListParams.createdOn(day)), day.day).toBe(day.created);
  });

  it("a collaborator's list has the ticket; the list in the dashboard's scope does not, as the Total card says", async () => {
    expect(await total(org.colleague, {})).toBe(1);
    expect(await total(org.colleague, dashboardListParams.card("total"))).toBe(0);
  });

  it("a day runs from its first to its last millisecond in the organisation's time zone, written with its offset", async () => {
    const today = (await ticketDashboard(org.admin)).lastSevenDays[6];
    expect(today).toMatchObject({ day: localDay(0), from: `${localDay(0)}T00:00:00.000+10:00`, to: `${localDay(0)}T23:59:59.999+10:00` });
    // 00:30 local today (yesterday in UTC) is in today's list.
    const titles = (await listTickets(org.admin, dashboardListParams.createdOn(today))).items.map((t) => t.title).sort();
    expect(titles).toEqual(["Dashboard 1", "Dashboard 10"]);
  });
});

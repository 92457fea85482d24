import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { ticketComments, tickets as ticketsTable, users } from "@/db/schema";
import { isDemo } from "@/lib/setup/bootstrap";
import { demoUsers, seedDemo } from "@/lib/setup/demo";
import { listTickets, overdueTickets } from "@/lib/tickets";
import { actorOf, reload } from "./helpers";

describe("the embedded demo", () => {
  it("is a lived-in workspace: a dozen tickets in every status, one overdue, with comments, and every demo user can act", async () => {
    await seedDemo();
    expect(await isDemo()).toBe(true);
    const db = await getDb();
    const tickets = await db
      .select({ status: ticketsTable.status, confirmed: sql<boolean>`${ticketsTable.confirmedAt} is not null`, overdue: sql<boolean>`coalesce(${overdueTickets()}, false)` })
      .from(ticketsTable);
    expect(tickets.length).toBeGreaterThanOrEqual(12);
    const statuses = new Set(tickets.map((t) => t.status));
    for (const status of ["requested", "pending_creative", "approved", "in_progress", "completed", "rejected"]) expect(statuses).toContain(status);
    expect(tickets.some((t) => t.confirmed)).toBe(true);
    expect(tickets.filter((t) => t.overdue)).toHaveLength(1);
    const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(ticketComments);
    expect(n).toBeGreaterThanOrEqual(5);

    // The admin sees them all; the designer the ones assigned to her.
    const people = await db.select({ id: users.id, username: users.username }).from(users);
    const byName = (username: string) => people.find((u) => u.username === username)!.id;
    expect((await listTickets(actorOf(await reload(byName("admin"))), {})).total).toBe(tickets.length);
    expect((await listTickets(actorOf(await reload(byName("dana"))), {})).total).toBeGreaterThanOrEqual(5);
    expect(demoUsers.map((u) => u.role).sort()).toEqual(["admin", "manager", "manager", "manager", "member", "member", "sales_agent", "technician"]);
  });
});

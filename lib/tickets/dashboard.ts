import { and, eq, notInArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { tickets, type TicketPriority, type TicketStatus } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { getSettings } from "@/lib/settings";
import { overdueTickets } from "./queries";
import { dayBounds } from "./dashboard-links";
import { dashboardScope } from "./visibility";

export const dashboardStatuses = ["requested", "pending_creative", "approved", "in_progress", "completed", "rejected"] as const satisfies readonly TicketStatus[];
/** The bar chart's order (SPEC §5). */
export const dashboardPriorities = ["urgent", "high", "medium", "low"] as const satisfies readonly TicketPriority[];

export type TicketDashboard = {
  cards: {
    total: number;
    requested: number;
    pendingCreative: number;
    approved: number;
    inProgress: number;
    completed: number;
    rejected: number;
    overdue: number;
    assignedToMeOpen: number;
  };
  byStatus: { status: TicketStatus; count: number }[];
  byPriority: { priority: TicketPriority; count: number }[];
  /**
   * The last 7 days in the organisation's time zone, oldest first, ending today; zero days included.
   * from/to: the day's first and last millisecond, written with the zone's UTC offset (the list's
   * createdFrom/createdTo for "created that day").
   */
  lastSevenDays: { day: string; created: number; completed: number; from: string; to: string }[];
  timeZone: string;
};

const countWhere = (condition: SQL | undefined) => sql<number>`count(*) filter (where ${condition})::int`.mapWith(Number);

/** The ticket dashboard: cards, status and priority breakdowns in one statement, the 7-day series in another. */
export async function ticketDashboard(actor: Actor): Promise<TicketDashboard> {
  assertCan(actor, "tickets.read");
  const db = await getDb();
  const { timeZone } = await getSettings();
  const scope = dashboardScope(actor);
  const status = (s: TicketStatus) => countWhere(eq(tickets.status, s));
  const priority = (p: TicketPriority) => countWhere(eq(tickets.priority, p));

  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`.mapWith(Number),
      requested: status("requested"),
      pendingCreative: status("pending_creative"),
      approved: status("approved"),
      inProgress: status("in_progress"),
      completed: status("completed"),
      rejected: status("rejected"),
      overdue: countWhere(overdueTickets()),
      assignedToMeOpen: countWhere(and(eq(tickets.assigneeId, actor.id), notInArray(tickets.status, ["completed", "rejected"]))),
      urgent: priority("urgent"),
      high: priority("high"),
      medium: priority("medium"),
      low: priority("low"),
    })
    .from(tickets)
    .where(scope);

  // Days are local dates in the organisation's time zone; a timestamp belongs to the day it falls on there.
  const today = sql`(now() at time zone ${timeZone})::date`;
  const since = sql`((${today} - 6)::timestamp at time zone ${timeZone})`;
  const series = await db.execute<{ day: string; created: number; completed: number; starts: number; ends: number }>(sql`
    with days as (
      select generate_series(${today} - 6, ${today}, interval '1 day')::date as day
    ), created as (
      select (${tickets.createdAt} at time zone ${timeZone})::date as day, count(*)::int as n
      from ${tickets} where ${scope} and ${tickets.createdAt} >= ${since} group by 1
    ), completed as (
      select (${tickets.completedAt} at time zone ${timeZone})::date as day, count(*)::int as n
      from ${tickets} where ${scope} and ${tickets.status} = 'completed' and ${tickets.completedAt} >= ${since} group by 1
    )
    select to_char(days.day, 'YYYY-MM-DD') as day, coalesce(created.n, 0)::int as created, coalesce(completed.n, 0)::int as completed,
           extract(epoch from (days.day::timestamp at time zone ${timeZone}))::float8 * 1000 as starts,
           extract(epoch from ((days.day + 1)::timestamp at time zone ${timeZone}))::float8 * 1000 as ends
    from days left join created on created.day = days.day left join completed on completed.day = days.day
    order by days.day`);

  const { urgent, high, medium, low, ...cards } = row;
  const byPriorityCount = { urgent, high, medium, low };
  const byStatusCount: Record<TicketStatus, number> = {
    requested: cards.requested,
    pending_creative: cards.pendingCreative,
    approved: cards.approved,
    in_progress: cards.inProgress,
    completed: cards.completed,
    rejected: cards.rejected,
  };
  return {
    cards,
    byStatus: dashboardStatuses.map((s) => ({ status: s, count: byStatusCount[s] })),
    byPriority: dashboardPriorities.map((p) => ({ priority: p, count: byPriorityCount[p] })),
    lastSevenDays: series.rows.map((r) => ({ day: String(r.day), created: Number(r.created), completed: Number(r.completed), ...dayBounds(String(r.day), Number(r.starts), Number(r.ends)) })),
    timeZone,
  };
}

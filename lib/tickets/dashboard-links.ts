import type { TicketPriority, TicketStatus } from "@/db/schema/tickets";
import type { TicketDashboard } from "./dashboard";

// No database here: the dashboard's client charts import it.

/** Statuses that still need work: not completed, not rejected ("assigned to me and open", overdue). */
export const openStatuses = ["requested", "pending_creative", "approved", "in_progress"] as const satisfies readonly TicketStatus[];

/** Ticket-list query parameters (listTicketsQuery), as they appear in the list page's URL. */
export type TicketListParams = Record<string, string>;

const cardParams: Record<keyof TicketDashboard["cards"], TicketListParams> = {
  total: {},
  requested: { status: "requested" },
  pendingCreative: { status: "pending_creative" },
  approved: { status: "approved" },
  inProgress: { status: "in_progress" },
  completed: { status: "completed" },
  rejected: { status: "rejected" },
  overdue: { overdue: "true" },
  assignedToMeOpen: { assigneeId: "me", status: openStatuses.join(",") },
};

// The list in the dashboard's scope shows exactly the tickets a number counts (a collaborator's
// tickets are visible in the list but not counted on the dashboard).
const scoped = (params: TicketListParams): TicketListParams => ({ scope: "dashboard", ...params });

/** The list behind each number on the dashboard (SPEC §5: cards and chart slices link to the filtered list). */
export const dashboardListParams = {
  card: (card: keyof TicketDashboard["cards"]) => scoped(cardParams[card]),
  status: (status: TicketStatus) => scoped({ status }),
  priority: (priority: TicketPriority) => scoped({ priority }),
  createdOn: (day: { from: string; to: string }) => scoped({ createdFrom: day.from, createdTo: day.to }),
};

/**
 * A local day's first and last millisecond as ISO strings with the offset that makes their wall time
 * read that day (00:00:00.000 and 23:59:59.999), whatever the zone's daylight saving does.
 * starts and ends: the instants (ms) the day and the next one begin there.
 */
export function dayBounds(day: string, starts: number, ends: number): { from: string; to: string } {
  const midnight = Date.parse(`${day}T00:00:00Z`);
  return { from: withOffset(starts, midnight - starts), to: withOffset(ends - 1, midnight + 86_400_000 - ends) };
}

function withOffset(instant: number, offsetMs: number): string {
  const wall = new Date(instant + offsetMs).toISOString().slice(0, 23);
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  return `${wall}${offsetMs < 0 ? "-" : "+"}${hhmm}`;
}

import type { TicketView } from "@/lib/tickets/schemas";

type TicketStatus = TicketView["status"];
type TicketPriority = TicketView["priority"];

// The ticket list's own query names (listTicketsQuery): status and priority are comma lists.
const OPEN: TicketStatus[] = ["requested", "pending_creative", "approved", "in_progress"];

export const ticketsHref = (query: Record<string, string> = {}) => {
  const qs = new URLSearchParams(query).toString().replaceAll("%2C", ",");
  return qs ? `/tickets?${qs}` : "/tickets";
};
export const statusHref = (status: TicketStatus) => ticketsHref({ status });
export const priorityHref = (priority: TicketPriority) => ticketsHref({ priority });
export const overdueHref = () => ticketsHref({ overdue: "true" });
export const assignedToMeOpenHref = () => ticketsHref({ assigneeId: "me", status: OPEN.join(",") });

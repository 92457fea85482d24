import { dashboardListParams, type TicketListParams } from "@/lib/tickets/dashboard-links";

/** The ticket list's URL for these parameters (status and priority are comma lists, kept readable). */
export const ticketsHref = (params: TicketListParams = {}) => {
  const qs = new URLSearchParams(params).toString().replaceAll("%2C", ",");
  return qs ? `/tickets?${qs}` : "/tickets";
};

type Links = typeof dashboardListParams;
export const cardHref = (card: Parameters<Links["card"]>[0]) => ticketsHref(dashboardListParams.card(card));
export const statusHref = (status: Parameters<Links["status"]>[0]) => ticketsHref(dashboardListParams.status(status));
export const priorityHref = (priority: Parameters<Links["priority"]>[0]) => ticketsHref(dashboardListParams.priority(priority));
export const createdOnHref = (day: Parameters<Links["createdOn"]>[0]) => ticketsHref(dashboardListParams.createdOn(day));

/** What the dashboard counts, in words (the list names it too when it shows the dashboard's scope). */
export const dashboardScopeText = (staff: boolean) => (staff ? "All tickets not in trash" : "Tickets you requested or are assigned to");

import type { TicketDetail, TicketHistoryEntry } from "@/lib/tickets";

/** Ids the page can name: everyone and everything the ticket and its history mention. */
export type Names = Map<string, string>;

export const when = (d: Date | string | null | undefined) => (d ? new Date(d).toLocaleString() : "—");
export const actionLabel = (action: string) => action.replace(/^ticket\./, "").replace(/_/g, " ");

const isoDate = /^\d{4}-\d\d-\d\dT/;

/** A value as a person reads it: names for the ids we know, dates localised. */
export function display(value: unknown, names: Names): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string" && names.has(value)) return names.get(value)!;
  if (value instanceof Date || (typeof value === "string" && isoDate.test(value))) return new Date(value).toLocaleString();
  return String(value);
}

export function namesOf(ticket: TicketDetail, history: TicketHistoryEntry[]): Names {
  const names: Names = new Map([[ticket.requesterId, ticket.requesterName]]);
  if (ticket.assigneeId && ticket.assigneeName) names.set(ticket.assigneeId, ticket.assigneeName);
  if (ticket.departmentId && ticket.departmentName) names.set(ticket.departmentId, ticket.departmentName);
  if (ticket.productId && ticket.productName) names.set(ticket.productId, ticket.productName);
  for (const c of ticket.collaborators) names.set(c.id, c.name);
  for (const h of history) if (h.actorId && h.actorName) names.set(h.actorId, h.actorName);
  return names;
}

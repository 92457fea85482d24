import type { Option } from "@/components/forms/fields";
import type { Actor } from "@/lib/auth/actor";
import type { TicketDetail, TicketHistoryEntry } from "@/lib/tickets";
import { restorableDateFields, type RestorableField } from "@/lib/tickets/events";
import { historyReferenceFields, listHistoryNames } from "@/lib/tickets/history-names";
import { formatDateTime } from "@/lib/time/zone";
import { complexityOptions, priorityOptions } from "../options";
import { statusLabels } from "../status-badge";

/** Ids the page can name: everyone and everything the ticket and its history mention. */
export type Names = Map<string, string>;

export const actionLabel = (action: string) => action.replace(/^ticket\./, "").replace(/_/g, " ");

const restorableLabels: Record<RestorableField, string> = {
  status: "Status",
  assigneeId: "Assignee",
  deptApprovedById: "Dept approver",
  deptApprovedAt: "Dept approved",
  creativeApprovedById: "Creative approver",
  creativeApprovedAt: "Creative approved",
  rejectedById: "Rejected by",
  rejectedAt: "Rejected",
  rejectionReason: "Rejection reason",
  startedAt: "Started",
  completedAt: "Completed",
  confirmedById: "Confirmed by",
  confirmedAt: "Confirmed",
  priority: "Priority",
  deadline: "Deadline",
  departmentId: "Department",
  productId: "Product",
  complexity: "Complexity",
  estimatedHours: "Estimated hours",
  actualHours: "Actual hours",
};

/** Every field a history entry records: the workflow fields plus the rest of the ticket's own. */
const fieldLabels: Record<string, string> = {
  ...restorableLabels,
  title: "Title",
  description: "Description",
  requesterId: "Requester",
  revisionCount: "Revisions",
  rollbackCount: "Rollbacks",
  deletedAt: "Trashed",
  deletedById: "Trashed by",
  collaborators: "Collaborator",
};

/** "Dept approver" for deptApprovedById; an unknown field still reads as words ("someField" → "Some field"). */
export const fieldLabel = (field: string) =>
  fieldLabels[field] ??
  field
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/^\w/, (c) => c.toUpperCase());

const referenceFields = new Set<string>(Object.values(historyReferenceFields).flat());
const dateFields = new Set<string>([...restorableDateFields, "deletedAt"]);
const isoDate = /^\d{4}-\d\d-\d\dT/;
const optionLabel = (options: Option[], value: unknown) => options.find((o) => o.value === value)?.label;
const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A field's value as a person reads it: names for ids, words for statuses and priorities, dates in the user's zone. */
export function display(field: string, value: unknown, names: Names = new Map(), zone = "UTC"): string {
  if (value === null || value === undefined || value === "") return "—";
  if (referenceFields.has(field)) return names.get(String(value)) ?? "(removed)";
  if (field === "status") return statusLabels[value as keyof typeof statusLabels] ?? String(value);
  if (field === "priority") return optionLabel(priorityOptions, value) ?? String(value);
  if (field === "complexity") return optionLabel(complexityOptions, value) ?? String(value);
  if (field === "estimatedHours" || field === "actualHours") return `${value} h`;
  if (dateFields.has(field) || value instanceof Date || (typeof value === "string" && isoDate.test(value))) return formatDateTime(new Date(value as Date | string), zone);
  return typeof value === "string" ? clip(value) : String(value);
}

/** Names for every id on the page: the ticket's own, then whatever its history refers to (one query per kind). */
export async function namesOf(actor: Actor, ticket: TicketDetail, history: TicketHistoryEntry[]): Promise<Names> {
  const names: Names = new Map([[ticket.requesterId, ticket.requesterName]]);
  if (ticket.assigneeId && ticket.assigneeName) names.set(ticket.assigneeId, ticket.assigneeName);
  if (ticket.departmentId && ticket.departmentName) names.set(ticket.departmentId, ticket.departmentName);
  if (ticket.productId && ticket.productName) names.set(ticket.productId, ticket.productName);
  for (const c of ticket.collaborators) names.set(c.id, c.name);
  for (const h of history) if (h.actorId && h.actorName) names.set(h.actorId, h.actorName);
  const referenced = await listHistoryNames(actor, ticket.id);
  for (const kind of Object.values(referenced)) for (const [id, name] of Object.entries(kind)) names.set(id, name);
  return names;
}
